import { useQueryClient } from '@tanstack/react-query'
import { useRevalidator, useRouteError } from 'react-router'
import { ApiErrorView } from './api-error-view.tsx'

type RouteErrorProps = { isFullPage?: boolean }

/**
 * The errorElement of every route branch: maps loader and render errors to a view. Retry drops
 * the cached failures and re-runs the route's loaders, which also clears a render error.
 */
export function RouteError({ isFullPage = false }: RouteErrorProps) {
  const error = useRouteError()
  const queryClient = useQueryClient()
  const revalidator = useRevalidator()
  const handleRetry = () => {
    void queryClient.resetQueries({ predicate: (q) => q.state.status === 'error' })
    void revalidator.revalidate()
  }
  return <ApiErrorView error={error} onRetry={handleRetry} isRetrying={revalidator.state === 'loading'} isFullPage={isFullPage} />
}
