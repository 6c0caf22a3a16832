/**
 * One logged metric value as MLflow returns it.
 * - `step`: integer step (MLflow defaults a missing step to 0).
 * - `timestamp`: wall-clock time in ms since the Unix epoch.
 * - `value`: may be NaN, +Infinity or -Infinity (MLflow stores ±Number.MAX_VALUE for ±Inf;
 *   the API layer maps those back to ±Infinity before they reach here).
 */
export type SeriesPoint = { step: number; timestamp: number; value: number }

/**
 * The columnar series every chart function works on: `xs[i]` and `ys[i]` form one point.
 *
 * We use `Float64Array` columns rather than arrays of `{x, y}` objects because the chart
 * pipeline (smoothing, downsampling, aggregation) touches up to millions of points: typed
 * arrays avoid one object per point, are cache-friendly, and can be transferred to a Web
 * Worker without copying. Invariants every producer in `lib/` keeps:
 * - `xs.length === ys.length`;
 * - `xs` is sorted ascending (non-decreasing) and finite;
 * - `ys` may hold NaN and ±Infinity; functions pass them through or say otherwise.
 */
export type Series = { xs: Float64Array; ys: Float64Array }

/** Result of {@link sortAndDedupe}. */
export type SortAndDedupeResult = {
  /** Points sorted by step ascending; one point per step. */
  points: SeriesPoint[]
  /** How many points were dropped because another point had the same step. */
  duplicatesRemoved: number
  /** True when the input was not already ordered by (step, timestamp). */
  wasUnsorted: boolean
}

/**
 * Orders metric points by step (ties by timestamp) and keeps one point per step.
 *
 * Duplicate steps happen when a script logs the same step twice (resumed runs, retries).
 * We keep the **last logged** one: the greatest timestamp, and for equal timestamps the one
 * that came later in the input (MLflow returns history in insertion order). The number of
 * dropped points is returned so the UI can say "3 duplicate steps hidden".
 *
 * O(n log n); returns a new array and never mutates the input. Empty input → empty output.
 */
export function sortAndDedupe(points: readonly SeriesPoint[]): SortAndDedupeResult {
  let wasUnsorted = false
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]
    const b = points[i]
    if (b.step < a.step || (b.step === a.step && b.timestamp < a.timestamp)) {
      wasUnsorted = true
      break
    }
  }
  // Array.prototype.sort is stable, so equal (step, timestamp) keep input order.
  const sorted = wasUnsorted
    ? [...points].sort((a, b) => a.step - b.step || a.timestamp - b.timestamp)
    : [...points]
  const out: SeriesPoint[] = []
  for (let i = 0; i < sorted.length; i++) {
    const next = sorted[i + 1]
    if (next !== undefined && next.step === sorted[i].step) continue
    out.push(sorted[i])
  }
  return { points: out, duplicatesRemoved: sorted.length - out.length, wasUnsorted }
}

/** Counts of non-finite values, by kind. */
export type NonFiniteCount = { total: number; nan: number; posInf: number; negInf: number }

/**
 * Counts NaN, +Infinity and -Infinity values in `ys` (O(n)). Charts use it to label
 * "2 NaN values" instead of silently drawing gaps. Empty input → all zeros.
 */
export function countNonFinite(ys: ArrayLike<number>): NonFiniteCount {
  let nan = 0
  let posInf = 0
  let negInf = 0
  for (let i = 0; i < ys.length; i++) {
    const y = ys[i]
    if (Number.isNaN(y)) nan++
    else if (y === Infinity) posInf++
    else if (y === -Infinity) negInf++
  }
  return { total: nan + posInf + negInf, nan, posInf, negInf }
}

/**
 * Builds a {@link Series} from parallel plain arrays (handy in tests and for small data).
 * Throws a RangeError if the lengths differ.
 */
export function seriesOf(xs: ArrayLike<number>, ys: ArrayLike<number>): Series {
  if (xs.length !== ys.length) throw new RangeError(`xs has ${xs.length} values, ys has ${ys.length}`)
  return { xs: Float64Array.from(xs), ys: Float64Array.from(ys) }
}

