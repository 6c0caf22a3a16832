/**
 * Geometry of the small metric sparklines on the run page: a history reduced to at most a
 * few points per pixel column (min/max buckets, so spikes survive) and scaled into a box.
 */
import type { MetricPoint } from '../../../api/types.ts'
import { downsampleMinMax } from '../../../lib/downsample.ts'
import { sortAndDedupe } from '../../../lib/series.ts'

export type SparklineGeometry = {
  /** Runs of consecutive finite points as SVG `points` strings; NaN/±Inf break the line. */
  segments: string[]
  /** Single finite points between gaps (drawn as dots; a one-point polyline is invisible). */
  dots: Array<{ x: number; y: number }>
  /** Points in the (deduplicated) history. */
  count: number
  /** Points whose value is NaN or ±Infinity. */
  nonFinite: number
}

const round = (v: number) => Math.round(v * 10) / 10

/**
 * Scales a metric history into a `width` × `height` box (SVG user units, y pointing down,
 * `pad` units kept free on every side so the stroke is not clipped). x is the step; y spans the
 * finite min..max (a constant series sits in the middle). Points are sorted and deduplicated by
 * step first, then cut to about 4 per horizontal unit. Empty input → no segments.
 */
export function sparklineGeometry(history: readonly MetricPoint[], width: number, height: number, pad = 1): SparklineGeometry {
  const { points } = sortAndDedupe(history)
  const xs = Float64Array.from(points, (p) => p.step)
  const ys = Float64Array.from(points, (p) => p.value)
  const nonFinite = points.reduce((n, p) => n + (Number.isFinite(p.value) ? 0 : 1), 0)
  const sampled = downsampleMinMax(xs, ys, { buckets: Math.max(1, Math.floor(width)) })
  let lo = Infinity
  let hi = -Infinity
  for (const y of sampled.ys) {
    if (!Number.isFinite(y)) continue
    lo = Math.min(lo, y)
    hi = Math.max(hi, y)
  }
  const x0 = sampled.xs[0] ?? 0
  const xSpan = (sampled.xs[sampled.xs.length - 1] ?? 0) - x0
  const innerW = Math.max(0, width - 2 * pad)
  const innerH = Math.max(0, height - 2 * pad)
  const sx = (x: number) => round(pad + (xSpan > 0 ? ((x - x0) / xSpan) * innerW : innerW / 2))
  const sy = (y: number) => round(pad + (hi > lo ? (1 - (y - lo) / (hi - lo)) * innerH : innerH / 2))

  const segments: string[] = []
  const dots: Array<{ x: number; y: number }> = []
  let run: Array<[number, number]> = []
  const flush = () => {
    if (run.length === 1) dots.push({ x: run[0][0], y: run[0][1] })
    else if (run.length > 1) segments.push(run.map(([x, y]) => `${x},${y}`).join(' '))
    run = []
  }
  for (let i = 0; i < sampled.xs.length; i++) {
    const y = sampled.ys[i]
    if (Number.isFinite(y)) run.push([sx(sampled.xs[i]), sy(y)])
    else flush()
  }
  flush()
  return { segments, dots, count: points.length, nonFinite }
}
