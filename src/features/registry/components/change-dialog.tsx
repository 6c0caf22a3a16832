import { useMemo, useState } from 'react'
import { Button } from '../../../components/ui/button.tsx'
import { Dialog } from '../../../components/ui/dialog.tsx'
import type { RequestTarget } from '../../../lib/approval-tags.ts'
import { describeEffects, planChange, type RegistryChange } from '../../../lib/registry-change.ts'
import { FlowError } from '../data/flow-error.ts'
import { useIdentity } from '../hooks/use-identity.ts'
import { useApplyChange, useCreateRequest, useRecordAgain } from '../hooks/use-registry-mutations.ts'
import { useRegistrySnapshot } from '../hooks/use-registry-snapshot.ts'
import { ChangeEditor } from './change-editor.tsx'
import { ChangePreview } from './change-preview.tsx'
import { CommentField } from './comment-field.tsx'
import { FlowErrorAlert } from './flow-error-alert.tsx'
import { IdentityField } from './identity-field.tsx'
import { VersionComparison } from './version-comparison.tsx'

type ChangeDialogProps = { initial: RegistryChange; title?: string; onClose: () => void }

function defaultTitle(c: RegistryChange): string {
  const at = 'version' in c && c.version !== undefined ? `${c.model} v${c.version}` : c.model
  const titles: Record<RegistryChange['kind'], string> = { stage: `Change stage of ${at}`, stages: `Restore stages of ${c.model}`, 'alias-set': `Set alias on ${c.model}`,
    'alias-delete': `Remove alias from ${c.model}`, tags: `Edit tags of ${at}`, description: `Edit description of ${at}` }
  return titles[c.kind]
}

function requestTargetOf(c: RegistryChange): { version: string; target: RequestTarget } | null {
  if (c.kind === 'stage') return { version: c.version, target: { kind: 'stage', stage: c.toStage, archiveExisting: c.archiveExisting } }
  if (c.kind === 'alias-set') return { version: c.version, target: { kind: 'alias', alias: c.alias } }
  return null
}

/**
 * The one way Runlens changes the registry: shows exactly what will change (computed on the
 * cached registry, re-checked on a fresh read when applied), compares the candidate with the
 * current holder, requires a comment, and applies or files a request only on a click.
 */
export function ChangeDialog({ initial, title, onClose }: ChangeDialogProps) {
  const [draft, setDraft] = useState(initial)
  const [comment, setComment] = useState('')
  const { snapshot, versions } = useRegistrySnapshot(initial.model)
  const identity = useIdentity()
  const apply = useApplyChange()
  const request = useCreateRequest()
  const record = useRecordAgain()
  const plan = useMemo(() => (snapshot ? planChange(draft, snapshot) : null), [draft, snapshot])
  const asRequest = requestTargetOf(draft)
  const isApplied = apply.error instanceof FlowError && apply.error.kind === 'unrecorded'
  const isBusy = apply.isPending || request.isPending || record.isPending
  const canSubmit = !!plan && plan.effects.length > 0 && !plan.isMissingVersion && !!comment.trim() && !!identity.actor && !isBusy && !isApplied
  const error = record.error ?? apply.error ?? request.error
  const actor = identity.actor

  const handleApply = () => actor && plan && apply.mutate({ change: draft, reviewed: describeEffects(plan.effects), comment: comment.trim(), actor }, { onSuccess: onClose })
  const handleRequest = () => actor && asRequest && request.mutate({ model: draft.model, ...asRequest, comment: comment.trim(), actor }, { onSuccess: onClose })
  const handleClose = () => !isBusy && onClose()
  const compare = plan && plan.incumbent && plan.candidate && plan.incumbent !== plan.candidate && (draft.kind === 'stage' || draft.kind === 'alias-set')

  return (
    <Dialog isOpen onClose={handleClose} title={title ?? defaultTitle(initial)} className="max-h-[92vh] w-[56rem] overflow-y-auto"
      footer={
        <>
          <Button onClick={handleClose} disabled={isBusy}>{isApplied ? 'Close' : 'Cancel'}</Button>
          {asRequest && <Button onClick={handleRequest} disabled={!canSubmit} isPending={request.isPending}>Request approval</Button>}
          <Button variant="primary" onClick={handleApply} disabled={!canSubmit} isPending={apply.isPending}>Apply change</Button>
        </>
      }>
      {snapshot && <ChangeEditor draft={draft} snapshot={snapshot} versions={versions} onChange={setDraft} />}
      <ChangePreview plan={plan} />
      {compare && <VersionComparison model={draft.model} candidate={plan.candidate ?? ''} incumbent={plan.incumbent ?? ''} />}
      <IdentityField identity={identity} />
      <CommentField value={comment} onChange={setComment} />
      {error && <FlowErrorAlert error={error} isRecording={record.isPending} onRecordAgain={(pending) => record.mutate(pending, { onSuccess: onClose })} />}
    </Dialog>
  )
}
