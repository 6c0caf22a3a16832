import { useState, type FormEvent } from 'react'
import { Button } from '../../../../components/ui/button.tsx'
import { useRenameRun } from '../hooks/use-rename-run.ts'

/** MLflow keeps run names in a 250-character tag; longer names are refused by the server. */
const MAX_NAME_LENGTH = 250

type RunNameEditorProps = { runId: string; name: string; isReadOnly?: boolean }

/** The run name as the page heading, with an inline Rename form (runs/update). */
export function RunNameEditor({ runId, name, isReadOnly = false }: RunNameEditorProps) {
  const [draft, setDraft] = useState<string | null>(null)
  const rename = useRenameRun(runId)
  if (draft === null) {
    return (
      <div className="flex min-w-0 items-center gap-2">
        <h1 className="truncate text-lg font-semibold text-slate-900 dark:text-slate-100" title={name}>{name}</h1>
        {!isReadOnly && (
          <Button size="sm" variant="ghost" aria-label="Rename run" onClick={() => { rename.reset(); setDraft(name) }}>
            ✎ Rename
          </Button>
        )}
      </div>
    )
  }
  const trimmed = draft.trim()
  const problem = trimmed === '' ? 'Enter a name.' : trimmed.length > MAX_NAME_LENGTH ? `Names are limited to ${MAX_NAME_LENGTH} characters.` : null
  const handleSubmit = (e: FormEvent) => {
    e.preventDefault()
    if (problem) return
    if (trimmed === name) return setDraft(null)
    rename.mutate(trimmed, { onSuccess: () => setDraft(null) })
  }
  const error = rename.error?.message ?? (draft !== name ? problem : null)
  return (
    <form onSubmit={handleSubmit} className="flex min-w-0 flex-wrap items-center gap-2" aria-label="Rename run">
      <input
        autoFocus
        aria-label="Run name"
        value={draft}
        maxLength={MAX_NAME_LENGTH + 50}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && setDraft(null)}
        aria-invalid={!!error}
        className="h-9 w-96 max-w-full rounded-md border border-slate-300 bg-white px-2 text-base font-semibold dark:border-slate-700 dark:bg-slate-900"
      />
      <Button type="submit" variant="primary" size="sm" isPending={rename.isPending} disabled={!!problem}>Save</Button>
      <Button size="sm" onClick={() => setDraft(null)} disabled={rename.isPending}>Cancel</Button>
      {error && <p role="alert" className="w-full text-sm text-red-700 dark:text-red-400">{error}</p>}
    </form>
  )
}
