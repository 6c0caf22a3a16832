import { availableParallelism } from 'node:os'
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

/** What a reader thread reads: a get-history page, or a get-history-bulk-interval answer. */
export type ReadJob =
  | { id: number; kind: 'history'; runId: string; key: string; offset: number; max: number }
  | { id: number; kind: 'interval'; runIds: string[]; key: string; max: number; window?: { start: number; end: number } }
type JobInput = ReadJob extends infer J ? (J extends ReadJob ? Omit<J, 'id'> : never) : never
/** The page's JSON text as UTF-8 bytes (in a transferred ArrayBuffer), or why reading it failed. */
export type ReadReply = { id: number; body: Uint8Array } | { id: number; error: string }

/** Reads metric histories on reader threads; resolves with the body's JSON text as UTF-8 bytes. */
export type ReadPool = {
  /** False once threads kept failing to start: callers then read inline. */
  readonly enabled: boolean
  historyPage: (runId: string, key: string, offset: number, max: number) => Promise<Uint8Array>
  /** The compare view's first paint: sampled points of every run, off the thread serving the page's files. */
  bulkInterval: (runIds: string[], key: string, max: number, window?: { start: number; end: number }) => Promise<Uint8Array>
  /**
   * Starts every thread now instead of on the first job (servers call it at startup: a thread
   * takes ~0.3-0.4 s to load its code, which the first compare view would otherwise wait for).
   */
  warm: () => void
  /** Threads running now (diagnostics and tests). */
  readonly liveThreads: number
  close: () => Promise<void>
}

/**
 * Reader threads to use: RUNLENS_READ_THREADS when set (0 turns the pool off), else one per CPU
 * up to 2. The compare view asks for dozens of 25,000-point pages at once; on one thread their
 * SQLite reads and JSON building (~30 ms each) queue behind each other and behind every other
 * request, while a second core sits idle.
 */
export function readThreadCount(env: NodeJS.ProcessEnv = process.env, cpus = availableParallelism()): number {
  const raw = env.RUNLENS_READ_THREADS
  if (raw !== undefined && raw.trim() !== '') {
    const n = Number(raw)
    return Number.isInteger(n) && n >= 0 ? Math.min(n, 16) : 0
  }
  return Math.min(2, Math.max(1, cpus))
}

/**
 * Reader threads run TypeScript through tsx's CommonJS API, which works in any thread (the ESM
 * loader hooks the main thread runs under do not carry over to workers on Node 20), also under
 * vitest. The worker source is a two-line bootstrap evaluated as CommonJS.
 */
const BOOTSTRAP = `require(${JSON.stringify(createRequire(import.meta.url).resolve('tsx/cjs/api'))}).require('./read-worker.ts', ${JSON.stringify(import.meta.url)})`

/** Threads that die before answering anything, in a row, after which the pool stays off. */
const MAX_FAILED_STARTS = 3

/**
 * A pool of `size` reader threads over the SQLite file `dbFile` (WAL mode: a reader sees every
 * write committed before its read began, so a client reads its own writes). Threads start on the
 * first job (or at `warm()`) and are unref'd, so an idle pool never keeps the process alive. A thread that dies
 * fails its pending jobs (callers fall back to reading inline) and is replaced on the next job.
 */
export function createReadPool(dbFile: string, size: number): ReadPool {
  type Pending = { resolve: (body: Uint8Array) => void; reject: (err: Error) => void }
  type Entry = { worker: Worker; pending: Map<number, Pending> }
  const workers: (Entry | undefined)[] = []
  let nextId = 1
  let closed = false
  let failedStarts = 0
  let enabled = true

  function spawn(slot: number) {
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { dbFile } })
    const entry: Entry = { worker, pending: new Map() }
    let answered = false
    const failAll = (err: Error) => {
      if (!answered && !closed && enabled && ++failedStarts >= MAX_FAILED_STARTS) {
        enabled = false
        console.error(`[runlens-server] reader threads keep failing (${err.message}); reading on the main thread from now on.`)
      }
      for (const p of entry.pending.values()) p.reject(err)
      entry.pending.clear()
      if (workers[slot] === entry) workers[slot] = undefined
    }
    worker.on('message', (reply: ReadReply) => {
      answered = true
      failedStarts = 0
      const p = entry.pending.get(reply.id)
      if (!p) return
      entry.pending.delete(reply.id)
      if ('body' in reply) p.resolve(reply.body)
      else p.reject(new Error(reply.error))
    })
    worker.on('error', failAll)
    worker.on('exit', (code) => failAll(new Error(`reader thread exited with code ${code}`)))
    // After the listeners: adding a 'message' listener refs the worker's port again.
    worker.unref()
    workers[slot] = entry
    return entry
  }

  /** The live thread with the fewest jobs in flight (spawning missing ones first). */
  function pick(): Entry {
    let best: Entry | undefined
    for (let i = 0; i < size; i++) {
      const entry = workers[i] ?? spawn(i)
      if (!best || entry.pending.size < best.pending.size) best = entry
    }
    return best!
  }

  function run(job: JobInput): Promise<Uint8Array> {
    if (closed || !enabled) return Promise.reject(new Error('read pool closed'))
    const entry = pick()
    const id = nextId++
    // The threads stay unref'd, so an idle pool never holds the process open; a timer holds it
    // open while this job is in flight (a script awaiting a page must not exit under it).
    const keepAlive = setInterval(() => undefined, 60_000)
    return new Promise<Uint8Array>((resolve, reject) => {
      entry.pending.set(id, { resolve, reject })
      entry.worker.postMessage({ ...job, id } satisfies ReadJob)
    }).finally(() => clearInterval(keepAlive))
  }

  return {
    get enabled() {
      return enabled && !closed
    },
    historyPage: (runId, key, offset, max) => run({ kind: 'history', runId, key, offset, max }),
    bulkInterval: (runIds, key, max, window) => run({ kind: 'interval', runIds, key, max, window }),
    warm() {
      if (closed || !enabled) return
      for (let i = 0; i < size; i++) if (!workers[i]) spawn(i)
    },
    get liveThreads() {
      return workers.filter(Boolean).length
    },
    async close() {
      closed = true
      await Promise.all(workers.map((w) => w?.worker.terminate()))
      workers.length = 0
    },
  }
}

