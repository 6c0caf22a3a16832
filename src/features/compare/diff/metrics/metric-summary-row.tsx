import { Skeleton } from '../../../../components/ui/skeleton.tsx'
import type { Direction } from '../../../../lib/metric-stats.ts'
import { PanelError } from '../../../../components/errors/panel-error.tsx'
import { MetricCellView } from './metric-cell-view.tsx'
import type { MetricRowState } from './use-metric-comparisons.ts'

type MetricSummaryRowProps = { row: MetricRowState; runCount: number; onDirectionChange: (d: Direction) => void }

/** One metric: its name with the better-direction switch, then a cell per run. */
export function MetricSummaryRow({ row, runCount, onDirectionChange }: MetricSummaryRowProps) {
  const isMin = row.direction === 'min'
  return (
    <tr className="border-t border-slate-100 align-top dark:border-slate-800">
      <th scope="row" className="sticky left-0 z-[1] bg-white px-2 py-2 text-left font-mono text-xs font-normal dark:bg-slate-950">
        <div className="flex items-center gap-2">
          <span className="text-slate-900 dark:text-slate-100">{row.key}</span>
          <button type="button" onClick={() => onDirectionChange(isMin ? 'max' : 'min')} aria-label={`${row.key}: ${isMin ? 'lower' : 'higher'} is better (switch)`}
            title={isMin ? 'Lower is better; click for higher' : 'Higher is better; click for lower'}
            className="rounded border border-slate-300 px-1 text-slate-600 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-300 dark:hover:bg-slate-800">
            {isMin ? '↓' : '↑'}
          </button>
        </div>
      </th>
      {row.error ? (
        <td colSpan={runCount} className="px-2 py-2">
          <PanelError error={row.error} what={`history of ${row.key}`} onRetry={row.refetch} />
        </td>
      ) : !row.comparison ? (
        Array.from({ length: runCount }, (_, i) => (
          <td key={i} className="px-2 py-2">
            <Skeleton className="h-8 w-32" label={i === 0 ? `Loading ${row.key}` : undefined} />
          </td>
        ))
      ) : (
        row.comparison.cells.map((cell, i) => <MetricCellView key={i} cell={cell} isBaseline={i === 0} isBest={row.comparison?.bestRunIndex === i} />)
      )}
    </tr>
  )
}
