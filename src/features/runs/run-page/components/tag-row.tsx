import { useState, type FormEvent } from 'react'
import { Button } from '../../../../components/ui/button.tsx'
import { useSetRunTag } from '../hooks/use-set-run-tag.ts'
import { tagValueError, type TagEntry } from '../tag-rules.ts'
import { CopyButton } from '../../../../components/ui/copy-button.tsx'

/** Values longer than this are clipped in the row (full text in the tooltip and the copy). */
const PREVIEW_CHARS = 300

type TagRowProps = { runId: string; tag: TagEntry; isEditable: boolean; onDelete?: (key: string) => void }

/** One tag as a table row; user tags can be edited in place or deleted. Values show as text. */
export function TagRow({ runId, tag, isEditable, onDelete }: TagRowProps) {
  const [draft, setDraft] = useState<string | null>(null)
  const setTag = useSetRunTag(runId)
  const problem = draft === null ? null : tagValueError(draft)
  const handleSubmit = (e: FormEvent) => {
    e.preventDefault()
    if (draft === null || problem) return
    if (draft === tag.value) return setDraft(null)
    setTag.mutate({ key: tag.key, value: draft }, { onSuccess: () => setDraft(null) })
  }
  const clipped = tag.value.length > PREVIEW_CHARS ? `${tag.value.slice(0, PREVIEW_CHARS)}…` : tag.value
  return (
    <tr className="border-t border-slate-100 align-top dark:border-slate-800">
      <th scope="row" className="max-w-64 py-1.5 pr-3 text-left font-mono text-xs font-normal break-all text-slate-700 dark:text-slate-300">{tag.key}</th>
      <td className="py-1.5 pr-2 text-sm break-words">
        {draft === null ? (
          <span className="inline-flex max-w-full items-start gap-1">
            <span className="min-w-0 break-words whitespace-pre-wrap" title={clipped === tag.value ? undefined : tag.value.slice(0, 2000)}>{clipped || <em className="text-slate-400">empty</em>}</span>
            {tag.value && <CopyButton text={tag.value} label={`Copy value of ${tag.key}`} />}
          </span>
        ) : (
          <form aria-label={`Edit tag ${tag.key}`} onSubmit={handleSubmit} className="flex flex-col gap-1">
            <div className="flex gap-2">
              <input autoFocus aria-label={`Value of ${tag.key}`} value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && setDraft(null)}
                aria-invalid={!!problem} className="h-7 min-w-0 flex-1 rounded border border-slate-300 bg-white px-2 text-sm dark:border-slate-700 dark:bg-slate-900" />
              <Button type="submit" size="sm" variant="primary" isPending={setTag.isPending} disabled={!!problem}>Save</Button>
              <Button size="sm" onClick={() => setDraft(null)} disabled={setTag.isPending}>Cancel</Button>
            </div>
            {(problem || setTag.error) && <p role="alert" className="text-xs text-red-700 dark:text-red-400">{problem ?? setTag.error?.message}</p>}
          </form>
        )}
      </td>
      <td className="w-0 py-1 text-right whitespace-nowrap">
        {isEditable && draft === null && (
          <>
            <Button size="sm" variant="ghost" aria-label={`Edit tag ${tag.key}`} onClick={() => { setTag.reset(); setDraft(tag.value) }}>Edit</Button>
            <Button size="sm" variant="ghost" aria-label={`Delete tag ${tag.key}`} onClick={() => onDelete?.(tag.key)}>Delete</Button>
          </>
        )}
      </td>
    </tr>
  )
}
