import type { PointColumns, Series, SeriesPoint } from './series.ts'

/**
 * What the x axis measures:
 * - `step`: the logged step;
 * - `wall`: wall-clock time, ms since the Unix epoch;
 * - `relative`: ms since the run's first point (or a given origin, e.g. the run's start time).
 */
export type XAxisMode = 'step' | 'wall' | 'relative'

/** Options for {@link toXY}. */
export type ToXYOptions = {
  /**
   * Origin for `relative` mode, in ms since the epoch. Defaults to the smallest timestamp in
   * `points`. Pass the run's start time so every metric of a run shares one origin.
   */
  originMs?: number
}

/**
 * Turns metric points into a columnar {@link Series} for the given x-axis mode.
 *
 * Input should come from `sortAndDedupe` (ordered by step). In `step` mode the order is kept.
 * In `wall`/`relative` mode the points are re-ordered by time (stable), because a resumed run
 * can log later steps at earlier clock times and every consumer needs ascending x.
 * Values (NaN, ±Infinity included) are copied unchanged. Empty input → empty series.
 */
export function toXY(points: readonly SeriesPoint[], mode: XAxisMode, options: ToXYOptions = {}): Series {
  const n = points.length
  const xs = new Float64Array(n)
  const ys = new Float64Array(n)
  if (mode === 'step') {
    for (let i = 0; i < n; i++) {
      xs[i] = points[i].step
      ys[i] = points[i].value
    }
    return { xs, ys }
  }
  let ordered: readonly SeriesPoint[] = points
  for (let i = 1; i < n; i++) {
    if (points[i].timestamp < points[i - 1].timestamp) {
      ordered = [...points].sort((a, b) => a.timestamp - b.timestamp)
      break
    }
  }
  const origin = mode === 'relative' ? (options.originMs ?? (n > 0 ? ordered[0].timestamp : 0)) : 0
  for (let i = 0; i < n; i++) {
    xs[i] = ordered[i].timestamp - origin
    ys[i] = ordered[i].value
  }
  return { xs, ys }
}

/** Unit for a relative-time axis. */
export type TimeUnit = 's' | 'min' | 'h' | 'd'

/** Milliseconds in one {@link TimeUnit}. */
export const MS_PER_TIME_UNIT: Record<TimeUnit, number> = { s: 1_000, min: 60_000, h: 3_600_000, d: 86_400_000 }

/** A chosen unit plus a formatter for axis ticks and tooltips. */
export type TimeUnitChoice = {
  unit: TimeUnit
  msPerUnit: number
  /** Formats a duration in ms in this unit with ≤ 3 significant digits: `90_000` → `"1.5 min"`. */
  format: (ms: number) => string
}

/**
 * Picks the unit for a relative-time axis spanning `rangeMs` milliseconds, so tick labels
 * stay short: < 2 min → seconds, < 2 h → minutes, < 2 days → hours, otherwise days.
 * Negative, zero or non-finite ranges → seconds.
 */
export function pickTimeUnit(rangeMs: number): TimeUnitChoice {
  const r = Number.isFinite(rangeMs) ? Math.abs(rangeMs) : 0
  const unit: TimeUnit = r < 120_000 ? 's' : r < 7_200_000 ? 'min' : r < 172_800_000 ? 'h' : 'd'
  const msPerUnit = MS_PER_TIME_UNIT[unit]
  return {
    unit,
    msPerUnit,
    format: (ms) => {
      if (!Number.isFinite(ms)) return '—'
      const v = ms / msPerUnit
      // toPrecision(3) then Number() trims trailing zeros; integers ≥ 1000 stay plain.
      const text = Math.abs(v) >= 1000 ? String(Math.round(v)) : String(Number(v.toPrecision(3)))
      return `${text} ${unit}`
    },
  }
}

/** How runs were put on a shared x grid. */
export type AlignMethod = 'exact' | 'interpolate'

/** Several runs on one shared x grid. */
export type AlignedRuns = {
  /** Ascending union of every run's x values. */
  xs: Float64Array
  /** One column per input run, same length as `xs`; NaN where the run has no value. */
  ys: Float64Array[]
  /** Method actually used, so the UI can say "interpolated between logged steps". */
  method: AlignMethod
}

