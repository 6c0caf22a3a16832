import { useState } from 'react'
import type { Run } from '../../api/types.ts'
import { Button } from '../../components/ui/button.tsx'
import { Dialog } from '../../components/ui/dialog.tsx'
import { runDisplayName } from './run-columns.ts'
import { RunDescription } from './run-description.tsx'
import { useEditRun } from './use-run-mutations.ts'

const NOTE = 'mlflow.note.content'
const inputClass = 'h-9 rounded-md border border-slate-300 px-2 text-sm dark:border-slate-700 dark:bg-slate-800'

type RunEditDialogProps = { run: Run; onClose: () => void }

/** Rename a run, edit its markdown description and its tags (system `mlflow.*` tags stay read-only). */
export function RunEditDialog({ run, onClose }: RunEditDialogProps) {
  const [name, setName] = useState(runDisplayName(run))
  const [note, setNote] = useState(run.tags[NOTE] ?? '')
  const [isPreview, setIsPreview] = useState(true)
  const [tags, setTags] = useState(() => Object.entries(run.tags).filter(([k]) => !k.startsWith('mlflow.')))
  const mutation = useEditRun()
  const save = () => {
    const before = new Map(Object.entries(run.tags).filter(([k]) => !k.startsWith('mlflow.')))
    const after = new Map(tags.filter(([k]) => k.trim()).map(([k, v]) => [k.trim(), v]))
    const setTags: Record<string, string> = {}
    for (const [k, v] of after) if (before.get(k) !== v) setTags[k] = v
    if (note !== (run.tags[NOTE] ?? '')) setTags[NOTE] = note
    const deleteTags = [...before.keys()].filter((k) => !after.has(k))
    const newName = name.trim() && name.trim() !== runDisplayName(run) ? name.trim() : undefined
    mutation.mutate({ runId: run.info.runId, name: newName, setTags, deleteTags }, { onSuccess: onClose })
  }
  return (
    <Dialog isOpen onClose={onClose} title="Edit run" description={<span className="font-mono text-xs">{run.info.runId}</span>} className="w-[40rem]"
      footer={<><Button onClick={onClose}>Cancel</Button><Button variant="primary" isPending={mutation.isPending} onClick={save}>Save</Button></>}>
      <label className="flex flex-col gap-1 text-sm">
        Run name
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={250} className={inputClass} />
      </label>
      <div className="flex flex-col gap-1 text-sm">
        <div className="flex items-center justify-between">
          <span id="run-note-label">Description (markdown)</span>
          <Button size="sm" variant="ghost" onClick={() => setIsPreview((p) => !p)}>{isPreview ? 'Edit description' : 'Preview'}</Button>
        </div>
        {isPreview ? <RunDescription markdown={note} /> : (
          <textarea aria-labelledby="run-note-label" value={note} onChange={(e) => setNote(e.target.value)} rows={8} className="rounded-md border border-slate-300 p-2 font-mono text-xs dark:border-slate-700 dark:bg-slate-800" />
        )}
      </div>
      <fieldset className="flex flex-col gap-1 text-sm">
        <legend className="mb-1">Tags</legend>
        {tags.map(([k, v], i) => (
          <div key={i} className="flex gap-1">
            <input aria-label={`Tag ${i + 1} key`} value={k} onChange={(e) => setTags((t) => t.map((x, j) => (j === i ? [e.target.value, x[1]] : x)))} className={`${inputClass} w-40 font-mono`} />
            <input aria-label={`Tag ${i + 1} value`} value={v} onChange={(e) => setTags((t) => t.map((x, j) => (j === i ? [x[0], e.target.value] : x)))} className={`${inputClass} flex-1 font-mono`} />
            <Button size="sm" variant="ghost" aria-label={`Remove tag ${k}`} onClick={() => setTags((t) => t.filter((_, j) => j !== i))}>×</Button>
          </div>
        ))}
        <Button size="sm" className="self-start" onClick={() => setTags((t) => [...t, ['', '']])}>Add tag</Button>
      </fieldset>
      {mutation.error && <p role="alert" className="rounded-md bg-red-50 p-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">{mutation.error.message}</p>}
    </Dialog>
  )
}
