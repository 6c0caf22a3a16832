import { useQuery } from '@tanstack/react-query'
import { ApiErrorView } from '../../../components/errors/api-error-view.tsx'
import { Button } from '../../../components/ui/button.tsx'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { Skeleton } from '../../../components/ui/skeleton.tsx'
import { requestTitle } from '../../../lib/approval-guard.ts'
import type { QueueItem } from '../../../lib/approval-timeline.ts'
import { approvalQueries } from '../data/approval-queries.ts'
import { useIdentity } from '../hooks/use-identity.ts'
import { useRegistryDialog } from '../hooks/use-registry-dialog.ts'
import { RequestSummary } from './request-summary.tsx'

type RequestListProps = { model?: string; version?: string; isPendingOnly?: boolean }

/** Approval requests (across all models unless filtered), pending first, with their actions. */
export function RequestList({ model, version, isPendingOnly = false }: RequestListProps) {
  const queue = useQuery(approvalQueries.queue())
  const open = useRegistryDialog()
  const { actor } = useIdentity()
  if (queue.isLoading) return <Skeleton className="h-32 w-full" label="Loading requests" />
  if (queue.error) return <ApiErrorView error={queue.error} onRetry={() => queue.refetch()} isRetrying={queue.isFetching} />
  const items = (queue.data ?? [])
    .filter((i) => (!model || i.request.model === model) && (!version || i.request.version === version))
    .filter((i) => !isPendingOnly || i.status === 'pending' || i.status === 'approving')
    .sort((a, b) => Number(b.status === 'pending') - Number(a.status === 'pending') || b.request.createdAt - a.request.createdAt)
  if (!items.length) return <EmptyState title={isPendingOnly ? 'No pending requests' : 'No requests'} description="Requests are filed from a model version's stage or alias dialog." />
  return (
    <ul aria-label="Requests" className="flex flex-col gap-2">
      {items.map((item) => (
        <li key={item.request.id} aria-label={`Request ${item.request.model} ${requestTitle(item.request)}`} className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
          <RequestSummary item={item} />
          {(item.status === 'pending' || item.status === 'approving') && <RequestActions item={item} isMine={actor?.name === item.request.requester.name} onOpen={open} />}
        </li>
      ))}
    </ul>
  )
}

type RequestActionsProps = { item: QueueItem; isMine: boolean; onOpen: ReturnType<typeof useRegistryDialog> }

function RequestActions({ item, isMine, onOpen }: RequestActionsProps) {
  return (
    <div className="flex shrink-0 gap-2">
      <Button size="sm" variant="primary" onClick={() => onOpen({ kind: 'decide', item, outcome: 'approved' })}>Approve…</Button>
      <Button size="sm" onClick={() => onOpen({ kind: 'decide', item, outcome: 'rejected' })}>Reject…</Button>
      {isMine && <Button size="sm" variant="ghost" onClick={() => onOpen({ kind: 'decide', item, outcome: 'cancelled' })}>Cancel request…</Button>}
    </div>
  )
}
