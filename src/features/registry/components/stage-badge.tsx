import { Badge, type BadgeTone } from '../../../components/ui/badge.tsx'
import type { Stage } from '../../../lib/registry-change.ts'

const TONE: Record<Stage, BadgeTone> = { Production: 'success', Staging: 'warning', None: 'neutral', Archived: 'neutral' }

type StageBadgeProps = { stage: Stage }

/** A version's (deprecated but served) MLflow stage. */
export function StageBadge({ stage }: StageBadgeProps) {
  return (
    <Badge tone={TONE[stage]} title="Stage (deprecated in MLflow 2.9, still served)" className={stage === 'Archived' ? 'opacity-70' : undefined}>
      {stage}
    </Badge>
  )
}
