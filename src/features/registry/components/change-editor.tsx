import { useId, useState } from 'react'
import type { ModelVersion } from '../../../api/types.ts'
import { STAGES, type RegistryChange, type RegistrySnapshot } from '../../../lib/registry-change.ts'
import { tagsToText, textToTagEdit } from '../data/tags-text.ts'

type ChangeEditorProps = { draft: RegistryChange; snapshot: RegistrySnapshot; versions: readonly ModelVersion[]; onChange: (next: RegistryChange) => void }

const field = 'h-8 rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-700 dark:bg-slate-950'

/** The inputs of a change: target stage, alias and version, tags or description. */
export function ChangeEditor({ draft, snapshot, versions, onChange }: ChangeEditorProps) {
  const id = useId()
  switch (draft.kind) {
    case 'stage':
      return (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <label htmlFor={id} className="font-medium">Target stage</label>
          <select id={id} className={field} value={draft.toStage} onChange={(e) => onChange({ ...draft, toStage: e.target.value as typeof draft.toStage })}>
            {STAGES.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
          <label className="flex items-center gap-1.5">
            <input type="checkbox" checked={draft.archiveExisting} onChange={(e) => onChange({ ...draft, archiveExisting: e.target.checked })} />
            Archive existing versions in {draft.toStage}
          </label>
        </div>
      )
    case 'alias-set':
      return (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <label htmlFor={id} className="font-medium">Alias</label>
          <input id={id} list={`${id}-aliases`} className={`${field} w-40`} value={draft.alias} onChange={(e) => onChange({ ...draft, alias: e.target.value.trim() })} />
          <datalist id={`${id}-aliases`}>
            {snapshot.aliases.map((a) => <option key={a.alias} value={a.alias} />)}
          </datalist>
          <label htmlFor={`${id}-v`} className="font-medium">Version</label>
          <select id={`${id}-v`} className={field} value={draft.version} onChange={(e) => onChange({ ...draft, version: e.target.value })}>
            {versions.map((v) => <option key={v.version} value={v.version}>v{v.version} ({v.currentStage})</option>)}
          </select>
        </div>
      )
    case 'tags':
      return <TagsEditor draft={draft} snapshot={snapshot} onChange={onChange} />
    case 'description':
      return (
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor={id} className="font-medium">Description (markdown)</label>
          <textarea id={id} rows={6} className="rounded-md border border-slate-300 bg-white p-2 font-mono text-xs dark:border-slate-700 dark:bg-slate-950" value={draft.description}
            onChange={(e) => onChange({ ...draft, description: e.target.value })} />
        </div>
      )
    default:
      return null
  }
}

type TagsEditorProps = { draft: Extract<RegistryChange, { kind: 'tags' }>; snapshot: RegistrySnapshot; onChange: (next: RegistryChange) => void }

function TagsEditor({ draft, snapshot, onChange }: TagsEditorProps) {
  const id = useId()
  const current = draft.version === undefined ? snapshot.modelTags ?? {} : snapshot.versions.find((v) => v.version === draft.version)?.tags ?? {}
  const [text, setText] = useState(() => tagsToText(current))
  const parsed = textToTagEdit(text, current)
  const handleText = (value: string) => {
    setText(value)
    const next = textToTagEdit(value, current)
    onChange({ ...draft, set: next.set, remove: next.remove })
  }
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id} className="font-medium">Tags (one key=value per line)</label>
      <textarea id={id} rows={5} className="rounded-md border border-slate-300 bg-white p-2 font-mono text-xs dark:border-slate-700 dark:bg-slate-950" value={text} onChange={(e) => handleText(e.target.value)} />
      {parsed.errors.map((e) => <p key={e} className="text-xs text-red-700 dark:text-red-300">{e}</p>)}
    </div>
  )
}
