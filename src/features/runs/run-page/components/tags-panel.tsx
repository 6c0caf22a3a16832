import { useState } from 'react'
import type { Run } from '../../../../api/types.ts'
import { Button } from '../../../../components/ui/button.tsx'
import { ConfirmDialog } from '../../../../components/ui/confirm-dialog.tsx'
import { useDeleteRunTag } from '../hooks/use-delete-run-tag.ts'
import { splitTags, type TagEntry } from '../tag-rules.ts'
import { SectionCard } from './section-card.tsx'
import { TagAddForm } from './tag-add-form.tsx'
import { TagRow } from './tag-row.tsx'

type TagsPanelProps = { run: Run; isReadOnly?: boolean }

/** User tags (add / edit / delete) and MLflow's own `mlflow.*` tags, folded away by default. */
export function TagsPanel({ run, isReadOnly = false }: TagsPanelProps) {
  const runId = run.info.runId
  const { user, system } = splitTags(run.tags)
  const [isAdding, setIsAdding] = useState(false)
  const [deleting, setDeleting] = useState<string | null>(null)
  const deleteTag = useDeleteRunTag(runId)
  const handleConfirmDelete = () => {
    if (deleting !== null) deleteTag.mutate(deleting, { onSuccess: () => setDeleting(null) })
  }
  return (
    <SectionCard title={`Tags (${user.length})`} actions={!isReadOnly && !isAdding && <Button size="sm" onClick={() => setIsAdding(true)}>Add tag</Button>}>
      {isAdding && <TagAddForm runId={runId} existingKeys={Object.keys(run.tags)} onDone={() => setIsAdding(false)} />}
      {user.length === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">No tags yet.</p>
      ) : (
        <TagTable label="Tags" runId={runId} tags={user} isEditable={!isReadOnly} onDelete={(key) => { deleteTag.reset(); setDeleting(key) }} />
      )}
      {system.length > 0 && (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm text-slate-600 select-none dark:text-slate-400">System tags (mlflow.*): {system.length}</summary>
          <TagTable label="System tags" runId={runId} tags={system} isEditable={false} />
        </details>
      )}
      <ConfirmDialog isOpen={deleting !== null} title={`Delete tag “${deleting ?? ''}”?`} confirmLabel="Delete tag" isDanger isPending={deleteTag.isPending}
        error={deleteTag.error?.message} onConfirm={handleConfirmDelete} onClose={() => setDeleting(null)}>
        The tag is removed from this run. This cannot be undone from Runlens.
      </ConfirmDialog>
    </SectionCard>
  )
}

type TagTableProps = { label: string; runId: string; tags: TagEntry[]; isEditable: boolean; onDelete?: (key: string) => void }

function TagTable({ label, runId, tags, isEditable, onDelete }: TagTableProps) {
  return (
    <table aria-label={label} className="mt-1 w-full table-fixed text-left">
      <colgroup><col className="w-1/3" /><col /><col className={isEditable ? 'w-32' : 'w-0'} /></colgroup>
      <tbody>
        {tags.map((tag) => <TagRow key={tag.key} runId={runId} tag={tag} isEditable={isEditable} onDelete={onDelete} />)}
      </tbody>
    </table>
  )
}
