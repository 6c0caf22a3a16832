import { classifyError } from './classify-error.ts'
import { Button } from '../ui/button.tsx'

type PanelErrorProps = { error: unknown; what: string; onRetry?: () => void; isRetrying?: boolean }

/** A failed request inside one panel: what failed, the server's words, and Retry. */
export function PanelError({ error, what, onRetry, isRetrying = false }: PanelErrorProps) {
  const info = classifyError(error)
  const title = info.kind === 'forbidden' ? `Permission denied: ${what}` : info.kind === 'not-found' ? `Not found: ${what}` : `Could not load ${what}`
  return (
    <div role="alert" className="flex flex-wrap items-center gap-2 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm dark:border-red-900 dark:bg-red-950/40">
      <span className="font-medium text-red-900 dark:text-red-200">{title}</span>
      <span className="min-w-0 break-words text-red-800 dark:text-red-300">{info.message}</span>
      {onRetry && (
        <Button size="sm" onClick={onRetry} isPending={isRetrying} className="ml-auto">
          Retry
        </Button>
      )}
    </div>
  )
}