/**
 * Puts several runs on one x grid so they can be aggregated per x.
 *
 * - `exact`: the grid is the union of all x values; a run contributes only where it logged
 *   exactly that x, NaN elsewhere (so per-x counts can vary).
 * - `interpolate`: same union grid, but inside each run's own range `[first x, last x]` a
 *   missing x is filled by **linear interpolation** between the run's two neighbouring
 *   points. Nothing is extrapolated: outside its range a run is NaN. If either neighbour is
 *   non-finite, the interpolated value is NaN (a gap, not an invented number). Points that
 *   exist keep their logged value, NaN/±Infinity included.
 * - `auto` (default): `exact` when every run has the identical x grid (nothing to fill),
 *   otherwise `interpolate`.
 *
 * Each input series must have ascending xs; a repeated x keeps its last value.
 * O(U·R) after an O(N log N) union, with U = grid size, R = runs. No runs → empty grid.
 */
export function alignRuns(
  runs: readonly Series[],
  options: { method?: AlignMethod | 'auto' } = {},
): AlignedRuns {
  const requested = options.method ?? 'auto'
  const method: AlignMethod =
    requested === 'auto' ? (haveSameGrid(runs) ? 'exact' : 'interpolate') : requested
  const xs = unionOfXs(runs)
  const ys = runs.map((run) => (method === 'exact' ? placeExact(run, xs) : placeInterpolated(run, xs)))
  return { xs, ys, method }
}

function haveSameGrid(runs: readonly Series[]): boolean {
  if (runs.length === 0) return true
  const first = runs[0].xs
  return runs.every((r) => r.xs.length === first.length && r.xs.every((x, i) => x === first[i]))
}

function unionOfXs(runs: readonly Series[]): Float64Array {
  let total = 0
  for (const r of runs) total += r.xs.length
  const all = new Float64Array(total)
  let o = 0
  for (const r of runs) {
    all.set(r.xs, o)
    o += r.xs.length
  }
  all.sort()
  let m = 0
  for (let i = 0; i < all.length; i++) {
    if (i === 0 || all[i] !== all[m - 1]) all[m++] = all[i]
  }
  return all.slice(0, m)
}

function placeExact(run: Series, grid: Float64Array): Float64Array {
  const out = new Float64Array(grid.length).fill(NaN)
  let g = 0
  for (let i = 0; i < run.xs.length; i++) {
    while (grid[g] < run.xs[i]) g++
    out[g] = run.ys[i] // a repeated x overwrites: last one wins
  }
  return out
}

function placeInterpolated(run: Series, grid: Float64Array): Float64Array {
  const out = new Float64Array(grid.length).fill(NaN)
  const { xs, ys } = run
  const n = xs.length
  if (n === 0) return out
  let i = 0 // invariant: xs[i] is the first run point with x >= grid[g]
  for (let g = 0; g < grid.length; g++) {
    const x = grid[g]
    if (x < xs[0] || x > xs[n - 1]) continue
    while (xs[i] < x) i++
    let j = i // last point at xs[i]: a repeated x keeps its last value, also as a neighbour
    while (j + 1 < n && xs[j + 1] === xs[i]) j++
    if (xs[i] === x) {
      out[g] = ys[j]
      continue
    }
    const x0 = xs[i - 1]
    const y0 = ys[i - 1]
    const y1 = ys[j]
    out[g] = Number.isFinite(y0) && Number.isFinite(y1) ? y0 + ((y1 - y0) * (x - x0)) / (xs[i] - x0) : NaN
  }
  return out
}

/**
 * {@link toXY} on columns (input ordered by step, e.g. from `sortAndDedupeColumns`). Same
 * rules; without copying where it can: `step` mode, and `wall` mode when timestamps already
 * ascend, return the input columns themselves as `xs`/`ys` (callers must not mutate them).
 */
export function toXYColumns(c: PointColumns, mode: XAxisMode, options: ToXYOptions = {}): Series {
  const n = c.steps.length
  if (mode === 'step') return { xs: c.steps, ys: c.values }
  const t = c.timestamps
  let isAscending = true
  for (let i = 1; i < n && isAscending; i++) if (t[i] < t[i - 1]) isAscending = false
  const origin = mode === 'relative' ? (options.originMs ?? (n > 0 ? minOf(t) : 0)) : 0
  if (isAscending) {
    if (mode === 'wall') return { xs: t, ys: c.values }
    const xs = new Float64Array(n)
    for (let i = 0; i < n; i++) xs[i] = t[i] - origin
    return { xs, ys: c.values }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => t[a] - t[b])
  const xs = new Float64Array(n)
  const ys = new Float64Array(n)
  order.forEach((i, k) => {
    xs[k] = t[i] - origin
    ys[k] = c.values[i]
  })
  return { xs, ys }
}

function minOf(xs: Float64Array): number {
  let m = Infinity
  for (const x of xs) if (x < m) m = x
  return m
}
