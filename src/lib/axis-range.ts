import { visibleRange, type Series } from './series.ts'

/** Options for {@link computeYRange}. */
export type YRangeOptions = {
  /** Only points with x in [xMin, xMax] count (the zoomed window). Default: all. */
  xMin?: number
  xMax?: number
  /**
   * Use the 5th–95th percentile of the visible values instead of min–max. This only changes
   * the axis range; no point is removed (points outside are drawn clipped at the edge).
   */
  ignoreOutliers?: boolean
  /** Axis scale. Default `linear`. */
  scale?: 'linear' | 'log'
  /** Extra room above and below, as a fraction of the span (linear) or of the decades (log). Default 0.05. */
  padding?: number
}

/** A y-axis range plus what was left out of it. */
export type YRange = {
  min: number
  max: number
  /** Visible points that are NaN or ±Infinity (never part of a range). */
  nonFiniteCount: number
  /** Log scale only: visible finite values ≤ 0, which a log axis cannot place. 0 on linear. */
  nonPositiveCount: number
}

/**
 * The y range that fits the visible data of several series.
 *
 * - Only finite values count; NaN/±Infinity are reported in `nonFiniteCount`.
 * - `log` scale: values ≤ 0 have no position on a log axis, so they are **excluded from the
 *   range** and counted in `nonPositiveCount` (the chart cannot draw them; the UI should say so).
 *   Padding is applied in log10 space, so the result stays > 0.
 * - `ignoreOutliers`: percentiles (linear interpolation between order statistics) of all
 *   visible values pooled across series, like TensorBoard.
 * - A constant range (min = max) is padded so the line sits mid-axis: linear ±10% of |v|
 *   (±1 for 0); log ×/÷ √10 (half a decade).
 * - No usable value (empty, all-NaN, or all ≤ 0 on log) → null.
 */
export function computeYRange(series: readonly Series[], options: YRangeOptions = {}): YRange | null {
  const isLog = options.scale === 'log'
  const padding = options.padding ?? 0.05
  let nonFiniteCount = 0
  let nonPositiveCount = 0
  let min = Infinity
  let max = -Infinity
  const kept: number[] = []
  for (const s of series) {
    const [start, end] = visibleRange(s.xs, options.xMin, options.xMax)
    for (let i = start; i < end; i++) {
      const y = s.ys[i]
      if (!Number.isFinite(y)) nonFiniteCount++
      else if (isLog && y <= 0) nonPositiveCount++
      else {
        if (y < min) min = y
        if (y > max) max = y
        if (options.ignoreOutliers) kept.push(y)
      }
    }
  }
  if (min > max) return null
  if (options.ignoreOutliers && kept.length > 0) {
    const sorted = Float64Array.from(kept).sort()
    min = percentileOfSorted(sorted, 0.05)
    max = percentileOfSorted(sorted, 0.95)
  }
  const counts = { nonFiniteCount, nonPositiveCount }
  if (isLog) {
    if (min === max) return { min: min / Math.sqrt(10), max: max * Math.sqrt(10), ...counts }
    const decades = Math.log10(max) - Math.log10(min)
    const f = Math.pow(10, decades * padding)
    return { min: min / f, max: max * f, ...counts }
  }
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1
    return { min: min - pad, max: max + pad, ...counts }
  }
  const pad = (max - min) * padding
  return { min: min - pad, max: max + pad, ...counts }
}

/**
 * The p-quantile (p in [0, 1]) of an ascending array, interpolating linearly between the two
 * nearest order statistics (numpy's default "linear" method). Empty array → NaN.
 */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length
  if (n === 0) return NaN
  const pos = Math.min(1, Math.max(0, p)) * (n - 1)
  const lo = Math.floor(pos)
  const hi = Math.min(n - 1, lo + 1)
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo)
}
