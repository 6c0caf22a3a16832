import { summarizeMetric } from '../../../lib/metric-stats.ts'
import { sortAndDedupe } from '../../../lib/series.ts'
import { formatMetricValue } from '../../../lib/format.ts'
import { cn } from '../../../lib/cn.ts'
import { metricDeltaRows, type DeltaRow } from '../data/comparison.ts'
import type { PairSide } from '../hooks/use-version-pair.ts'

type MetricDeltasProps = { metric: string; candidate: PairSide; incumbent: PairSide }

const fmt = (v: number | null) => (v === null ? '—' : formatMetricValue(v))
const signed = (v: number | null) => (v === null ? '—' : `${v > 0 ? '+' : ''}${formatMetricValue(v)}`)

/** Final values of the runs' metrics and, for the chosen metric, the best value too. */
export function MetricDeltas({ metric, candidate, incumbent }: MetricDeltasProps) {
  const rows = metricDeltaRows(incumbent.run?.metrics ?? {}, candidate.run?.metrics ?? {}, metric)
  const best = (h: PairSide['history']) => (h?.length ? summarizeMetric(sortAndDedupe(h).points, { metricKey: metric }).best?.value ?? null : null)
  const bi = best(incumbent.history)
  const bc = best(candidate.history)
  const bestRow: DeltaRow | null = bi !== null || bc !== null ? metricDeltaRows({ [metric]: { value: bi ?? Number.NaN } }, { [metric]: { value: bc ?? Number.NaN } }, metric)[0] ?? null : null
  return (
    <table className="w-full text-xs" aria-label="Metric deltas">
      <thead>
        <tr className="text-left text-slate-500 dark:text-slate-400">
          <th className="py-1 font-medium">Metric</th>
          <th className="font-medium">v{incumbent.version?.version}</th>
          <th className="font-medium">v{candidate.version?.version}</th>
          <th className="font-medium">Δ</th>
        </tr>
      </thead>
      <tbody>
        {bestRow && <Row label={`${metric} (best)`} row={{ ...bestRow, incumbent: bi, candidate: bc }} />}
        {rows.map((r) => <Row key={r.key} label={r.key === metric ? `${r.key} (final)` : r.key} row={r} />)}
      </tbody>
    </table>
  )
}

function Row({ label, row }: { label: string; row: DeltaRow }) {
  return (
    <tr className="border-t border-slate-100 dark:border-slate-800">
      <th scope="row" className="py-1 pr-2 text-left font-mono font-normal">{label}</th>
      <td className="tabular-nums">{fmt(row.incumbent)}</td>
      <td className="tabular-nums">{fmt(row.candidate)}</td>
      <td className={cn('tabular-nums', row.isBetter === true && 'text-emerald-700 dark:text-emerald-400', row.isBetter === false && 'text-red-700 dark:text-red-400')}>{signed(row.delta)}</td>
    </tr>
  )
}
