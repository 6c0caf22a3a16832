import { Badge } from '../../../components/ui/badge.tsx'
import { Button } from '../../../components/ui/button.tsx'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { buildTimeline } from '../../../lib/approval-timeline.ts'
import { formatRelative, formatTimestamp } from '../../../lib/format.ts'
import type { ModelVersion, RegisteredModel } from '../../../api/types.ts'
import { useRegistryDialog } from '../hooks/use-registry-dialog.ts'

type AuditTimelineProps = { model: RegisteredModel; versions: readonly ModelVersion[] }

const KIND_TONE = { request: 'info', decision: 'warning', change: 'success' } as const

/** Everything Runlens recorded for a model (requests, decisions, changes), newest first, with rollback. */
export function AuditTimeline({ model, versions }: AuditTimelineProps) {
  const open = useRegistryDialog()
  const entries = buildTimeline(model.name, model.tags, versions)
  if (!entries.length) return <EmptyState title="No recorded history yet" description="Changes, requests and decisions made through Runlens appear here. Changes made elsewhere are not recorded." />
  return (
    <ol aria-label="History" className="flex flex-col gap-2">
      {entries.map((e) => (
        <li key={e.key} className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700">
          <div className="flex min-w-0 flex-col gap-1">
            <p>
              <Badge tone={KIND_TONE[e.kind]}>{e.kind}</Badge> <span className="font-medium">{e.title}</span>
            </p>
            <p className="text-xs text-slate-500 dark:text-slate-400">
              {e.by.name} {!e.by.isVerified && '(unverified)'} · <time dateTime={new Date(e.at).toISOString()} title={formatTimestamp(e.at)}>{formatRelative(e.at)}</time>
              {e.version && ` · v${e.version}`}
            </p>
            {e.comment && <p className="whitespace-pre-wrap text-slate-700 dark:text-slate-300">{e.comment}</p>}
          </div>
          {e.rollback && (
            <Button size="sm" onClick={() => e.rollback && open({ kind: 'change', change: e.rollback.change, title: `Roll back: ${e.rollback.label}` })}>
              {e.rollback.label}
            </Button>
          )}
        </li>
      ))}
    </ol>
  )
}