/** An empty series (zero-length columns). */
export function emptySeries(): Series {
  return { xs: new Float64Array(0), ys: new Float64Array(0) }
}

/**
 * First index `i` with `xs[i] >= x` in an ascending array (binary search, O(log n)).
 * Returns `xs.length` when every value is smaller. NaN `x` returns `xs.length`.
 */
export function lowerBound(xs: ArrayLike<number>, x: number): number {
  let lo = 0
  let hi = xs.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (xs[mid] < x) lo = mid + 1
    else hi = mid
  }
  return Number.isNaN(x) ? xs.length : lo
}

/**
 * First index `i` with `xs[i] > x` in an ascending array (binary search, O(log n)).
 * Returns `xs.length` when no value is greater. NaN `x` returns `xs.length`.
 */
export function upperBound(xs: ArrayLike<number>, x: number): number {
  let lo = 0
  let hi = xs.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (xs[mid] <= x) lo = mid + 1
    else hi = mid
  }
  return Number.isNaN(x) ? xs.length : lo
}

/**
 * Index range `[start, end)` of the points whose x lies in `[xMin, xMax]` (inclusive).
 * Missing bounds mean "unbounded". An inverted range (`xMin > xMax`) is empty.
 */
export function visibleRange(xs: ArrayLike<number>, xMin?: number, xMax?: number): [number, number] {
  const start = xMin === undefined ? 0 : lowerBound(xs, xMin)
  const end = xMax === undefined ? xs.length : upperBound(xs, xMax)
  return end < start ? [start, start] : [start, end]
}

/**
 * One metric history in columns (`steps[i]`, `timestamps[i]`, `values[i]` = point i), the
 * columnar twin of `SeriesPoint[]` used for long histories. Producers never mutate the arrays
 * once shared, so functions here may return them as they are.
 */
export type PointColumns = { steps: Float64Array; timestamps: Float64Array; values: Float64Array }

/** Result of {@link sortAndDedupeColumns}. */
export type SortAndDedupeColumnsResult = { columns: PointColumns; duplicatesRemoved: number; wasUnsorted: boolean }

/**
 * {@link sortAndDedupe} on columns, with the same rules (order by step then timestamp, stable;
 * one point per step, the last logged kept). When the input is already ordered with no
 * repeated step, which is the common case, the very same columns are returned (no copy).
 * O(n) then, O(n log n) otherwise.
 */
export function sortAndDedupeColumns(c: PointColumns): SortAndDedupeColumnsResult {
  const { steps, timestamps } = c
  const n = steps.length
  let wasUnsorted = false
  let hasDuplicates = false
  for (let i = 1; i < n; i++) {
    if (steps[i] < steps[i - 1] || (steps[i] === steps[i - 1] && timestamps[i] < timestamps[i - 1])) {
      wasUnsorted = true
      break
    }
    if (steps[i] === steps[i - 1]) hasDuplicates = true
  }
  if (!wasUnsorted && !hasDuplicates) return { columns: c, duplicatesRemoved: 0, wasUnsorted: false }
  const order = Array.from({ length: n }, (_, i) => i)
  // Array.prototype.sort is stable, so equal (step, timestamp) keep input order.
  if (wasUnsorted) order.sort((a, b) => steps[a] - steps[b] || timestamps[a] - timestamps[b])
  const keep: number[] = []
  for (let k = 0; k < n; k++) {
    const next = order[k + 1]
    if (next !== undefined && steps[next] === steps[order[k]]) continue
    keep.push(order[k])
  }
  const out = { steps: new Float64Array(keep.length), timestamps: new Float64Array(keep.length), values: new Float64Array(keep.length) }
  keep.forEach((i, k) => {
    out.steps[k] = steps[i]
    out.timestamps[k] = timestamps[i]
    out.values[k] = c.values[i]
  })
  return { columns: out, duplicatesRemoved: n - keep.length, wasUnsorted }
}
