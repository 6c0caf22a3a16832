import { Link } from 'react-router'
import { Badge } from '../../../components/ui/badge.tsx'
import { requestTitle } from '../../../lib/approval-guard.ts'
import type { QueueItem } from '../../../lib/approval-timeline.ts'
import { formatRelative, formatTimestamp } from '../../../lib/format.ts'
import { hrefs } from '../../../url/hrefs.ts'

type RequestSummaryProps = { item: QueueItem }

/** Who asked for what, when and why; plus the decision once there is one. */
export function RequestSummary({ item }: RequestSummaryProps) {
  const r = item.request
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p>
        <Link className="font-medium text-sky-700 hover:underline dark:text-sky-400" to={hrefs.modelVersion({ name: r.model, version: r.version })}>
          {r.model} v{r.version}
        </Link>{' '}
        <span className="font-medium">{requestTitle(r)}</span>{' '}
        <Badge tone={STATUS_TONE[item.status]}>{item.status}</Badge>
      </p>
      <p className="text-slate-600 dark:text-slate-400">
        Requested by <strong>{r.requester.name}</strong> {!r.requester.isVerified && <Badge tone="warning">unverified</Badge>}{' '}
        <time dateTime={new Date(r.createdAt).toISOString()} title={formatTimestamp(r.createdAt)}>{formatRelative(r.createdAt)}</time>
      </p>
      <blockquote className="border-l-2 border-slate-300 pl-2 whitespace-pre-wrap dark:border-slate-600">{r.comment}</blockquote>
      {item.decision && (
        <p className="text-slate-600 dark:text-slate-400">
          {item.decision.outcome} by <strong>{item.decision.by.name}</strong> {formatRelative(item.decision.at)}: {item.decision.comment}
        </p>
      )}
    </div>
  )
}

const STATUS_TONE = { pending: 'info', approving: 'warning', approved: 'success', rejected: 'danger', cancelled: 'neutral' } as const
