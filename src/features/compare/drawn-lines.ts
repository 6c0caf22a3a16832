import { downsampleMinMax, type DownsampleResult } from '../../lib/downsample.ts'
import type { DownsampleRequest } from '../../lib/downsample-client.ts'
import { visibleRange, type Series } from '../../lib/series.ts'
import { RecentMap } from '../../lib/recent-map.ts'
import type { LineSpec } from './overlay-lines.ts'

/** A series as it goes into the chart: downsampled for the visible range and width. */
export type DrawnLine = {
  id: string
  /** Legend name (shared by a run's raw, smoothed and marker series). */
  name: string
  /** `main`: the line users read; `raw`: faint unsmoothed line behind it; `band`: group band. */
  role: 'main' | 'raw' | 'band'
  spec: LineSpec
  xs: Float64Array
  ys: Float64Array
  /** Band only: bottom and top, same length as `xs`. */
  lower?: Float64Array
  upper?: Float64Array
  /** Points of the full series in the visible range / points kept. */
  sourceCount: number
  drawnCount: number
}

export type DrawWindow = {
  /** Horizontal buckets, usually the plot width in CSS pixels. */
  buckets: number
  xMin?: number
  xMax?: number
  /** A log x axis cannot place x ≤ 0: those points are left out (and counted by the caller). */
  logX?: boolean
}

function effectiveMin(w: DrawWindow): number | undefined {
  if (!w.logX) return w.xMin
  return Math.max(w.xMin ?? Number.MIN_VALUE, Number.MIN_VALUE)
}

/**
 * The window widened to the nearest point just outside it on each side, so a zoomed line runs
 * to the plot edge instead of stopping at its first point inside (never past x ≤ 0 on log x).
 */
export function paddedWindow(xs: Float64Array, w: DrawWindow): { xMin?: number; xMax?: number } {
  const xMin = effectiveMin(w)
  const [start, end] = visibleRange(xs, xMin, w.xMax)
  const before = start > 0 && xMin !== undefined && !(w.logX && xs[start - 1] <= 0) ? xs[start - 1] : xMin
  const after = end < xs.length && w.xMax !== undefined ? xs[end] : w.xMax
  return { xMin: before, xMax: after }
}

/** The series that need min/max downsampling, in a fixed order (main, then raw when smoothed). */
export function downsampleJobs(lines: readonly LineSpec[], w: DrawWindow): DownsampleRequest[] {
  const job = (s: Series): DownsampleRequest => ({ ...s, options: { buckets: w.buckets, ...paddedWindow(s.xs, w) } })
  const jobs: DownsampleRequest[] = []
  for (const line of lines) {
    if (line.kind === 'group') {
      jobs.push(job(line.center))
      continue
    }
    jobs.push(job(line.smoothed ?? line.raw))
    if (line.smoothed) jobs.push(job(line.raw))
  }
  return jobs
}

/**
 * Per-bucket envelope of a band: for each x bucket the lowest `lower` and highest `upper`, at
 * the bucket's first x. A band is never narrower on screen than in the data.
 */
export function bandEnvelope(xs: Float64Array, lower: Float64Array, upper: Float64Array, w: DrawWindow): { xs: Float64Array; lower: Float64Array; upper: Float64Array } {
  const [start, end] = visibleRange(xs, effectiveMin(w), w.xMax)
  const buckets = Math.max(1, Math.floor(w.buckets))
  if (end - start <= 2 * buckets) return { xs: xs.slice(start, end), lower: lower.slice(start, end), upper: upper.slice(start, end) }
  const x0 = xs[start]
  const span = xs[end - 1] - x0 || 1
  const ox: number[] = []
  const ol: number[] = []
  const ou: number[] = []
  let bucket = -1
  for (let i = start; i < end; i++) {
    const b = Math.min(buckets - 1, Math.floor(((xs[i] - x0) / span) * buckets))
    if (b !== bucket) {
      bucket = b
      ox.push(xs[i])
      ol.push(lower[i])
      ou.push(upper[i])
      continue
    }
    const k = ox.length - 1
    // A NaN anywhere in the bucket keeps the gap visible rather than bridging it.
    ol[k] = Number.isNaN(lower[i]) || Number.isNaN(ol[k]) ? NaN : Math.min(ol[k], lower[i])
    ou[k] = Number.isNaN(upper[i]) || Number.isNaN(ou[k]) ? NaN : Math.max(ou[k], upper[i])
  }
  return { xs: Float64Array.from(ox), lower: Float64Array.from(ol), upper: Float64Array.from(ou) }
}

