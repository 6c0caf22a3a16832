import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { Button } from '../../components/ui/button.tsx'
import { cn } from '../../lib/cn.ts'
import { filterKeyCompletions, type Completions, type FilterKeys } from '../../lib/filter-completions.ts'
import { LIFECYCLE_VIEWS, type LifecycleView } from '../../url/runs-search.ts'

const VIEW_LABEL: Record<LifecycleView, string> = { active: 'Active runs', deleted: 'Deleted runs', all: 'All runs' }
const NO_COMPLETIONS: Completions = { from: 0, to: 0, items: [] }

type RunFilterBarProps = {
  query: string
  view: LifecycleView
  keys: FilterKeys
  onQueryChange: (query: string) => void
  onViewChange: (view: LifecycleView) => void
  /** Shown under the box: a syntax or server error, marked invalid. */
  error?: string
}

/**
 * The run filter: MLflow syntax verbatim (plus OR/parentheses), applied on Enter. Suggests
 * `params.`/`metrics.`/`tags.`/`attributes.` keys at the cursor, back-quoted when needed.
 * Keyed by the applied query in the parent, so a URL change resets the draft.
 */
export function RunFilterBar({ query, view, keys, onQueryChange, onViewChange, error }: RunFilterBarProps) {
  const [draft, setDraft] = useState(query)
  const [completions, setCompletions] = useState<Completions>(NO_COMPLETIONS)
  const [active, setActive] = useState(0)
  const inputRef = useRef<HTMLInputElement>(null)
  const listId = useId()
  const errorId = useId()
  const isOpen = completions.items.length > 0

  const suggest = (text: string, cursor: number) => {
    setCompletions(filterKeyCompletions(text, cursor, keys, 12))
    setActive(0)
  }
  const accept = (index: number) => {
    const item = completions.items[index]
    if (!item) return
    const next = draft.slice(0, completions.from) + item.insert + draft.slice(completions.to)
    const cursor = completions.from + item.insert.length
    setDraft(next)
    setCompletions(NO_COMPLETIONS)
    requestAnimationFrame(() => inputRef.current?.setSelectionRange(cursor, cursor))
  }
  const handleKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (isOpen && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault()
      setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : -1) + completions.items.length) % completions.items.length)
    } else if (isOpen && (e.key === 'Tab' || (e.key === 'Enter' && completions.items[active]?.kind === 'prefix'))) {
      e.preventDefault()
      accept(active)
    } else if (e.key === 'Escape') setCompletions(NO_COMPLETIONS)
    else if (e.key === 'Enter') {
      setCompletions(NO_COMPLETIONS)
      onQueryChange(draft.trim())
    }
  }
  return (
    <div className="flex flex-wrap items-start gap-2 px-6 pb-2">
      <div className="relative min-w-80 flex-1">
        <input
          ref={inputRef}
          role="combobox"
          aria-label="Filter runs"
          aria-expanded={isOpen}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          aria-activedescendant={isOpen ? `${listId}-${active}` : undefined}
          value={draft}
          placeholder="metrics.val_mAP > 0.5 AND params.optimizer = 'adamw'   (OR and parentheses work too)"
          spellCheck={false}
          onChange={(e) => {
            setDraft(e.target.value)
            suggest(e.target.value, e.target.selectionStart ?? e.target.value.length)
          }}
          onKeyDown={handleKeyDown}
          onBlur={() => setCompletions(NO_COMPLETIONS)}
          className={cn('h-9 w-full rounded-md border bg-white px-3 font-mono text-sm dark:bg-slate-900', error ? 'border-red-500' : 'border-slate-300 dark:border-slate-700')}
        />
        {isOpen && (
          <ul id={listId} role="listbox" aria-label="Filter suggestions" className="absolute top-full z-30 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900">
            {completions.items.map((item, i) => (
              <li key={`${item.kind}:${item.insert}`} id={`${listId}-${i}`} role="option" aria-selected={i === active} onMouseDown={(e) => { e.preventDefault(); accept(i) }}
                className={cn('flex cursor-pointer justify-between gap-2 px-3 py-1 font-mono', i === active && 'bg-sky-100 dark:bg-sky-900')}>
                <span className="truncate">{item.insert}</span>
                <span className="text-xs text-slate-500">{item.kind}</span>
              </li>
            ))}
          </ul>
        )}
        {error && <p id={errorId} role="alert" className="mt-1 text-sm break-words text-red-700 dark:text-red-400">{error}</p>}
      </div>
      <Button onClick={() => onQueryChange(draft.trim())}>Search</Button>
      {query && <Button variant="ghost" onClick={() => { setDraft(''); onQueryChange('') }}>Clear</Button>}
      <label className="sr-only" htmlFor={`${listId}-view`}>Lifecycle</label>
      <select id={`${listId}-view`} value={view} onChange={(e) => onViewChange(e.target.value as LifecycleView)} className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-700 dark:bg-slate-900">
        {LIFECYCLE_VIEWS.map((v) => <option key={v} value={v}>{VIEW_LABEL[v]}</option>)}
      </select>
    </div>
  )
}
