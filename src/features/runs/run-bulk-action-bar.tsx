import { useState } from 'react'
import { Link } from 'react-router'
import { Button } from '../../components/ui/button.tsx'
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx'
import { hrefs } from '../../url/hrefs.ts'
import { BulkTagDialog } from './bulk-tag-dialog.tsx'
import { useDeleteRuns, useRestoreRuns } from './use-run-mutations.ts'

type RunBulkActionBarProps = {
  selected: string[]
  /** Experiments of the selected runs: the compare link carries them so it loads its runs in batches at once. */
  selectedExperimentIds: string[]
  /** Selected runs that are deleted (restorable) among the loaded ones. */
  deletedSelected: string[]
  onClear: () => void
}

/** Actions on the selected runs: compare, tag, delete (confirm + Undo toast), restore. */
export function RunBulkActionBar({ selected, selectedExperimentIds, deletedSelected, onClear }: RunBulkActionBarProps) {
  const [dialog, setDialog] = useState<'add' | 'remove' | 'delete' | null>(null)
  const del = useDeleteRuns()
  const restore = useRestoreRuns()
  const activeSelected = selected.filter((id) => !deletedSelected.includes(id))
  const n = selected.length
  if (n === 0) return null
  return (
    <div role="toolbar" aria-label="Selected runs" className="flex flex-wrap items-center gap-2 border-t border-sky-200 bg-sky-50 px-6 py-2 text-sm dark:border-sky-900 dark:bg-sky-950">
      <span className="font-medium">{n} selected</span>
      <Link to={hrefs.compare({ runs: selected, experiments: selectedExperimentIds })} className="inline-flex h-7 items-center rounded-md bg-sky-700 px-2 text-xs font-medium text-white hover:bg-sky-800">
        Compare {n}
      </Link>
      <Button size="sm" onClick={() => setDialog('add')}>Add tag</Button>
      <Button size="sm" onClick={() => setDialog('remove')}>Remove tag</Button>
      {activeSelected.length > 0 && <Button size="sm" variant="danger" onClick={() => setDialog('delete')}>Delete {activeSelected.length}</Button>}
      {deletedSelected.length > 0 && (
        <Button size="sm" isPending={restore.isPending} onClick={() => restore.mutate(deletedSelected, { onSuccess: onClear })}>Restore {deletedSelected.length}</Button>
      )}
      <Button size="sm" variant="ghost" onClick={onClear}>Clear selection</Button>
      {(dialog === 'add' || dialog === 'remove') && <BulkTagDialog mode={dialog} runIds={selected} onClose={() => setDialog(null)} />}
      <ConfirmDialog
        isOpen={dialog === 'delete'}
        title={`Delete ${activeSelected.length} run${activeSelected.length === 1 ? '' : 's'}?`}
        confirmLabel="Delete"
        isDanger
        isPending={del.isPending}
        error={del.error?.message}
        onClose={() => setDialog(null)}
        onConfirm={() => del.mutate(activeSelected, { onSuccess: () => { setDialog(null); onClear() } })}
      >
        Deleted runs move to the “Deleted runs” view and can be restored there (or with Undo right after).
      </ConfirmDialog>
    </div>
  )
}
