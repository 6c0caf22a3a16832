import { Menu, MenuItem } from '../../components/ui/menu.tsx'
import { cn } from '../../lib/cn.ts'
import { parseColumnId, sortKeyFor } from './run-columns.ts'
import { useRunTableActions } from './run-table-context.ts'
import { useColumnDrag } from './use-column-drag.ts'
import type { MetricAgg } from './use-runs-table-prefs.ts'

const AGG_LABEL = { last: 'last', min: 'min', max: 'max', step: 'step' } as const

type RunColumnHeaderProps = {
  columnId: string
  label: string
  isPinned: boolean
  /** False for the run name column, which always leads. */
  isMovable?: boolean
}

/**
 * Header cell: sort button (shift-click adds a key), a menu to pin, move, remove and aggregate,
 * and drag and drop onto another header of the same region (pinned or not) to reorder.
 */
export function RunColumnHeader({ columnId, label, isPinned, isMovable = true }: RunColumnHeaderProps) {
  const a = useRunTableActions()
  const { dragProps, dropPlace } = useColumnDrag(columnId, isPinned, isMovable)
  const ref = parseColumnId(columnId)
  const sortKey = sortKeyFor(columnId)
  const index = sortKey ? a.sort.findIndex((s) => s.key === sortKey) : -1
  const dir = index >= 0 ? a.sort[index].dir : undefined
  const agg: MetricAgg = ref?.entity === 'metrics' ? (a.metricAgg[ref.key] ?? { kind: 'last' }) : { kind: 'last' }
  const suffix = agg.kind === 'last' ? '' : agg.kind === 'step' ? ` @${agg.step}` : ` (${AGG_LABEL[agg.kind]})`
  const fullLabel = `${label}${suffix}`
  const isBrowser = sortKey !== undefined && dir !== undefined && a.isBrowserSort(sortKey)
  return (
    // -mx-2 px-2: the drop target covers the header cell's padding too.
    <div className={cn('relative -mx-2 flex h-full min-w-0 flex-1 items-center gap-1 px-2', isMovable && 'cursor-grab')} {...dragProps}>
      {dropPlace && <span aria-hidden className={cn('pointer-events-none absolute inset-y-1 w-0.5 bg-sky-500', dropPlace === 'before' ? 'left-0' : 'right-0')} />}
      {sortKey ? (
        <button type="button" onClick={(e) => a.toggleSort(sortKey, e.shiftKey)} title={`${columnId}${isBrowser ? ' — sorted in the browser over loaded runs' : ''}`}
          className={cn('flex min-w-0 flex-1 items-center gap-1 text-left hover:text-slate-900 dark:hover:text-white', dir && 'text-slate-900 dark:text-white')}>
          <span className="truncate">{fullLabel}</span>
          {dir && <span aria-hidden>{dir === 'asc' ? '▲' : '▼'}{a.sort.length > 1 ? index + 1 : ''}</span>}
          {isBrowser && <span className="flex-none rounded bg-amber-100 px-1 text-[10px] text-amber-900 dark:bg-amber-950 dark:text-amber-300">browser sort</span>}
        </button>
      ) : (
        <span className="min-w-0 flex-1 truncate" title={columnId}>{fullLabel}</span>
      )}
      <Menu label={`Column ${fullLabel} options`}>
        {(close) => (
          <>
            <MenuItem onSelect={() => { a.pinColumn(columnId, !isPinned); close() }}>{isPinned ? 'Unpin' : 'Pin left'}</MenuItem>
            <MenuItem onSelect={() => { a.moveColumn(columnId, -1); close() }}>Move left</MenuItem>
            <MenuItem onSelect={() => { a.moveColumn(columnId, 1); close() }}>Move right</MenuItem>
            <MenuItem onSelect={() => { a.removeColumn(columnId); close() }}>Hide column</MenuItem>
            {ref?.entity === 'metrics' && <MetricAggItems metricKey={ref.key} agg={agg} onDone={close} />}
          </>
        )}
      </Menu>
    </div>
  )
}

type MetricAggItemsProps = { metricKey: string; agg: MetricAgg; onDone: () => void }

function MetricAggItems({ metricKey, agg, onDone }: MetricAggItemsProps) {
  const { setMetricAgg } = useRunTableActions()
  const set = (next: MetricAgg) => {
    setMetricAgg(metricKey, next)
    onDone()
  }
  return (
    <div role="group" aria-label="Show" className="mt-1 border-t border-slate-200 pt-1 dark:border-slate-700">
      <MenuItem isChecked={agg.kind === 'last'} onSelect={() => set({ kind: 'last' })}>Last value</MenuItem>
      <MenuItem isChecked={agg.kind === 'min'} onSelect={() => set({ kind: 'min' })}>Minimum</MenuItem>
      <MenuItem isChecked={agg.kind === 'max'} onSelect={() => set({ kind: 'max' })}>Maximum</MenuItem>
      <form className="flex items-center gap-1 px-3 py-1.5" onSubmit={(e) => {
        e.preventDefault()
        const step = Number(new FormData(e.currentTarget).get('step'))
        if (Number.isInteger(step) && step >= 0) set({ kind: 'step', step })
      }}>
        <label className="flex items-center gap-1">
          At step
          <input name="step" type="number" min={0} step={1} defaultValue={agg.kind === 'step' ? agg.step : ''} className="w-20 rounded border border-slate-300 px-1 dark:border-slate-600 dark:bg-slate-800" />
        </label>
        <button type="submit" className="rounded px-1 text-sky-700 hover:bg-slate-100 dark:text-sky-400 dark:hover:bg-slate-800">Apply</button>
      </form>
    </div>
  )
}
