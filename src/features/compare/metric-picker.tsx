import { useId, useState } from 'react'
import { Button } from '../../components/ui/button.tsx'
import { groupKeysByPrefix } from '../../lib/key-groups.ts'

type MetricPickerProps = {
  /** Every metric key of the compared runs. */
  keys: readonly string[]
  /** Keys that have a chart of their own. */
  charted: ReadonlySet<string>
  onToggle: (key: string, isOn: boolean) => void
}

/** Searchable list of all metric keys, grouped by prefix (`system/`, `val/`…); a tick = a chart. */
export function MetricPicker({ keys, charted, onToggle }: MetricPickerProps) {
  const [isOpen, setIsOpen] = useState(false)
  const [query, setQuery] = useState('')
  const panelId = useId()
  // Only while open: grouping sorts with an ICU collator, whose creation alone took ~20-40 ms of
  // the compare page's first render.
  const groups = isOpen ? groupKeysByPrefix(keys, query) : []
  return (
    <div className="relative">
      <Button size="sm" aria-expanded={isOpen} aria-controls={panelId} onClick={() => setIsOpen((o) => !o)}>
        Metrics ({charted.size}/{keys.length})
      </Button>
      {isOpen && (
        <div id={panelId} role="dialog" aria-label="Choose metrics" className="absolute left-0 z-20 mt-1 w-80 rounded-md border bg-white p-2 shadow-lg dark:bg-slate-900">
          <input
            type="search"
            aria-label="Search metrics"
            placeholder="Search metrics…"
            value={query}
            autoFocus
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setIsOpen(false)}
            className="mb-2 h-8 w-full rounded-md border bg-white px-2 text-sm dark:bg-slate-950"
          />
          <div className="max-h-80 overflow-auto">
            {groups.length === 0 && <p className="p-2 text-sm text-slate-500">No metric matches “{query}”.</p>}
            {groups.map((g) => (
              <fieldset key={g.prefix} className="mb-2">
                <legend className="px-1 text-xs font-semibold text-slate-500 uppercase dark:text-slate-400">{g.prefix || 'metrics'}</legend>
                {g.keys.map((k) => (
                  <label key={k} className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
                    <input type="checkbox" checked={charted.has(k)} onChange={(e) => onToggle(k, e.target.checked)} className="accent-sky-600" />
                    <span className="truncate font-mono text-xs">{k}</span>
                  </label>
                ))}
              </fieldset>
            ))}
          </div>
        </div>
      )}
    </div>
  )
}
