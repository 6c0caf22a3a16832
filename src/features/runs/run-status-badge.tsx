import type { RunStatus } from '../../api/types.ts'
import { Badge, type BadgeTone } from '../../components/ui/badge.tsx'

const TONE: Record<RunStatus, BadgeTone> = { RUNNING: 'info', SCHEDULED: 'neutral', FINISHED: 'success', FAILED: 'danger', KILLED: 'warning' }

type RunStatusBadgeProps = { status: RunStatus; isDeleted?: boolean }

export function RunStatusBadge({ status, isDeleted = false }: RunStatusBadgeProps) {
  return (
    <span className="inline-flex gap-1">
      <Badge tone={TONE[status]}>{status}</Badge>
      {isDeleted && <Badge tone="neutral">deleted</Badge>}
    </span>
  )
}