/** Puts downsampling results (in `downsampleJobs` order) back onto their lines. */
export function assembleDrawn(lines: readonly LineSpec[], results: readonly DownsampleResult[], w: DrawWindow): DrawnLine[] {
  const out: DrawnLine[] = []
  let k = 0
  const take = (spec: LineSpec, role: DrawnLine['role'], suffix: string) => {
    const r = results[k++]
    out.push({ id: spec.id + suffix, name: spec.name, role, spec, xs: r.xs, ys: r.ys, sourceCount: r.sourceCount, drawnCount: r.drawnCount })
  }
  for (const line of lines) {
    if (line.kind === 'group') {
      take(line, 'main', '')
      if (line.upper.some((v) => !Number.isNaN(v))) {
        const env = bandEnvelope(line.center.xs, line.lower, line.upper, { ...w, ...paddedWindow(line.center.xs, w) })
        out.push({ id: `${line.id}:band`, name: line.name, role: 'band', spec: line, xs: env.xs, ys: env.upper, lower: env.lower, upper: env.upper, sourceCount: 0, drawnCount: 0 })
      }
      continue
    }
    take(line, 'main', '')
    if (line.smoothed) take(line, 'raw', ':raw')
  }
  return out
}

/** Synchronous downsampling of every line (fine below a few hundred thousand points). */
export function drawLines(lines: readonly LineSpec[], w: DrawWindow): DrawnLine[] {
  const results = downsampleJobs(lines, w).map((j) => downsampleMinMax(j.xs, j.ys, j.options))
  return assembleDrawn(lines, results, w)
}

/**
 * True when two line lists would draw the same thing: same lines in the same order, with the
 * very same data arrays (series come from a per-history cache, so equal data is the same
 * object). A URL change that leaves the data alone (a zoom) rebuilds the list; this lets the
 * chart keep the old one and skip a second downsampling round and redraw.
 */
export function sameLines(a: readonly LineSpec[], b: readonly LineSpec[]): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const p = a[i]
    const q = b[i]
    if (p.id !== q.id || p.name !== q.name || p.color !== q.color || p.nonFinite.total !== q.nonFinite.total) return false
    if (p.kind === 'run' && q.kind === 'run') {
      if (p.raw !== q.raw || p.smoothed !== q.smoothed || p.isBaseline !== q.isBaseline || p.metricIndex !== q.metricIndex) return false
    } else if (p.kind === 'group' && q.kind === 'group') {
      if (p.center.xs !== q.center.xs || p.center.ys !== q.center.ys || p.lower !== q.lower || p.upper !== q.upper) return false
    } else return false
  }
  return true
}

/**
 * The last few drawings of one chart, by draw window, for one list of lines: zooming back to a
 * window seen before (most often the full range) redraws at once, without a worker round trip.
 * A different list of lines (new data, settings) empties it. Oldest window goes first.
 */
export class DrawnCache<T> {
  private lines: readonly LineSpec[] | null = null
  private readonly byWindow: RecentMap<string, T>
  constructor(capacity = 4) {
    this.byWindow = new RecentMap(capacity)
  }

  get(lines: readonly LineSpec[], windowKey: string): T | undefined {
    return lines === this.lines ? this.byWindow.get(windowKey) : undefined
  }

  set(lines: readonly LineSpec[], windowKey: string, value: T): void {
    if (lines !== this.lines) {
      this.lines = lines
      this.byWindow.clear()
    }
    this.byWindow.set(windowKey, value)
  }
}

/** Points of full-resolution data with x ≤ 0, which a log x axis cannot show. */
export function countNonPositiveX(series: readonly Series[]): number {
  let n = 0
  for (const s of series) for (let i = 0; i < s.xs.length && s.xs[i] <= 0; i++) n++
  return n
}

/** "N of M points drawn" over the main lines. */
export function pointCounts(drawn: readonly DrawnLine[]): { drawn: number; total: number } {
  let d = 0
  let t = 0
  for (const line of drawn) {
    if (line.role !== 'main') continue
    d += line.drawnCount
    t += line.sourceCount
  }
  return { drawn: d, total: t }
}
