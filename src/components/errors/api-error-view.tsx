import { Button } from '../ui/button.tsx'
import { classifyError } from './classify-error.ts'
import { ErrorPage } from './error-page.tsx'
import { NotFoundView } from './not-found-view.tsx'
import { useServerLabel } from './use-server-label.ts'

type ApiErrorViewProps = {
  error: unknown
  onRetry: () => void
  isRetrying?: boolean
  isFullPage?: boolean
}

/** Maps any failure to the view a user can act on: not found, unreachable, sign-in, permission, or the server's error. */
export function ApiErrorView({ error, onRetry, isRetrying = false, isFullPage = false }: ApiErrorViewProps) {
  const server = useServerLabel()
  const info = classifyError(error)
  const retry = (
    <Button variant="primary" onClick={onRetry} isPending={isRetrying}>
      Retry
    </Button>
  )
  switch (info.kind) {
    case 'not-found':
      return <NotFoundView message={info.message} />
    case 'unreachable':
      return (
        <ErrorPage title={`Cannot reach the MLflow server at ${server}`} actions={retry} isFullPage={isFullPage}>
          <p>Check that the server is running and that this machine can reach it, then retry.</p>
          <p className="mt-2 font-mono text-xs">{info.message}</p>
        </ErrorPage>
      )
    case 'unauthenticated':
      return (
        <ErrorPage title="Authentication required" actions={retry} isFullPage={isFullPage}>
          <p>The MLflow server at {server} asks for credentials. Sign in when the browser asks, or start Runlens with MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD.</p>
          <p className="mt-2">Server says: {info.message}</p>
        </ErrorPage>
      )
    case 'forbidden':
      return (
        <ErrorPage title="Permission denied" actions={retry} isFullPage={isFullPage}>
          <p>Your MLflow account may not view this. Ask the server's administrator for access.</p>
          <p className="mt-2">Server says: {info.message}</p>
        </ErrorPage>
      )
    default:
      return (
        <ErrorPage title="Something went wrong" actions={retry} isFullPage={isFullPage}>
          <p>{info.message}</p>
          {info.code && <p className="mt-2 font-mono text-xs">{[info.status, info.code].filter(Boolean).join(' · ')}</p>}
        </ErrorPage>
      )
  }
}
