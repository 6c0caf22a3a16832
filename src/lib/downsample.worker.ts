import { downsampleMinMax, type DownsampleOptions, type DownsampleResult } from './downsample.ts'

/**
 * A column the worker should use: by id, with its data the first time it is sent. The worker
 * keeps columns it was given (full-resolution x and y of each series) so that re-bucketing
 * for a zoom sends only ids and a window, not megabytes of points.
 */
export type ColumnRef = { id: number; data?: Float64Array }

/** One downsample job: two columns and the bucket/range options. */
export type DownsampleJob = { xs: ColumnRef; ys: ColumnRef; options: DownsampleOptions }

/** Message the page sends: a batch of jobs, and ids of columns it no longer needs. */
export type DownsampleWorkerRequest = { id: number; jobs: DownsampleJob[]; release?: number[] }

/** Message the downsample worker sends back: one result per job, in order. */
export type DownsampleWorkerResponse =
  | { id: number; ok: true; results: DownsampleResult[] }
  | { id: number; ok: false; error: string }

/** The worker's body with its own column store; exported so tests can run it without a Worker. */
export type DownsampleHandler = {
  handle(req: DownsampleWorkerRequest): { reply: DownsampleWorkerResponse; transfer: ArrayBuffer[] }
  /** Number of columns held (for tests). */
  size(): number
}

/**
 * Creates the worker body. Each request first stores newly sent columns and drops released
 * ones, then runs its jobs; result columns are returned as transferable buffers. An unknown
 * column id (never sent, or released) fails the whole batch with an error message.
 */
export function createDownsampleHandler(): DownsampleHandler {
  const columns = new Map<number, Float64Array>()
  const column = (ref: ColumnRef): Float64Array => {
    if (ref.data) columns.set(ref.id, ref.data)
    const c = columns.get(ref.id)
    if (!c) throw new Error(`downsample worker: unknown column ${ref.id}`)
    return c
  }
  return {
    handle(req) {
      for (const id of req.release ?? []) columns.delete(id)
      try {
        const results = req.jobs.map((j) => downsampleMinMax(column(j.xs), column(j.ys), j.options))
        return { reply: { id: req.id, ok: true, results }, transfer: results.flatMap((r) => [r.xs.buffer as ArrayBuffer, r.ys.buffer as ArrayBuffer]) }
      } catch (err) {
        return { reply: { id: req.id, ok: false, error: err instanceof Error ? err.message : String(err) }, transfer: [] }
      }
    },
    size: () => columns.size,
  }
}

// Only wire up the message handler inside a real worker scope (not when a test imports us).
if (typeof WorkerGlobalScope !== 'undefined' && typeof self !== 'undefined') {
  const scope = self as unknown as DedicatedWorkerGlobalScope
  const handler = createDownsampleHandler()
  scope.onmessage = (event: MessageEvent<DownsampleWorkerRequest>) => {
    const { reply, transfer } = handler.handle(event.data)
    scope.postMessage(reply, transfer)
  }
}
