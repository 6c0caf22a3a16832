import { useMemo, useState } from 'react'
import { Button } from '../../../components/ui/button.tsx'
import { Dialog } from '../../../components/ui/dialog.tsx'
import { changeOfRequest, findConflicts, requestTitle } from '../../../lib/approval-guard.ts'
import type { QueueItem } from '../../../lib/approval-timeline.ts'
import { planChange } from '../../../lib/registry-change.ts'
import { FlowError } from '../data/flow-error.ts'
import { useIdentity } from '../hooks/use-identity.ts'
import { useApproveRequest, useCloseRequest, useRecordAgain } from '../hooks/use-registry-mutations.ts'
import { useRegistrySnapshot } from '../hooks/use-registry-snapshot.ts'
import { ChangePreview } from './change-preview.tsx'
import { CommentField } from './comment-field.tsx'
import { FlowErrorAlert } from './flow-error-alert.tsx'
import { IdentityField } from './identity-field.tsx'
import { RequestSummary } from './request-summary.tsx'
import { VersionComparison } from './version-comparison.tsx'

type DecisionDialogProps = { item: QueueItem; outcome: 'approved' | 'rejected' | 'cancelled'; onClose: () => void }

const VERB = { approved: 'Approve', rejected: 'Reject', cancelled: 'Cancel' } as const

/**
 * Approve (apply through the claim guard, then record), reject or cancel a request. Conflicts
 * visible in the cached registry are shown up front; the approval re-checks on a fresh read.
 */
export function DecisionDialog({ item, outcome, onClose }: DecisionDialogProps) {
  const r = item.request
  const [comment, setComment] = useState('')
  const identity = useIdentity()
  const { snapshot } = useRegistrySnapshot(r.model)
  const approve = useApproveRequest()
  const close = useCloseRequest()
  const record = useRecordAgain()
  const plan = useMemo(() => (snapshot ? planChange(changeOfRequest(r), snapshot) : null), [r, snapshot])
  const conflicts = useMemo(() => (snapshot ? findConflicts(r, snapshot) : []), [r, snapshot])
  const isApplied = approve.error instanceof FlowError && approve.error.kind === 'unrecorded'
  const isBusy = approve.isPending || close.isPending || record.isPending
  const actor = identity.actor
  const canSubmit = !!comment.trim() && !!actor && !isBusy && !isApplied && (outcome !== 'approved' || conflicts.length === 0)
  const error = record.error ?? approve.error ?? close.error

  const handleConfirm = () => {
    if (!actor) return
    if (outcome === 'approved') approve.mutate({ request: r, comment: comment.trim(), actor }, { onSuccess: onClose })
    else close.mutate({ request: r, outcome, comment: comment.trim(), actor }, { onSuccess: onClose })
  }
  const handleClose = () => !isBusy && onClose()
  const isSelf = actor?.name === r.requester.name

  return (
    <Dialog isOpen onClose={handleClose} title={`${VERB[outcome]} request: ${r.model} ${requestTitle(r)}`} className="max-h-[92vh] w-[56rem] overflow-y-auto"
      footer={
        <>
          <Button onClick={handleClose} disabled={isBusy}>{isApplied ? 'Close' : 'Back'}</Button>
          <Button variant={outcome === 'approved' ? 'primary' : 'danger'} onClick={handleConfirm} disabled={!canSubmit} isPending={isBusy}>
            {outcome === 'approved' ? 'Approve and apply' : outcome === 'rejected' ? 'Reject request' : 'Cancel request'}
          </Button>
        </>
      }>
      <RequestSummary item={item} />
      {outcome === 'approved' && <ChangePreview plan={plan} />}
      {outcome === 'approved' && conflicts.length > 0 && (
        <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-900 dark:bg-red-950 dark:text-red-100">
          <p className="font-semibold">The registry changed since this request was made. Approving would apply nothing.</p>
          {conflicts.map((c) => <p key={c}>{c}</p>)}
        </div>
      )}
      {outcome === 'approved' && plan?.incumbent && plan.incumbent !== r.version && <VersionComparison model={r.model} candidate={r.version} incumbent={plan.incumbent} />}
      {outcome === 'approved' && isSelf && <p role="note" className="text-sm text-amber-800 dark:text-amber-300">You filed this request yourself.</p>}
      <IdentityField identity={identity} />
      <CommentField value={comment} onChange={setComment} />
      {approve.step && <p role="status" className="text-sm text-slate-600 dark:text-slate-400">{approve.step}</p>}
      {error && <FlowErrorAlert error={error} isRecording={record.isPending} onRecordAgain={(pending) => record.mutate(pending, { onSuccess: onClose })} />}
    </Dialog>
  )
}
