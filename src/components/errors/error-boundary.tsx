import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { Button } from '../ui/button.tsx'
import { classifyError } from './classify-error.ts'

export type ErrorFallbackProps = { error: unknown; reset: () => void }

type ErrorBoundaryProps = {
  children: ReactNode
  /** Name of the panel, for the message ("Loss chart failed to load"). */
  label?: string
  /** A custom fallback; the default is a compact message with a Retry button. */
  fallback?: (props: ErrorFallbackProps) => ReactNode
}

/**
 * Keeps one broken panel from taking down the page. Retry also resets react-query's errored
 * suspense queries inside, so they refetch instead of re-throwing the cached error.
 */
export function ErrorBoundary({ children, label, fallback }: ErrorBoundaryProps) {
  const { reset } = useQueryErrorResetBoundary()
  return (
    <Boundary label={label} fallback={fallback} onReset={reset}>
      {children}
    </Boundary>
  )
}

type BoundaryProps = ErrorBoundaryProps & { onReset: () => void }
type BoundaryState = { error: unknown; hasError: boolean }

// The one class component React still requires: only classes can catch render errors.
class Boundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { error: null, hasError: false }

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error, hasError: true }
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('[runlens] panel error', error, info.componentStack)
  }

  reset = () => {
    this.props.onReset()
    this.setState({ error: null, hasError: false })
  }

  render() {
    if (!this.state.hasError) return this.props.children
    if (this.props.fallback) return this.props.fallback({ error: this.state.error, reset: this.reset })
    return <PanelError error={this.state.error} label={this.props.label} onRetry={this.reset} />
  }
}

type PanelErrorProps = { error: unknown; label?: string; onRetry: () => void }

/** The default fallback: inline, sized for a panel, with the server's message and a Retry button. */
function PanelError({ error, label, onRetry }: PanelErrorProps) {
  const info = classifyError(error)
  return (
    <div role="alert" className="flex flex-col items-start gap-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm dark:border-red-900 dark:bg-red-950/40">
      <p className="font-medium text-red-900 dark:text-red-200">{label ? `${label} failed to load` : 'This panel failed to load'}</p>
      <p className="break-words text-red-800 dark:text-red-300">{info.message}</p>
      <Button size="sm" onClick={onRetry}>
        Retry
      </Button>
    </div>
  )
}
