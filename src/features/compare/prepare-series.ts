import { columnsFromPoints } from '../../api/metric-columns.ts'
import type { MetricPoint } from '../../api/types.ts'
import { toXYColumns, type XAxisMode } from '../../lib/align-series.ts'
import { countNonFinite, sortAndDedupeColumns, type NonFiniteCount, type PointColumns, type Series } from '../../lib/series.ts'
import { smoothEma, smoothGaussian, smoothTimeWeightedEma } from '../../lib/smoothing.ts'
import type { Smoothing } from '../../url/compare-search.ts'

/** One run's metric, ready to draw at full resolution. */
export type PreparedSeries = {
  /** As logged (sorted, one point per x). */
  raw: Series
  /** Smoothed on the full-resolution data; null when smoothing is off. */
  smoothed: Series | null
  nonFinite: NonFiniteCount
  duplicatesRemoved: number
  wasUnsorted: boolean
  /** Every value is finite and equal to the first (more than one point). */
  isConstant: boolean
}

/** Mean spacing between consecutive x values (1 when fewer than two points). */
export function meanSpacing(xs: ArrayLike<number>): number {
  const n = xs.length
  if (n < 2) return 1
  const d = (xs[n - 1] - xs[0]) / (n - 1)
  return d > 0 && Number.isFinite(d) ? d : 1
}

/**
 * Applies the chosen smoothing to full-resolution data (before any downsampling, so the
 * curve does not depend on zoom or screen width). One `weight` in [0, 1) drives all three:
 * - `ema`: TensorBoard's debiased EMA with that weight (index-based);
 * - `twema`: time-weighted EMA whose half-life equals the EMA's at the mean x spacing
 *   (2^(−Δx̄/h) = w), so evenly spaced data looks like `ema`;
 * - `gauss`: σ = Δx̄ · w / (1 − w), the EMA's mean lag in samples, in x units.
 * Weight 0 or `none` → null (nothing to draw twice).
 */
export function smoothSeries(series: Series, smoothing: Smoothing, weight: number): Series | null {
  if (smoothing === 'none' || !(weight > 0)) return null
  const w = Math.min(weight, 0.999)
  const dx = meanSpacing(series.xs)
  if (smoothing === 'ema') return { xs: series.xs, ys: smoothEma(series.ys, w) }
  if (smoothing === 'twema') return { xs: series.xs, ys: smoothTimeWeightedEma(series.xs, series.ys, -dx / Math.log2(w)) }
  return { xs: series.xs, ys: smoothGaussian(series.xs, series.ys, (dx * w) / (1 - w)) }
}

export type PrepareOptions = {
  x: XAxisMode
  /** Origin of the relative-time axis (the run's start time, epoch ms). */
  originMs?: number
  smoothing: Smoothing
  weight: number
}

function isConstantSeries(ys: Float64Array): boolean {
  if (ys.length < 2 || !Number.isFinite(ys[0])) return false
  for (let i = 1; i < ys.length; i++) if (ys[i] !== ys[0]) return false
  return true
}

/**
 * Sort + de-duplicate by step, map to the x axis, smooth. Non-finite values are kept. Columns
 * that are already clean are used as they are (no copy), so never mutate the result.
 */
export function prepareSeries(history: readonly MetricPoint[] | PointColumns, options: PrepareOptions): PreparedSeries {
  const columns = Array.isArray(history) ? columnsFromPoints(history) : (history as PointColumns)
  const { columns: clean, duplicatesRemoved, wasUnsorted } = sortAndDedupeColumns(columns)
  const raw = toXYColumns(clean, options.x, { originMs: options.originMs })
  const nonFinite = countNonFinite(raw.ys)
  return { raw, smoothed: smoothSeries(raw, options.smoothing, options.weight), nonFinite, duplicatesRemoved, wasUnsorted, isConstant: nonFinite.total === 0 && isConstantSeries(raw.ys) }
}

const prepared = new WeakMap<PointColumns, Map<string, PreparedSeries>>()

/**
 * {@link prepareSeries} remembered per history (by identity) and options: a chart re-renders
 * whenever any of its runs' histories arrives, and only the new one needs the work. Entries
 * go away with their history (WeakMap).
 */
export function prepareSeriesCached(history: PointColumns, options: PrepareOptions): PreparedSeries {
  const key = `${options.x}|${options.originMs ?? ''}|${options.smoothing}|${options.weight}`
  let byOptions = prepared.get(history)
  if (!byOptions) prepared.set(history, (byOptions = new Map()))
  let s = byOptions.get(key)
  if (!s) byOptions.set(key, (s = prepareSeries(history, options)))
  return s
}

/** Human summary of NaN/±∞ counts: "25 NaN, 1 +∞"; '' when there are none. */
export function describeNonFinite(c: NonFiniteCount): string {
  const parts: string[] = []
  if (c.nan) parts.push(`${c.nan} NaN`)
  if (c.posInf) parts.push(`${c.posInf} +∞`)
  if (c.negInf) parts.push(`${c.negInf} −∞`)
  return parts.join(', ')
}

/**
 * Plain-language notes about one run's series that a user must know to read the chart right:
 * gaps, single points, constant values, reordering and dropped duplicate steps.
 */
export function seriesNotes(name: string, s: PreparedSeries): string[] {
  const notes: string[] = []
  const n = s.raw.ys.length
  if (n > 0 && s.nonFinite.total === n) notes.push(`${name}: all ${n} values are non-finite (${describeNonFinite(s.nonFinite)}); shown as markers only.`)
  else if (s.nonFinite.total > 0) notes.push(`${name}: ${describeNonFinite(s.nonFinite)}; drawn as gaps with markers on the plot edge.`)
  if (n === 1) notes.push(`${name}: a single point.`)
  else if (s.isConstant) notes.push(`${name}: constant at ${s.raw.ys[0]}.`)
  if (s.wasUnsorted) notes.push(`${name}: points were logged out of step order; sorted by step.`)
  if (s.duplicatesRemoved > 0) notes.push(`${name}: ${s.duplicatesRemoved} duplicate step${s.duplicatesRemoved === 1 ? '' : 's'}; the last logged value is kept.`)
  return notes
}
