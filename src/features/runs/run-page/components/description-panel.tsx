import { useState } from 'react'
import type { Run } from '../../../../api/types.ts'
import { Button } from '../../../../components/ui/button.tsx'
import { LazyMarkdown } from '../../../../components/ui/lazy-markdown.tsx'
import { useDeleteRunTag } from '../hooks/use-delete-run-tag.ts'
import { useSetRunTag } from '../hooks/use-set-run-tag.ts'
import { MAX_TAG_VALUE_LENGTH, NOTE_TAG, tagValueError } from '../tag-rules.ts'
import { SectionCard } from './section-card.tsx'
import { formatCount } from '../../../../lib/format.ts'

type DescriptionPanelProps = { run: Run; isReadOnly?: boolean }

/** The run's markdown description (`mlflow.note.content`, as MLflow's UI stores it), editable. */
export function DescriptionPanel({ run, isReadOnly = false }: DescriptionPanelProps) {
  const note = run.tags[NOTE_TAG] ?? ''
  const [draft, setDraft] = useState<string | null>(null)
  const setTag = useSetRunTag(run.info.runId)
  const deleteTag = useDeleteRunTag(run.info.runId)
  const isPending = setTag.isPending || deleteTag.isPending
  const handleSave = (text: string) => {
    const done = { onSuccess: () => setDraft(null) }
    // An emptied description removes the tag instead of storing "".
    if (text.trim() === '') {
      if (note) deleteTag.mutate(NOTE_TAG, done)
      else setDraft(null)
    } else setTag.mutate({ key: NOTE_TAG, value: text }, done)
  }
  const startEditing = () => {
    setTag.reset()
    deleteTag.reset()
    setDraft(note)
  }
  const problem = draft === null ? null : tagValueError(draft)
  const error = problem ?? setTag.error?.message ?? deleteTag.error?.message
  return (
    <SectionCard title="Description" actions={!isReadOnly && draft === null && <Button size="sm" onClick={startEditing}>Edit description</Button>}>
      {draft === null ? (
        note ? <LazyMarkdown text={note} /> : <p className="text-sm text-slate-500 dark:text-slate-400">No description. {isReadOnly ? '' : 'Use “Edit description” to add notes in markdown.'}</p>
      ) : (
        <form className="flex flex-col gap-2" onSubmit={(e) => { e.preventDefault(); if (!problem) handleSave(draft) }}>
          <textarea
            autoFocus
            aria-label="Description (markdown)"
            value={draft}
            rows={10}
            onChange={(e) => setDraft(e.target.value)}
            aria-invalid={!!problem}
            className="w-full rounded-md border border-slate-300 bg-white p-2 font-mono text-sm dark:border-slate-700 dark:bg-slate-900"
          />
          <div className="flex flex-wrap items-center gap-2">
            <Button type="submit" variant="primary" size="sm" isPending={isPending} disabled={!!problem}>Save description</Button>
            <Button size="sm" onClick={() => setDraft(null)} disabled={isPending}>Cancel</Button>
            <span className="ml-auto text-xs text-slate-500">{formatCount(draft.length)} / {formatCount(MAX_TAG_VALUE_LENGTH)}</span>
          </div>
          {error && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{error}</p>}
        </form>
      )}
    </SectionCard>
  )
}
