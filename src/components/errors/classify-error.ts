import { isRouteErrorResponse } from 'react-router'
import { MlflowApiError } from '../../api/client.ts'

export type ErrorClass =
  | { kind: 'not-found'; message: string }
  | { kind: 'unreachable'; message: string }
  | { kind: 'unauthenticated'; message: string }
  | { kind: 'forbidden'; message: string }
  | { kind: 'failed'; message: string; status?: number; code?: string }

/** Proxy and gateway statuses that mean "the MLflow server behind us is down", not "bad request". */
const GATEWAY_STATUSES = new Set([502, 503, 504])

/**
 * Decides which error view a failure gets. MLflow's own 404 (RESOURCE_DOES_NOT_EXIST) is a
 * not-found; a routing 404 (HTML, `HTTP_404`) means the server lacks the endpoint, which is a
 * failure, not a missing resource. Network errors, the Runlens proxy's UPSTREAM_UNREACHABLE and
 * gateway statuses are "unreachable". 401/403 keep the server's own words.
 */
export function classifyError(error: unknown): ErrorClass {
  if (error instanceof MlflowApiError) {
    const message = error.message
    if (error.kind === 'network' || error.errorCode === 'UPSTREAM_UNREACHABLE' || GATEWAY_STATUSES.has(error.status)) {
      return { kind: 'unreachable', message }
    }
    if (error.status === 401) return { kind: 'unauthenticated', message }
    if (error.status === 403) return { kind: 'forbidden', message }
    if (error.errorCode === 'RESOURCE_DOES_NOT_EXIST' || (error.status === 404 && !error.errorCode.startsWith('HTTP_') && error.errorCode !== 'ENDPOINT_NOT_FOUND')) {
      return { kind: 'not-found', message }
    }
    return { kind: 'failed', message, status: error.status || undefined, code: error.errorCode }
  }
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) return { kind: 'not-found', message: typeof error.data === 'string' && error.data ? error.data : 'Page not found.' }
    return { kind: 'failed', message: error.statusText || `HTTP ${error.status}`, status: error.status }
  }
  if (error instanceof Error) return { kind: 'failed', message: error.message }
  return { kind: 'failed', message: String(error) }
}
