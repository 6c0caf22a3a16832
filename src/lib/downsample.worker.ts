import { downsampleMinMax, type DownsampleOptions, type DownsampleResult } from './downsample.ts'

/** Message the page sends to the downsample worker. */
export type DownsampleWorkerRequest = {
  /** Correlates the reply with its request (many can be in flight during a zoom). */
  id: number
  xs: Float64Array
  ys: Float64Array
  options: DownsampleOptions
}

/** Message the downsample worker sends back. */
export type DownsampleWorkerResponse =
  | { id: number; ok: true; result: DownsampleResult }
  | { id: number; ok: false; error: string }

/**
 * Runs one request and returns the reply plus the buffers to transfer (the result columns,
 * so the reply costs no copy). Exported so tests can call it without a real Worker.
 */
export function handleDownsampleRequest(req: DownsampleWorkerRequest): {
  reply: DownsampleWorkerResponse
  transfer: ArrayBuffer[]
} {
  try {
    const result = downsampleMinMax(req.xs, req.ys, req.options)
    return {
      reply: { id: req.id, ok: true, result },
      transfer: [result.xs.buffer as ArrayBuffer, result.ys.buffer as ArrayBuffer],
    }
  } catch (err) {
    return { reply: { id: req.id, ok: false, error: err instanceof Error ? err.message : String(err) }, transfer: [] }
  }
}

// Only wire up the message handler inside a real worker scope (not when a test imports us).
if (typeof WorkerGlobalScope !== 'undefined' && typeof self !== 'undefined') {
  const scope = self as unknown as DedicatedWorkerGlobalScope
  scope.onmessage = (event: MessageEvent<DownsampleWorkerRequest>) => {
    const { reply, transfer } = handleDownsampleRequest(event.data)
    scope.postMessage(reply, transfer)
  }
}
