import { alignRuns, type AlignMethod } from './align-series.ts'
import type { Series } from './series.ts'

/** The aggregate line drawn for a group of runs. */
export type AggregateLine = 'mean' | 'median'

/**
 * The shaded band around a group:
 * - `none`: no band;
 * - `minmax`: smallest to largest value;
 * - `std`: mean ± sample standard deviation (n − 1 denominator);
 * - `sem`: mean ± standard error of the mean (std / √n);
 * - `ci95`: mean ± t(0.975, n − 1) · SEM, a 95% confidence interval for the mean using the
 *   Student t distribution (not 1.96 · SEM: with 3–5 seeds 1.96 would understate it ~2×).
 */
export type BandKind = 'none' | 'minmax' | 'std' | 'sem' | 'ci95'

/** Per-x statistics of a group; every column has the length of `xs`. */
export type AggregateResult = {
  xs: Float64Array
  /** The aggregate line (mean or median); NaN where no run has a finite value. */
  center: Float64Array
  /** Band bottom; NaN where the band cannot be estimated (see {@link aggregateAligned}). */
  lower: Float64Array
  /** Band top; NaN where the band cannot be estimated. */
  upper: Float64Array
  /** Number of runs with a finite value at each x (what the statistics are based on). */
  counts: Int32Array
}

/** Options for {@link aggregateAligned} and {@link aggregateRuns}. */
export type AggregateOptions = { line?: AggregateLine; band?: BandKind }

/** Two-sided 95% Student t critical values t(0.975, df) for df = 1…30. */
const T975 = [
  12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.306, 2.2622, 2.2281, 2.201, 2.1788, 2.1604, 2.1448,
  2.1314, 2.1199, 2.1098, 2.1009, 2.093, 2.086, 2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484,
  2.0452, 2.0423,
]

/**
 * Two-sided 95% critical value of Student's t with `df` degrees of freedom.
 * Exact table for df 1–30 (4 decimals); above 30 a Cornish–Fisher expansion around
 * z = 1.959964 (error < 1e-3), tending to 1.96 as df → ∞. df < 1 or NaN → NaN.
 */
export function tCritical95(df: number): number {
  if (!(df >= 1)) return NaN
  const d = Math.floor(df)
  if (d <= 30) return T975[d - 1]
  const z = 1.959964
  return z + (z ** 3 + z) / (4 * d) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * d * d)
}

/**
 * Per-x aggregate of runs already on one grid (see `alignRuns`).
 *
 * At each x only **finite** run values count: NaN (run did not log there / gap) and ±Infinity
 * (diverged run) are ignored, and `counts` says how many values remain. Where the count is 0,
 * line and band are NaN. `minmax` needs 1 value; `std`, `sem` and `ci95` need 2 (with one run
 * the spread is unknown, and a zero-width band would claim certainty), so they are NaN below 2.
 * `std`/`sem`/`ci95` bands are centred on the **mean**, also when the line is the median.
 * Defaults: line `mean`, band `none`. Returns new arrays.
 */
export function aggregateAligned(
  aligned: { xs: Float64Array; ys: readonly Float64Array[] },
  options: AggregateOptions = {},
): AggregateResult {
  const line = options.line ?? 'mean'
  const band = options.band ?? 'none'
  const { xs, ys } = aligned
  const n = xs.length
  const center = new Float64Array(n).fill(NaN)
  const lower = new Float64Array(n).fill(NaN)
  const upper = new Float64Array(n).fill(NaN)
  const counts = new Int32Array(n)
  const values = new Float64Array(ys.length)
  for (let i = 0; i < n; i++) {
    let k = 0
    for (const col of ys) {
      const v = col[i]
      if (Number.isFinite(v)) values[k++] = v
    }
    counts[i] = k
    if (k === 0) continue
    const vals = values.subarray(0, k)
    let sum = 0
    for (const v of vals) sum += v
    const mean = sum / k
    center[i] = line === 'median' ? median(vals) : mean
    if (band === 'minmax') {
      let lo = Infinity
      let hi = -Infinity
      for (const v of vals) {
        if (v < lo) lo = v
        if (v > hi) hi = v
      }
      lower[i] = lo
      upper[i] = hi
    } else if (band !== 'none' && k >= 2) {
      let ss = 0
      for (const v of vals) ss += (v - mean) * (v - mean)
      const std = Math.sqrt(ss / (k - 1))
      const sem = std / Math.sqrt(k)
      const half = band === 'std' ? std : band === 'sem' ? sem : tCritical95(k - 1) * sem
      lower[i] = mean - half
      upper[i] = mean + half
    }
  }
  return { xs: Float64Array.from(xs), center, lower, upper, counts }
}

/** Median of a non-empty array; sorts it in place (callers pass scratch space). */
function median(vals: Float64Array): number {
  vals.sort()
  const mid = vals.length >> 1
  return vals.length % 2 === 1 ? vals[mid] : (vals[mid - 1] + vals[mid]) / 2
}

/**
 * Aligns runs (see `alignRuns`, default `auto`: exact steps when all runs share them, else
 * linear interpolation inside each run's range) and aggregates them. The returned `method`
 * lets the UI say "interpolated between logged steps". No runs → empty result.
 */
export function aggregateRuns(
  runs: readonly Series[],
  options: AggregateOptions & { align?: AlignMethod | 'auto' } = {},
): AggregateResult & { method: AlignMethod } {
  const aligned = alignRuns(runs, { method: options.align ?? 'auto' })
  return { ...aggregateAligned(aligned, options), method: aligned.method }
}
