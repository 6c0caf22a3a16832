import { downsampleMinMax, type DownsampleOptions, type DownsampleResult } from './downsample.ts'
import type { ColumnRef, DownsampleWorkerRequest, DownsampleWorkerResponse } from './downsample.worker.ts'

/** Batches holding a series longer than this many points are downsampled in the worker. */
export const WORKER_THRESHOLD = 20_000

/** A downsample job: columns plus bucket/range options (see `downsampleMinMax`). */
export type DownsampleRequest = { xs: Float64Array; ys: Float64Array; options: DownsampleOptions }

/** The subset of `Worker` the client needs (lets tests pass a fake). */
export type WorkerLike = {
  postMessage(message: DownsampleWorkerRequest): void
  onmessage: ((event: MessageEvent<DownsampleWorkerResponse>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  terminate(): void
}

/** Dependencies of {@link createDownsampleClient}. */
export type DownsampleClientOptions = {
  /** Makes the worker; return null when workers are unavailable. Called at most once. */
  createWorker?: () => WorkerLike | null
  /** Length above which the worker is used. Default {@link WORKER_THRESHOLD}. */
  threshold?: number
}

/** A downsampler that offloads big series to one shared worker. */
export type DownsampleClient = {
  downsample(req: DownsampleRequest): Promise<DownsampleResult>
  /** Several jobs in one message (one chart's lines); results in request order. */
  downsampleMany(reqs: readonly DownsampleRequest[]): Promise<DownsampleResult[]>
  /** Starts the worker now, before its script would queue behind slow data requests. */
  prewarm(): void
  /** Terminates the worker; pending jobs are finished inline. */
  dispose(): void
}

function defaultCreateWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null
  // Vite bundles the worker from this exact `new URL(…, import.meta.url)` pattern.
  return new Worker(new URL('./downsample.worker.ts', import.meta.url), { type: 'module' }) as WorkerLike
}

/**
 * Creates a downsample client. Batches with a series of more than `threshold` points go to a
 * Web Worker (created lazily, once) so a million-point chart does not block the UI thread;
 * smaller batches, or environments without `Worker` (tests, SSR), are computed inline.
 *
 * Each input column is copied to the worker once (structured clone; the caller keeps the
 * original) and kept there under an id, so later jobs on the same arrays (a zoom, a resize)
 * send only ids and options. When the caller drops an array, a FinalizationRegistry tells the
 * worker to drop its copy with the next message. Results come back as transferred buffers.
 * If the worker fails to start or errors, every pending and later job falls back to inline
 * computation, so the promise still resolves with the same result.
 */
export function createDownsampleClient(options: DownsampleClientOptions = {}): DownsampleClient {
  const createWorker = options.createWorker ?? defaultCreateWorker
  const threshold = options.threshold ?? WORKER_THRESHOLD
  let worker: WorkerLike | null | undefined // undefined = not tried yet, null = unavailable
  let nextId = 1
  let nextColumn = 1
  const ids = new WeakMap<Float64Array, number>()
  let released: number[] = []
  const registry = typeof FinalizationRegistry === 'undefined' ? null : new FinalizationRegistry<number>((id) => released.push(id))
  const pending = new Map<number, { reqs: readonly DownsampleRequest[]; resolve: (r: DownsampleResult[]) => void; reject: (e: Error) => void }>()

  const inline = (reqs: readonly DownsampleRequest[]) => reqs.map((r) => downsampleMinMax(r.xs, r.ys, r.options))

  const abandonWorker = () => {
    worker?.terminate()
    worker = null
    for (const job of pending.values()) {
      try {
        job.resolve(inline(job.reqs))
      } catch (err) {
        job.reject(err instanceof Error ? err : new Error(String(err)))
      }
    }
    pending.clear()
  }

  const getWorker = (): WorkerLike | null => {
    if (worker !== undefined) return worker
    try {
      worker = createWorker()
    } catch {
      worker = null // e.g. a CSP that forbids workers
    }
    if (worker) {
      worker.onmessage = (event) => {
        const msg = event.data
        const job = pending.get(msg.id)
        if (!job) return
        pending.delete(msg.id)
        if (msg.ok) job.resolve(msg.results)
        else job.reject(new Error(msg.error))
      }
      worker.onerror = () => abandonWorker()
    }
    return worker
  }

  /** The column's id; its data goes along only the first time the worker sees it. */
  const ref = (a: Float64Array): ColumnRef => {
    const known = ids.get(a)
    if (known !== undefined) return { id: known }
    const id = nextColumn++
    ids.set(a, id)
    registry?.register(a, id)
    return { id, data: a }
  }

  const downsampleMany = (reqs: readonly DownsampleRequest[]): Promise<DownsampleResult[]> => {
    const w = reqs.some((r) => r.xs.length > threshold) ? getWorker() : null
    if (!w) {
      try {
        return Promise.resolve(inline(reqs))
      } catch (err) {
        return Promise.reject(err instanceof Error ? err : new Error(String(err)))
      }
    }
    const id = nextId++
    return new Promise<DownsampleResult[]>((resolve, reject) => {
      pending.set(id, { reqs, resolve, reject })
      const release = released
      released = []
      w.postMessage({ id, jobs: reqs.map((r) => ({ xs: ref(r.xs), ys: ref(r.ys), options: r.options })), release: release.length ? release : undefined })
    })
  }

  return {
    downsample: (req) => downsampleMany([req]).then((r) => r[0]),
    downsampleMany,
    prewarm: () => void getWorker(),
    dispose: abandonWorker,
  }
}

let shared: DownsampleClient | undefined

/**
 * Downsamples with the app-wide client: in a Web Worker when `typeof Worker !== 'undefined'`
 * and the series has more than {@link WORKER_THRESHOLD} (20,000) points, otherwise inline.
 * Resolves with the same result `downsampleMinMax` would return.
 */
export function downsampleInWorker(req: DownsampleRequest): Promise<DownsampleResult> {
  shared ??= createDownsampleClient()
  return shared.downsample(req)
}

/** Starts the app-wide downsample worker (see {@link DownsampleClient.prewarm}). */
export function prewarmDownsampleWorker(): void {
  shared ??= createDownsampleClient()
  shared.prewarm()
}

/** {@link downsampleInWorker} for a batch (one message, results in order). */
export function downsampleManyInWorker(reqs: readonly DownsampleRequest[]): Promise<DownsampleResult[]> {
  shared ??= createDownsampleClient()
  return shared.downsampleMany(reqs)
}
