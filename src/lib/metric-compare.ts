/**
 * Per-metric comparison of N runs against a baseline (index 0): last / min / max / best step
 * from each run's history, deltas vs the baseline and the best run for a direction.
 */
import { summarizeMetric, type Direction, type MetricSummary } from './metric-stats.ts'
import { sortAndDedupe, type SeriesPoint } from './series.ts'

export type MetricCell = {
  summary: MetricSummary
  /** Last value minus the baseline's last value; null when either is missing or not finite. */
  deltaLast: number | null
  /** `deltaLast` relative to |baseline last|; null when that is 0 or unknown. */
  relativeLast: number | null
  /** True when this run's last value is better than the baseline's for the direction. */
  isImprovement: boolean | null
}

export type MetricComparison = {
  key: string
  direction: Direction
  /** One per run, `null` when the run did not log the metric. */
  cells: (MetricCell | null)[]
  /**
   * Index of the run with the best finite `best` value (earliest run on ties), or null when no
   * value is finite or when every run that has a best value has the same one.
   */
  bestRunIndex: number | null
}

/**
 * Compares one metric across runs. `histories[i]` is run i's history in any order (sorted and
 * de-duplicated here); `undefined` or `[]` means the run lacks the metric. NaN/±Infinity are
 * never "best" and give no delta. The baseline's own delta is 0 when its last value is finite.
 */
export function compareMetric(key: string, histories: readonly (readonly SeriesPoint[] | undefined)[], direction: Direction): MetricComparison {
  const summaries = histories.map((h) => (h && h.length > 0 ? summarizeMetric(sortAndDedupe(h).points, { direction }) : null))
  const baseLast = summaries[0]?.last?.value
  const hasBase = baseLast !== undefined && Number.isFinite(baseLast)
  let bestRunIndex: number | null = null
  let bestValue = 0
  const cells = summaries.map((summary, i): MetricCell | null => {
    if (!summary) return null
    const best = summary.best?.value
    if (best !== undefined && (bestRunIndex === null || (direction === 'min' ? best < bestValue : best > bestValue))) {
      bestRunIndex = i
      bestValue = best
    }
    const last = summary.last?.value
    if (!hasBase || last === undefined || !Number.isFinite(last)) return { summary, deltaLast: null, relativeLast: null, isImprovement: null }
    const deltaLast = last - baseLast
    return {
      summary,
      deltaLast,
      relativeLast: baseLast === 0 ? null : deltaLast / Math.abs(baseLast),
      isImprovement: deltaLast === 0 ? null : direction === 'min' ? deltaLast < 0 : deltaLast > 0,
    }
  })
  // A tie across every run that logged the metric (e.g. `epoch`) singles nobody out.
  const bests = summaries.flatMap((s) => (s?.best ? [s.best.value] : []))
  if (bests.length > 1 && bests.every((v) => v === bests[0])) bestRunIndex = null
  return { key, direction, cells, bestRunIndex }
}

/**
 * Metric keys to compare: the union of the runs' latest-metric keys, `system/` metrics last,
 * each part sorted by key. Duplicates are dropped.
 */
export function metricKeysOf(latest: readonly Readonly<Record<string, unknown>>[]): string[] {
  const keys = new Set<string>()
  for (const m of latest) for (const k of Object.keys(m)) keys.add(k)
  const sys = (k: string) => (k.startsWith('system/') ? 1 : 0)
  return [...keys].sort((a, b) => sys(a) - sys(b) || (a < b ? -1 : a > b ? 1 : 0))
}
