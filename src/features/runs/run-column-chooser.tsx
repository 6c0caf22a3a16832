import { useVirtualizer } from '@tanstack/react-virtual'
import { useDeferredValue, useMemo, useRef, useState } from 'react'
import { Dialog } from '../../components/ui/dialog.tsx'
import { groupKeysByPrefix } from '../../lib/key-groups.ts'
import { ATTRIBUTE_COLUMNS, columnId, type ColumnEntity } from './run-columns.ts'
import type { RunKeys } from './use-run-table-model.ts'

type Item = { type: 'section'; label: string; count: number } | { type: 'group'; label: string; ids: string[] } | { type: 'key'; id: string; label: string; indent: boolean }

const SECTIONS: { entity: Exclude<ColumnEntity, 'attributes'>; label: string }[] = [
  { entity: 'metrics', label: 'Metrics' },
  { entity: 'params', label: 'Params' },
  { entity: 'tags', label: 'Tags' },
]

function buildItems(keys: RunKeys, query: string): Item[] {
  const items: Item[] = []
  const attrs = ATTRIBUTE_COLUMNS.filter((c) => c.label.toLowerCase().includes(query.toLowerCase()) || c.key.includes(query.toLowerCase()))
  if (attrs.length) items.push({ type: 'section', label: 'Attributes', count: attrs.length }, ...attrs.map((c) => ({ type: 'key' as const, id: columnId('attributes', c.key), label: c.label, indent: false })))
  for (const s of SECTIONS) {
    const groups = groupKeysByPrefix(keys[s.entity], query)
    const count = groups.reduce((n, g) => n + g.keys.length, 0)
    if (!count) continue
    items.push({ type: 'section', label: s.label, count })
    for (const g of groups) {
      if (g.prefix) items.push({ type: 'group', label: g.prefix, ids: g.keys.map((k) => columnId(s.entity, k)) })
      for (const k of g.keys) items.push({ type: 'key', id: columnId(s.entity, k), label: k, indent: g.prefix !== '' })
    }
  }
  return items
}

type RunColumnChooserProps = { isOpen: boolean; onClose: () => void; keys: RunKeys; columnIds: string[]; onChange: (ids: string[]) => void }

/** Column picker: searches thousands of keys as you type, grouped by prefix (`model.`, `system/`), virtualised. */
export function RunColumnChooser({ isOpen, onClose, keys, columnIds, onChange }: RunColumnChooserProps) {
  const [query, setQuery] = useState('')
  const deferred = useDeferredValue(query)
  const items = useMemo(() => buildItems(keys, deferred.trim()), [keys, deferred])
  const chosen = useMemo(() => new Set(columnIds), [columnIds])
  const scrollRef = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render on purpose
  const virtualizer = useVirtualizer({ count: items.length, getScrollElement: () => scrollRef.current, estimateSize: () => 28, overscan: 12 })
  const toggle = (id: string) => onChange(chosen.has(id) ? columnIds.filter((c) => c !== id) : [...columnIds, id])
  const setGroup = (ids: string[], on: boolean) => onChange(on ? [...columnIds, ...ids.filter((id) => !chosen.has(id))] : columnIds.filter((c) => !ids.includes(c)))
  return (
    <Dialog isOpen={isOpen} onClose={onClose} title="Columns" description={`${columnIds.length} shown. Keys come from the loaded runs; choices are remembered for this experiment.`} className="w-[36rem]">
      <input type="search" aria-label="Search columns" placeholder="Search keys, e.g. optim lr" value={query} onChange={(e) => setQuery(e.target.value)} autoFocus
        className="h-9 w-full rounded-md border border-slate-300 bg-white px-3 text-sm dark:border-slate-700 dark:bg-slate-900" />
      <div ref={scrollRef} className="h-96 overflow-auto rounded-md border border-slate-200 dark:border-slate-700" role="group" aria-label="Available columns">
        {items.length === 0 && <p className="p-4 text-sm text-slate-500">No key matches “{query}”.</p>}
        <div className="relative" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((v) => {
            const item = items[v.index]
            const style = { transform: `translateY(${v.start}px)`, height: v.size }
            if (item.type === 'section') {
              return <div key={v.key} style={style} className="absolute inset-x-0 flex items-center bg-slate-100 px-3 text-xs font-semibold text-slate-700 uppercase dark:bg-slate-800 dark:text-slate-300">{item.label} ({item.count})</div>
            }
            if (item.type === 'group') {
              const all = item.ids.every((id) => chosen.has(id))
              return (
                <div key={v.key} style={style} className="absolute inset-x-0 flex items-center justify-between px-3 text-sm font-medium">
                  <span className="font-mono">{item.label}* <span className="font-sans text-xs text-slate-500">({item.ids.length})</span></span>
                  <button type="button" className="text-xs text-sky-700 hover:underline dark:text-sky-400" onClick={() => setGroup(item.ids, !all)}>{all ? 'Hide all' : 'Show all'} {item.label}*</button>
                </div>
              )
            }
            return (
              <label key={v.key} style={style} className="absolute inset-x-0 flex cursor-pointer items-center gap-2 px-3 text-sm hover:bg-slate-50 dark:hover:bg-slate-800">
                <input type="checkbox" aria-label={item.id} checked={chosen.has(item.id)} onChange={() => toggle(item.id)} className={item.indent ? 'ml-4' : ''} />
                <span className="truncate font-mono text-xs" title={item.id}>{item.label}</span>
              </label>
            )
          })}
        </div>
      </div>
    </Dialog>
  )
}
