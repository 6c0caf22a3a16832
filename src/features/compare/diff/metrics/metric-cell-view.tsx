import { cn } from '../../../../lib/cn.ts'
import { formatMetricValue } from '../../../../lib/format.ts'
import type { MetricCell } from '../../../../lib/metric-compare.ts'

type MetricCellViewProps = { cell: MetricCell | null; isBaseline: boolean; isBest: boolean }

function signed(v: number): string {
  return v > 0 ? `+${formatMetricValue(v)}` : v < 0 ? `\u2212${formatMetricValue(-v)}` : '±0'
}

/** One run's summary of one metric. */
export function MetricCellView({ cell, isBaseline, isBest }: MetricCellViewProps) {
  if (!cell) return <td className="px-2 py-2 text-xs text-slate-400 italic dark:text-slate-500">not logged</td>
  const { summary: s, deltaLast, relativeLast, isImprovement } = cell
  return (
    <td data-best={isBest || undefined} className={cn('px-2 py-2 align-top', isBest && 'bg-emerald-50 ring-2 ring-emerald-500 ring-inset dark:bg-emerald-950/40')}>
      <div className="flex items-baseline gap-1.5 whitespace-nowrap">
        <span className="font-mono text-sm font-medium text-slate-900 dark:text-slate-100">{s.last ? formatMetricValue(s.last.value) : '—'}</span>
        {!isBaseline && deltaLast !== null && (
          <span className={cn('font-mono text-xs', isImprovement === true ? 'text-emerald-700 dark:text-emerald-400' : isImprovement === false ? 'text-red-700 dark:text-red-400' : 'text-slate-500')}
            title="Last value vs the baseline's last value">
            {signed(deltaLast)}
            {relativeLast !== null && deltaLast !== 0 && ` (${relativeLast > 0 ? '+' : '\u2212'}${Math.abs(relativeLast * 100).toFixed(1)}%)`}
          </span>
        )}
        {isBest && <span className="text-[10px] font-semibold text-emerald-700 uppercase dark:text-emerald-400">best</span>}
      </div>
      <div className="mt-0.5 font-mono text-[11px] whitespace-nowrap text-slate-500 dark:text-slate-400">
        min {s.min ? formatMetricValue(s.min.value) : '—'} · max {s.max ? formatMetricValue(s.max.value) : '—'} · best@{s.best ? s.best.step : '—'}
        {s.nonFiniteCount > 0 && <span className="text-red-600 dark:text-red-400"> · {s.nonFiniteCount} non-finite</span>}
      </div>
    </td>
  )
}
