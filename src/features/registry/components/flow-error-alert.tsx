import { Button } from '../../../components/ui/button.tsx'
import { describeError } from '../data/describe-error.ts'
import type { PendingTag } from '../data/flow-error.ts'

type FlowErrorAlertProps = { error: unknown; onRecordAgain?: (pending: PendingTag[]) => void; isRecording?: boolean }

/** A failed change or decision, inline in the dialog; offers "Record again" when only the record is missing. */
export function FlowErrorAlert({ error, onRecordAgain, isRecording = false }: FlowErrorAlertProps) {
  const view = describeError(error)
  return (
    <div role="alert" className="flex flex-col gap-1 rounded-md bg-red-50 p-3 text-sm text-red-900 dark:bg-red-950 dark:text-red-100">
      <p className="font-semibold">{view.title}</p>
      {view.lines.map((line) => <p key={line}>{line}</p>)}
      {view.pending.length > 0 && onRecordAgain && (
        <div>
          <Button size="sm" variant="primary" isPending={isRecording} onClick={() => onRecordAgain(view.pending)}>
            Record again
          </Button>
        </div>
      )}
    </div>
  )
}
