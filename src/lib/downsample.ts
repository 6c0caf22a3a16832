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
  const last = buckets - 1

  // One flat pass (a zoom re-runs this on every visible point of every series): no closures,
  // no per-bucket arrays. Indices kept go to a reused scratch buffer, in ascending order.
  const keep = scratch(sourceCount + 2)
  let n = 0
  keep[n++] = start
  let i = start
  while (i < end) {
    const bucketStart = i
    const b = Math.min(last, Math.floor((xs[i] - x0) * scale))
    let first = -1
    let lastFinite = -1
    let min = -1
    let max = -1
    let minY = 0
    let maxY = 0
    let oddCount = 0 // non-finite picks of this bucket, in `odd`
    for (; i < end; i++) {
      if (i !== bucketStart && Math.min(last, Math.floor((xs[i] - x0) * scale)) !== b) break
      const y = ys[i]
      if (y - y === 0) {
        // finite (NaN and ±Infinity give NaN here)
        if (first < 0) {
          first = min = max = i
          minY = maxY = y
        } else if (y < minY) {
          min = i
          minY = y
        } else if (y > maxY) {
          max = i
          maxY = y
        }
        lastFinite = i
      } else if (i === start || i === end - 1 || !Object.is(ys[i - 1], y) || !Object.is(ys[i + 1], y)) {
        // First or last of a run of identical non-finite values (Object.is treats NaN as equal).
        if (oddCount === 0) odd.length = 0
        odd.push(i)
        oddCount++
      }
    }
    // Picks of the bucket in index order: first ≤ min, max ≤ last for the finite ones.
    const lo = min < max ? min : max
    const hi = min < max ? max : min
    if (oddCount === 0) {
      if (first >= 0) {
        if (first > keep[n - 1]) keep[n++] = first
        if (lo > keep[n - 1]) keep[n++] = lo
        if (hi > keep[n - 1]) keep[n++] = hi
        if (lastFinite > keep[n - 1]) keep[n++] = lastFinite
      }
      continue
    }
    n = mergePicks(keep, n, first >= 0 ? [first, lo, hi, lastFinite] : [])
  }
  if (keep[n - 1] !== end - 1) keep[n++] = end - 1

  const outX = new Float64Array(n)
  const outY = new Float64Array(n)
  for (let k = 0; k < n; k++) {
    outX[k] = xs[keep[k]]
    outY[k] = ys[keep[k]]
  }
  return { xs: outX, ys: outY, sourceCount, drawnCount: n }
}

let keepBuffer = new Int32Array(0)
function scratch(size: number): Int32Array {
  if (keepBuffer.length < size) keepBuffer = new Int32Array(Math.max(size, keepBuffer.length * 2))
  return keepBuffer
}

/** Non-finite picks of the bucket being scanned (rare: only where a series has gaps), ascending. */
const odd: number[] = []

/** Appends a bucket's finite picks and its non-finite ones (`odd`), merged in index order. */
function mergePicks(keep: Int32Array, n: number, finite: number[]): number {
  const picks = finite.concat(odd).sort((a, b) => a - b)
  for (const p of picks) if (p > keep[n - 1]) keep[n++] = p
  return n
}
