import type { RunStatus } from '../../../../api/types.ts'
import { Badge, type BadgeTone } from '../../../../components/ui/badge.tsx'

const TONE: Record<RunStatus, BadgeTone> = { RUNNING: 'info', SCHEDULED: 'neutral', FINISHED: 'success', FAILED: 'danger', KILLED: 'warning' }

type RunStatusBadgeProps = { status: RunStatus }

/** The run's status word, coloured by outcome (the word itself carries the meaning). */
export function RunStatusBadge({ status }: RunStatusBadgeProps) {
  return (
    <Badge tone={TONE[status]} title="Run status">
      {status}
    </Badge>
  )
}
