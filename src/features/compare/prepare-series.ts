import type { MetricPoint } from '../../api/types.ts'
import { toXY, type XAxisMode } from '../../lib/align-series.ts'
import { countNonFinite, sortAndDedupe, type NonFiniteCount, type Series } from '../../lib/series.ts'
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

/** Sort + de-duplicate by step, map to the x axis, smooth. Non-finite values are kept. */
export function prepareSeries(points: readonly MetricPoint[], options: PrepareOptions): PreparedSeries {
  const { points: clean, duplicatesRemoved, wasUnsorted } = sortAndDedupe(points)
  const raw = toXY(clean, options.x, { originMs: options.originMs })
  return { raw, smoothed: smoothSeries(raw, options.smoothing, options.weight), nonFinite: countNonFinite(raw.ys), duplicatesRemoved, wasUnsorted }
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
  else if (n > 1 && s.nonFinite.total === 0 && s.raw.ys.every((y) => y === s.raw.ys[0])) notes.push(`${name}: constant at ${s.raw.ys[0]}.`)
  if (s.wasUnsorted) notes.push(`${name}: points were logged out of step order; sorted by step.`)
  if (s.duplicatesRemoved > 0) notes.push(`${name}: ${s.duplicatesRemoved} duplicate step${s.duplicatesRemoved === 1 ? '' : 's'}; the last logged value is kept.`)
  return notes
}
