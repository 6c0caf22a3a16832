import type { HistoryDecodeRequest, HistoryDecodeResponse, HistoryFetchOutcome } from './history-decode.worker.ts'

/** The subset of `Worker` the client uses (tests pass a fake). */
export type DecodeWorkerLike = {
  postMessage(message: HistoryDecodeRequest, transfer?: Transferable[]): void
  onmessage: ((event: MessageEvent<HistoryDecodeResponse>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  terminate(): void
}

/** Fetches and decodes get-history pages in workers. */
export type HistoryDecoder = {
  /**
   * Fetches `url` in a worker and decodes it there; null when no worker can be had (the caller
   * then fetches on the main thread). Aborting `signal` cancels the worker's request.
   */
  fetchPage(url: string, signal?: AbortSignal): Promise<HistoryFetchOutcome> | null
  /** Starts the workers now (their script is fetched before history requests fill the connections). */
  prewarm(): void
  dispose(): void
}

function defaultCreateWorker(): DecodeWorkerLike | null {
  if (typeof Worker === 'undefined') return null
  // Vite bundles the worker from this exact `new URL(…, import.meta.url)` pattern.
  return new Worker(new URL('./history-decode.worker.ts', import.meta.url), { type: 'module' }) as DecodeWorkerLike
}

/**
 * Workers to decode with: two where there are more than two cores (the browser keeps six history
 * requests in flight; one thread receiving and parsing them all was once the bottleneck), one on
 * two cores or fewer. Since points are read against a template (history-scan.ts, ~5 ms a page),
 * one worker keeps up there, and a second only took CPU from the page and the server: measured
 * on 2 cores, 20 alternating loads of 150 MB, full fidelity was faster with one in 14 of 20
 * pairs (medians 3,477 vs 3,697 and 3,731 vs 3,769 ms).
 */
export function defaultPoolSize(cores = typeof navigator === 'undefined' ? 0 : navigator.hardwareConcurrency): number {
  return cores > 2 ? 2 : 1
}

type Pending = { resolve: (r: HistoryFetchOutcome) => void; worker: DecodeWorkerLike }

/**
 * Moves get-history pages off the main thread: the worker fetches the page (so the ~2 MB body
 * of a 25,000-point page is received there, not on the main thread), parses the JSON and
 * decodes it into columns, which come back transferred. Without Worker support, or once a
 * worker fails, `fetchPage` returns null and the caller fetches and decodes on the main thread,
 * with the same results.
 */
export function createHistoryDecoder(options: { createWorker?: () => DecodeWorkerLike | null; poolSize?: number } = {}): HistoryDecoder {
  const createWorker = options.createWorker ?? defaultCreateWorker
  const poolSize = Math.max(1, options.poolSize ?? defaultPoolSize())
  let pool: DecodeWorkerLike[] | null | undefined
  let nextId = 1
  const pending = new Map<number, Pending>()

  const abandon = () => {
    for (const w of pool ?? []) w.terminate()
    pool = null
    // In-flight requests die with the worker: the page fails and the
    // query's retry fetches it again (on the main thread from then on).
    for (const p of pending.values()) p.resolve({ ok: false, kind: 'network', message: 'the history reader stopped before this page was read' })
    pending.clear()
  }

  const onmessage = (event: MessageEvent<HistoryDecodeResponse>) => {
    const { id, ...outcome } = event.data
    const p = pending.get(id)
    if (!p) return
    pending.delete(id)
    p.resolve(outcome as HistoryFetchOutcome)
  }

  const getPool = (): DecodeWorkerLike[] | null => {
    if (pool !== undefined) return pool
    const made: DecodeWorkerLike[] = []
    try {
      for (let i = 0; i < poolSize; i++) {
        const w = createWorker()
        if (!w) break
        w.onmessage = onmessage
        w.onerror = () => abandon()
        made.push(w)
      }
    } catch {
      // no (more) workers: use those made, or none
    }
    pool = made.length > 0 ? made : null
    return pool
  }

  /** The worker with the fewest requests in flight. */
  const leastBusy = (workers: DecodeWorkerLike[]): DecodeWorkerLike => {
    const load = new Map(workers.map((w) => [w, 0]))
    for (const p of pending.values()) load.set(p.worker, (load.get(p.worker) ?? 0) + 1)
    return workers.reduce((best, w) => (load.get(w)! < load.get(best)! ? w : best))
  }

  const send = (request: (id: number) => HistoryDecodeRequest): { id: number; done: Promise<HistoryFetchOutcome>; worker: DecodeWorkerLike } | null => {
    const workers = getPool()
    if (!workers) return null
    const worker = leastBusy(workers)
    const id = nextId++
    const done = new Promise<HistoryFetchOutcome>((resolve) => pending.set(id, { resolve, worker }))
    worker.postMessage(request(id))
    return { id, done, worker }
  }

  return {
    fetchPage(url, signal) {
      if (signal?.aborted) return Promise.resolve({ ok: false, kind: 'aborted' })
      const sent = send((id) => ({ type: 'fetch', id, url }))
      if (!sent) return null
      const onAbort = () => sent.worker.postMessage({ type: 'cancel', id: sent.id })
      signal?.addEventListener('abort', onAbort, { once: true })
      return sent.done.finally(() => signal?.removeEventListener('abort', onAbort))
    },
    prewarm: () => void getPool(),
    dispose: abandon,
  }
}

let shared: HistoryDecoder | undefined
const sharedDecoder = () => (shared ??= createHistoryDecoder())

/**
 * Starts the app-wide decoder's workers. Call it before firing many history requests: the
 * worker script is fetched over the same origin, and behind six slow history responses (the
 * browser's per-host connection limit) it would arrive only seconds later.
 */
export function prewarmHistoryDecoder(): void {
  sharedDecoder().prewarm()
}

/** Fetches and decodes a page in the app-wide decoder's workers; null without workers. */
export function fetchHistoryPageInWorker(url: string, signal?: AbortSignal): Promise<HistoryFetchOutcome> | null {
  return sharedDecoder().fetchPage(url, signal)
}
