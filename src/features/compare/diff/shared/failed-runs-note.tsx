import { PanelError } from '../../../../components/errors/panel-error.tsx'

type FailedRunsNoteProps = { failed: { runId: string; error: unknown }[]; onRetry: () => void }

/** Runs that could not be loaded are listed above the panel; the rest still compare. */
export function FailedRunsNote({ failed, onRetry }: FailedRunsNoteProps) {
  if (failed.length === 0) return null
  return (
    <div className="flex flex-col gap-1">
      {failed.map((f) => (
        <PanelError key={f.runId} error={f.error} what={`run ${f.runId}`} onRetry={onRetry} />
      ))}
    </div>
  )
}
