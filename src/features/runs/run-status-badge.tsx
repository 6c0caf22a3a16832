import type { RunStatus } from '../../api/types.ts'
import { Badge, type BadgeTone } from '../../components/ui/badge.tsx'

const TONE: Record<RunStatus, BadgeTone> = { RUNNING: 'info', SCHEDULED: 'neutral', FINISHED: 'success', FAILED: 'danger', KILLED: 'warning' }

type RunStatusBadgeProps = { status: RunStatus; isDeleted?: boolean }

/** The run's status word, coloured by outcome (the word itself carries the meaning), plus "deleted". */
export function RunStatusBadge({ status, isDeleted = false }: RunStatusBadgeProps) {
  return (
    <span className="inline-flex gap-1">
      <Badge tone={TONE[status]} title="Run status">{status}</Badge>
      {isDeleted && <Badge tone="neutral">deleted</Badge>}
    </span>
  )
}
