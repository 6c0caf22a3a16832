/** Highest EMA weight we accept; 1 would freeze the curve at 0 (see {@link smoothEma}). */
export const MAX_EMA_WEIGHT = 0.999

/**
 * TensorBoard's "classic" debiased exponential moving average, index-based.
 *
 * Same algorithm as TensorBoard's `classicSmoothing`
 * (`tensorboard/webapp/widgets/line_chart_v2/data_transformer.ts`), so a Runlens chart and a
 * TensorBoard chart with the same weight draw the same curve:
 * ```
 * last = 0; numAccum = 0
 * for each y:  if y is not finite → output y unchanged, state untouched
 *              else last = last·w + (1−w)·y; numAccum++; output last / (1 − w^numAccum)
 * ```
 * Like TensorBoard, a constant series (every value `===` the first) is returned unchanged.
 *
 * - `weight` in [0, 1): 0 returns the values unchanged (identity); NaN counts as 0; values
 *   below 0 are clamped to 0 and values ≥ 1 to {@link MAX_EMA_WEIGHT} (TensorBoard allows 1,
 *   which outputs a flat 0 line: never useful).
 * - Index-based: uneven x spacing is ignored; use {@link smoothTimeWeightedEma} for that.
 * - Returns a new Float64Array of the same length; never mutates `ys`.
 */
export function smoothEma(ys: ArrayLike<number>, weight: number): Float64Array {
  const out = Float64Array.from(ys)
  const w = clampWeight(weight)
  if (w === 0 || out.length === 0) return out
  const first = out[0]
  if (out.every((y) => y === first)) return out // TensorBoard #786: keep constant lines exact
  let last = 0
  let numAccum = 0
  for (let i = 0; i < out.length; i++) {
    const y = out[i]
    if (!Number.isFinite(y)) continue
    last = last * w + (1 - w) * y
    numAccum++
    out[i] = last / (1 - Math.pow(w, numAccum))
  }
  return out
}

function clampWeight(weight: number): number {
  if (!Number.isFinite(weight) || weight <= 0) return weight === Infinity ? MAX_EMA_WEIGHT : 0
  return Math.min(weight, MAX_EMA_WEIGHT)
}

/**
 * Exponential moving average that respects x spacing (for wall-time axes and runs that log
 * at irregular steps).
 *
 * Each earlier finite point j contributes to point i with weight `2^(−(x_i − x_j)/halfLife)`,
 * normalised by the sum of weights:
 * ```
 * num = num·d + y;  den = den·d + 1;  out = num / den,   d = 2^(−Δx / halfLife)
 * ```
 * The normalisation is the debiasing: with evenly spaced points (Δx = 1) this equals
 * {@link smoothEma} with `weight = 2^(−1/halfLife)`.
 *
 * - `xs` ascending, same length as `ys`; `halfLife` in x units (steps or ms).
 * - `halfLife` ≤ 0 or non-finite → identity copy.
 * - Non-finite y values pass through unchanged and do not update the average; Δx is measured
 *   from the previous *finite* point. A negative Δx (unsorted xs) is treated as 0.
 * - Returns a new Float64Array.
 */
export function smoothTimeWeightedEma(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  halfLife: number,
): Float64Array {
  const out = Float64Array.from(ys)
  if (!(halfLife > 0) || !Number.isFinite(halfLife)) return out
  let num = 0
  let den = 0
  let prevX = NaN
  for (let i = 0; i < out.length; i++) {
    const y = out[i]
    if (!Number.isFinite(y)) continue
    const dx = Number.isNaN(prevX) ? 0 : Math.max(0, xs[i] - prevX)
    const decay = Math.pow(2, -dx / halfLife)
    num = num * decay + y
    den = den * decay + 1
    prevX = xs[i]
    out[i] = num / den
  }
  return out
}

/**
 * Centred Gaussian kernel smoothing over x (not index), so dense and sparse stretches are
 * treated alike.
 *
 * Each output is the weighted mean of the finite values with |x_j − x_i| ≤ 3σ, weights
 * `exp(−(x_j − x_i)² / (2σ²))`. Unlike an EMA it looks ahead, so it does not lag.
 *
 * - `xs` ascending, same length as `ys`; `sigma` in x units.
 * - `sigma` ≤ 0 or non-finite → identity copy.
 * - Non-finite y values pass through unchanged and are excluded from neighbours' averages.
 * - Cost O(n·k), k = points within ±3σ; the caller picks σ relative to the visible range.
 * - Returns a new Float64Array.
 */
export function smoothGaussian(xs: ArrayLike<number>, ys: ArrayLike<number>, sigma: number): Float64Array {
  const out = Float64Array.from(ys)
  if (!(sigma > 0) || !Number.isFinite(sigma)) return out
  const reach = 3 * sigma
  const twoSigmaSq = 2 * sigma * sigma
  let lo = 0
  let hi = 0 // window is [lo, hi)
  const n = ys.length
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(ys[i])) continue
    const x = xs[i]
    while (xs[lo] < x - reach) lo++
    if (hi < i) hi = i
    while (hi < n && xs[hi] <= x + reach) hi++
    let sum = 0
    let wsum = 0
    for (let j = lo; j < hi; j++) {
      const y = ys[j]
      if (!Number.isFinite(y)) continue
      const d = xs[j] - x
      const w = Math.exp(-(d * d) / twoSigmaSq)
      sum += w * y
      wsum += w
    }
    out[i] = sum / wsum
  }
  return out
}
