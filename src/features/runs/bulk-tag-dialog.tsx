import { useState } from 'react'
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx'
import { useBulkTag } from './use-run-mutations.ts'

type BulkTagDialogProps = { mode: 'add' | 'remove'; runIds: string[]; onClose: () => void }

/** Add a tag (key + value) to, or remove a tag key from, every selected run. */
export function BulkTagDialog({ mode, runIds, onClose }: BulkTagDialogProps) {
  const [key, setKey] = useState('')
  const [value, setValue] = useState('')
  const mutation = useBulkTag()
  const n = runIds.length
  const handleConfirm = () => {
    if (!key.trim()) return
    mutation.mutate({ runIds, key: key.trim(), value: mode === 'add' ? value : undefined }, { onSuccess: onClose })
  }
  return (
    <ConfirmDialog
      isOpen
      title={mode === 'add' ? `Add a tag to ${n} run${n === 1 ? '' : 's'}` : `Remove a tag from ${n} run${n === 1 ? '' : 's'}`}
      confirmLabel={mode === 'add' ? 'Add tag' : 'Remove tag'}
      isDanger={mode === 'remove'}
      isPending={mutation.isPending}
      error={mutation.error?.message}
      onConfirm={handleConfirm}
      onClose={onClose}
    >
      <form className="flex flex-col gap-3" onSubmit={(e) => { e.preventDefault(); handleConfirm() }}>
        <label className="flex flex-col gap-1">
          Tag key
          <input value={key} onChange={(e) => setKey(e.target.value)} autoFocus required maxLength={250} className="h-9 rounded-md border border-slate-300 px-2 font-mono dark:border-slate-700 dark:bg-slate-800" />
        </label>
        {mode === 'add' && (
          <label className="flex flex-col gap-1">
            Tag value
            <input value={value} onChange={(e) => setValue(e.target.value)} maxLength={8000} className="h-9 rounded-md border border-slate-300 px-2 font-mono dark:border-slate-700 dark:bg-slate-800" />
          </label>
        )}
        <button type="submit" hidden />
      </form>
    </ConfirmDialog>
  )
}
