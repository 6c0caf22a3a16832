import { downsampleMinMax, type DownsampleOptions, type DownsampleResult } from './downsample.ts'
import type { DownsampleWorkerRequest, DownsampleWorkerResponse } from './downsample.worker.ts'

/** Series longer than this many points are downsampled in the worker; shorter ones inline. */
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
  /** Terminates the worker; pending jobs are finished inline. */
  dispose(): void
}

function defaultCreateWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null
  // Vite bundles the worker from this exact `new URL(…, import.meta.url)` pattern.
  return new Worker(new URL('./downsample.worker.ts', import.meta.url), { type: 'module' }) as WorkerLike
}

/**
 * Creates a downsample client. Series with more than `threshold` points go to a Web Worker
 * (created lazily, once) so zooming a million-point chart does not block the UI thread;
 * smaller series, or environments without `Worker` (tests, SSR), are computed inline.
 *
 * Inputs are copied to the worker (structured clone), not transferred, because the caller
 * keeps the full-resolution columns to re-bucket on the next zoom. Results come back as
 * transferred buffers. If the worker fails to start or errors, every pending and later job
 * falls back to inline computation, so the promise still resolves with the same result.
 */
export function createDownsampleClient(options: DownsampleClientOptions = {}): DownsampleClient {
  const createWorker = options.createWorker ?? defaultCreateWorker
  const threshold = options.threshold ?? WORKER_THRESHOLD
  let worker: WorkerLike | null | undefined // undefined = not tried yet, null = unavailable
  let nextId = 1
  const pending = new Map<number, { req: DownsampleRequest; resolve: (r: DownsampleResult) => void; reject: (e: Error) => void }>()

  const inline = (req: DownsampleRequest) => downsampleMinMax(req.xs, req.ys, req.options)

  const abandonWorker = () => {
    worker?.terminate()
    worker = null
    for (const job of pending.values()) {
      try {
        job.resolve(inline(job.req))
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
        if (msg.ok) job.resolve(msg.result)
        else job.reject(new Error(msg.error))
      }
      worker.onerror = () => abandonWorker()
    }
    return worker
  }

  return {
    downsample(req) {
      const w = req.xs.length > threshold ? getWorker() : null
      if (!w) {
        try {
          return Promise.resolve(inline(req))
        } catch (err) {
          return Promise.reject(err instanceof Error ? err : new Error(String(err)))
        }
      }
      const id = nextId++
      return new Promise<DownsampleResult>((resolve, reject) => {
        pending.set(id, { req, resolve, reject })
        w.postMessage({ id, xs: req.xs, ys: req.ys, options: req.options })
      })
    },
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
