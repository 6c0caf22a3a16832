import { visibleRange } from './series.ts'

/** Options for {@link downsampleMinMax}. */
export type DownsampleOptions = {
  /** Number of horizontal buckets, usually the plot width in pixels (≥ 1; rounded down). */
  buckets: number
  /** Left edge of the visible range (inclusive), in x units. Default: first x. */
  xMin?: number
  /** Right edge of the visible range (inclusive), in x units. Default: last x. */
  xMax?: number
}

/** Output of {@link downsampleMinMax}. */
export type DownsampleResult = {
  /** Kept x values, ascending. */
  xs: Float64Array
  /** Kept y values (NaN/±Infinity kept as gap markers). */
  ys: Float64Array
  /** Points of the input inside the visible range (the "M" in "showing N of M"). */
  sourceCount: number
  /** Points returned (the "N"); equals `sourceCount` when nothing had to be dropped. */
  drawnCount: number
}

/**
 * Min/max bucket downsampling that never hides a spike.
 *
 * The visible range (found by binary search on `xs`, so zooming re-runs it cheaply on the full
 * series) is cut into `buckets` equal-width x buckets. Per bucket we keep, in x order and
 * without duplicates: the first and last finite point, and the finite min and max. A line
 * through those points has the same vertical extent per pixel column as the full data.
 *
 * Non-finite values are never silently dropped: each run of consecutive NaN (or +Inf, or −Inf)
 * points keeps its first and last point, so the gap covers the same x extent. The first and
 * last point of the visible range are always kept.
 *
 * - `xs` ascending and finite; `ys` same length.
 * - If the range holds ≤ 4·buckets points, all of them are returned (nothing to gain).
 * - O(n) in the visible range plus O(log n) to find it. Returns new arrays.
 */
export function downsampleMinMax(
  xs: Float64Array,
  ys: Float64Array,
  options: DownsampleOptions,
): DownsampleResult {
  const buckets = Math.max(1, Math.floor(Number.isFinite(options.buckets) ? options.buckets : 1))
  const [start, end] = visibleRange(xs, options.xMin, options.xMax)
  const sourceCount = end - start
  if (sourceCount <= 4 * buckets) {
    return { xs: xs.slice(start, end), ys: ys.slice(start, end), sourceCount, drawnCount: sourceCount }
  }
  const x0 = options.xMin ?? xs[start]
  const span = (options.xMax ?? xs[end - 1]) - x0
  const scale = span > 0 ? buckets / span : 0

  const keep: number[] = []
  let picks: number[] = [] // indices picked in the current bucket, possibly unordered
  let bucket = -1
  let first = -1
  let last = -1
  let min = -1
  let max = -1

  const flush = () => {
    if (first >= 0) picks.push(first, last, min, max)
    picks.sort((a, b) => a - b)
    for (const i of picks) if (keep.length === 0 || keep[keep.length - 1] < i) keep.push(i)
    picks = []
    first = last = min = max = -1
  }

  for (let i = start; i < end; i++) {
    const b = Math.min(buckets - 1, Math.floor((xs[i] - x0) * scale))
    if (b !== bucket) {
      flush()
      bucket = b
    }
    const y = ys[i]
    if (Number.isFinite(y)) {
      if (first < 0) first = min = max = i
      else if (y < ys[min]) min = i
      else if (y > ys[max]) max = i
      last = i
    } else if (i === start || i === end - 1 || !Object.is(ys[i - 1], y) || !Object.is(ys[i + 1], y)) {
      // First or last of a run of identical non-finite values (Object.is treats NaN as equal).
      picks.push(i)
    }
  }
  flush()
  if (keep[0] !== start) keep.unshift(start)
  if (keep[keep.length - 1] !== end - 1) keep.push(end - 1)

  const outX = new Float64Array(keep.length)
  const outY = new Float64Array(keep.length)
  for (let k = 0; k < keep.length; k++) {
    outX[k] = xs[keep[k]]
    outY[k] = ys[keep[k]]
  }
  return { xs: outX, ys: outY, sourceCount, drawnCount: keep.length }
}
