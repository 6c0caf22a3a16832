import { abortedError, errorFromResponse, malformedError, networkError, type MlflowApiError } from './client.ts'
import type { HistoryFetchOutcome } from './history-decode.worker.ts'
import { shapeError } from './request.ts'

/** Every way a worker read can fail. */
export type WorkerReadFailure = Exclude<HistoryFetchOutcome, { ok: true }>

/**
 * The `MlflowApiError` the main-thread fetch would have thrown for a read that failed in a
 * worker: same kinds, codes and wording (http errors parsed from the body the worker kept), so a
 * view cannot tell where the request ran.
 */
export async function workerFailureError(r: WorkerReadFailure, url: string): Promise<MlflowApiError> {
  switch (r.kind) {
    case 'aborted':
      return abortedError(url)
    case 'network':
      return networkError(url, r.message)
    case 'http':
      return errorFromResponse(new Response(r.text, { status: r.status, statusText: r.statusText, headers: { 'content-type': r.contentType } }), url)
    case 'json':
      return malformedError(url, r.status)
    case 'shape':
      return shapeError(r.message, url, r.status)
  }
}
