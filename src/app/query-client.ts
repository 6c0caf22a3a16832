import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { MlflowApiError } from '../api/client.ts'
import { toast } from '../components/ui/toast-store.ts'

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: {
      /** Toast title when a background refetch of this query fails (default "Could not refresh data"). */
      errorTitle?: string
    }
    mutationMeta: {
      /** The component shows this mutation's error inline (dialogs), so no toast. */
      hasInlineError?: boolean
      /** Toast title on failure (default "Action failed"). */
      errorTitle?: string
    }
  }
}

/** Number of retries for transient failures (network, 5xx); 4xx answers are final. */
export const MAX_RETRIES = 2

/**
 * Retries only what can succeed on a second try: unreachable server, 5xx (incl. proxy 502/504)
 * and 429. A 4xx, a malformed body or a cancelled request fails at once.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false
  if (!(error instanceof MlflowApiError)) return false
  return error.kind === 'network' || error.status >= 500 || error.status === 429
}

/** 1 s, 2 s, then 4 s, capped at 8 s. */
export const retryDelay = (attempt: number) => Math.min(1000 * 2 ** attempt, 8000)

const isAbort = (error: unknown) => error instanceof MlflowApiError && error.kind === 'aborted'

/**
 * The app's QueryClient. Errors of first loads are shown inline by the page or panel (they have
 * no data yet); only failures the user would not otherwise notice get a toast: a background
 * refetch that failed while old data stays on screen, and mutations without an inline error.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.state.data === undefined || isAbort(error)) return
        toast.error(query.meta?.errorTitle ?? 'Could not refresh data', error.message)
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _vars, _ctx, mutation) => {
        if (mutation.meta?.hasInlineError || isAbort(error)) return
        toast.error(mutation.meta?.errorTitle ?? 'Action failed', error.message)
      },
    }),
    defaultOptions: {
      queries: {
        // MLflow data changes while runs train; 15 s keeps navigation instant without going stale.
        staleTime: 15_000,
        retry: shouldRetry,
        retryDelay,
      },
      mutations: { retry: false },
    },
  })
}
