import { useEffect, useRef, useState } from 'react'
import { LIFECYCLE_VIEWS, type LifecycleView } from '../../url/runs-search.ts'
import { parseTagFilter, type ExperimentsSearch } from '../../url/experiments-search.ts'

const SORTS = [
  { value: 'last_update_time:desc', label: 'Recently updated' },
  { value: 'creation_time:desc', label: 'Newest first' },
  { value: 'creation_time:asc', label: 'Oldest first' },
  { value: 'name:asc', label: 'Name A–Z' },
  { value: 'name:desc', label: 'Name Z–A' },
] as const
const VIEW_LABEL: Record<LifecycleView, string> = { active: 'Active', deleted: 'Deleted', all: 'All' }
const field = 'h-9 rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-700 dark:bg-slate-900'

type ExperimentListToolbarProps = { state: ExperimentsSearch; onChange: (next: ExperimentsSearch, options?: { replace?: boolean }) => void }

/** Name search (debounced into the URL), tag filters, sort and lifecycle view of the experiment list. */
export function ExperimentListToolbar({ state, onChange }: ExperimentListToolbarProps) {
  const [name, setName] = useState(state.query)
  const [tagDraft, setTagDraft] = useState('')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  const handleName = (value: string) => {
    setName(value)
    clearTimeout(timer.current)
    // Typing replaces the history entry: Back should not step through every keystroke.
    timer.current = setTimeout(() => onChange({ ...state, query: value.trim(), pageToken: '' }, { replace: true }), 250)
  }
  const addTag = () => {
    const t = parseTagFilter(tagDraft.trim())
    if (!t) return
    onChange({ ...state, tags: [...state.tags.filter((x) => x.key !== t.key), t], pageToken: '' })
    setTagDraft('')
  }
  return (
    <div className="flex flex-wrap items-center gap-2 px-6 pb-3">
      <input type="search" aria-label="Search experiments by name" placeholder="Search by name" value={name} onChange={(e) => handleName(e.target.value)} className={`${field} w-64`} />
      <form className="flex gap-1" onSubmit={(e) => { e.preventDefault(); addTag() }}>
        <input aria-label="Tag filter" placeholder="tag key=value" value={tagDraft} onChange={(e) => setTagDraft(e.target.value)} className={`${field} w-48 font-mono`} />
        <button type="submit" className={`${field} hover:bg-slate-50 dark:hover:bg-slate-800`}>Add filter</button>
      </form>
      {state.tags.map((t) => (
        <span key={`${t.key}=${t.value ?? ''}`} className="inline-flex items-center gap-1 rounded-full bg-slate-100 px-2 py-0.5 font-mono text-xs dark:bg-slate-800">
          {t.value === undefined ? `has ${t.key}` : `${t.key}=${t.value}`}
          <button type="button" aria-label={`Remove tag filter ${t.key}`} onClick={() => onChange({ ...state, tags: state.tags.filter((x) => x !== t), pageToken: '' })} className="px-1 text-slate-500 hover:text-slate-900">×</button>
        </span>
      ))}
      <label className="ml-auto flex items-center gap-1 text-sm">
        Sort
        <select aria-label="Sort experiments" value={`${state.sort.key}:${state.sort.dir}`} className={field}
          onChange={(e) => {
            const [key, dir] = e.target.value.split(':') as [ExperimentsSearch['sort']['key'], 'asc' | 'desc']
            onChange({ ...state, sort: { key, dir }, pageToken: '' })
          }}>
          {SORTS.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
        </select>
      </label>
      <label className="flex items-center gap-1 text-sm">
        Show
        <select aria-label="Lifecycle" value={state.view} onChange={(e) => onChange({ ...state, view: e.target.value as LifecycleView, pageToken: '' })} className={field}>
          {LIFECYCLE_VIEWS.map((v) => <option key={v} value={v}>{VIEW_LABEL[v]}</option>)}
        </select>
      </label>
    </div>
  )
}
