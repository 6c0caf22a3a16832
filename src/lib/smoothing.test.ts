import { describe, expect, it } from 'vitest'
import { MAX_EMA_WEIGHT, smoothEma, smoothGaussian, smoothTimeWeightedEma } from './smoothing.ts'

/** Element-wise comparison that treats NaN as equal to NaN and checks ±Infinity exactly. */
function expectSeries(actual: Float64Array, expected: number[], digits = 12) {
  expect(actual.length).toBe(expected.length)
  expected.forEach((e, i) => {
    if (Number.isFinite(e)) expect(actual[i]).toBeCloseTo(e, digits)
    else expect(actual[i]).toBe(e) // toBe uses Object.is: NaN matches NaN
  })
}

describe('smoothEma (TensorBoard classic debiased EMA)', () => {
  it.each([
    // w=0.6 on [1,2,3]: last 0.4 → 1; last 1.04 / 0.64 = 1.625; last 1.824 / 0.784
    { name: 'weight 0.6 on [1,2,3]', ys: [1, 2, 3], w: 0.6, want: [1, 1.625, 1.824 / 0.784] },
    // w=0.5: 1 → 1; NaN passes; 3 → (0.25 + 1.5) / (1 − 0.25) = 7/3 (numAccum = 2, not 3)
    { name: 'NaN passes and does not advance numAccum', ys: [1, NaN, 3], w: 0.5, want: [1, NaN, 7 / 3] },
    { name: '+Inf first passes through', ys: [Infinity, 1, 3], w: 0.5, want: [Infinity, 1, 7 / 3] },
    // w=0.5: 2 → 2; −Inf passes; 2 → 1.5/0.75 = 2; 4 → (0.75 + 2)/0.875 = 22/7
    { name: '-Inf in the middle', ys: [2, -Infinity, 2, 4], w: 0.5, want: [2, -Infinity, 2, 22 / 7] },
    { name: 'weight 0 is identity', ys: [1, 5, 2], w: 0, want: [1, 5, 2] },
    { name: 'negative weight clamps to identity', ys: [1, 5, 2], w: -0.3, want: [1, 5, 2] },
    { name: 'NaN weight acts as 0', ys: [1, 5, 2], w: NaN, want: [1, 5, 2] },
    { name: 'constant series unchanged', ys: [2, 2, 2, 2], w: 0.9, want: [2, 2, 2, 2] },
    { name: 'single point', ys: [5], w: 0.9, want: [5] },
    { name: 'empty', ys: [], w: 0.9, want: [] },
    { name: 'all NaN', ys: [NaN, NaN], w: 0.6, want: [NaN, NaN] },
    // weight 1 is clamped to 0.999: 10 → 0.001·10 / (1 − 0.999²)
    { name: 'weight 1 clamps to MAX_EMA_WEIGHT', ys: [0, 10], w: 1, want: [0, 0.01 / (1 - 0.999 ** 2)] },
  ])('$name', ({ ys, w, want }) => {
    expectSeries(smoothEma(ys, w), want)
  })

  it('returns a new array and leaves the input alone', () => {
    const ys = Float64Array.from([1, 2, 3])
    const out = smoothEma(ys, 0.6)
    expect(out).not.toBe(ys)
    expect(Array.from(ys)).toEqual([1, 2, 3])
  })

  it('MAX_EMA_WEIGHT is below 1', () => {
    expect(MAX_EMA_WEIGHT).toBeLessThan(1)
  })

  it('handles 50,000 points and converges to a constant tail', () => {
    const ys = new Float64Array(50_000).map((_, i) => (i < 100 ? 0 : 1))
    const out = smoothEma(ys, 0.9)
    expect(out.length).toBe(50_000)
    expect(out[49_999]).toBeCloseTo(1, 12)
  })
})

describe('smoothTimeWeightedEma', () => {
  it('equals smoothEma(weight) on unit spacing with halfLife = −1/log2(weight)', () => {
    const ys = [1, 2, 3, 10, NaN, -4]
    const halfLife = -1 / Math.log2(0.6)
    const xs = ys.map((_, i) => i)
    // Only the finite prefix: after a NaN gap the time-weighted version sees Δx = 2 (by design).
    expectSeries(smoothTimeWeightedEma(xs.slice(0, 4), ys.slice(0, 4), halfLife), Array.from(smoothEma(ys.slice(0, 4), 0.6)))
  })

  it.each([
    // halfLife 1, xs [0,1,3]: d=0.5 → 4/1.5; then d=0.25 → (1+8)/(0.375+1)
    { name: 'uneven spacing', xs: [0, 1, 3], ys: [0, 4, 8], h: 1, want: [0, 8 / 3, 9 / 1.375] },
    // NaN passes; next Δx measured from x=0: d=0.25 → (0.5+4)/(0.25+1)
    { name: 'NaN passthrough, Δx from last finite', xs: [0, 1, 2], ys: [2, NaN, 4], h: 1, want: [2, NaN, 3.6] },
    { name: 'Infinity passthrough', xs: [0, 1], ys: [Infinity, 3], h: 1, want: [Infinity, 3] },
    { name: 'halfLife 0 → identity', xs: [0, 1, 2], ys: [1, 9, 4], h: 0, want: [1, 9, 4] },
    { name: 'halfLife NaN → identity', xs: [0, 1], ys: [1, 9], h: NaN, want: [1, 9] },
    { name: 'halfLife Infinity → identity', xs: [0, 1], ys: [1, 9], h: Infinity, want: [1, 9] },
    { name: 'huge gap resets to the new value', xs: [0, 1e6], ys: [1, 5], h: 1, want: [1, 5] },
    { name: 'same x: plain mean', xs: [3, 3], ys: [2, 4], h: 1, want: [2, 3] },
    { name: 'empty', xs: [], ys: [], h: 1, want: [] },
    { name: 'all NaN', xs: [0, 1], ys: [NaN, NaN], h: 1, want: [NaN, NaN] },
  ])('$name', ({ xs, ys, h, want }) => {
    expectSeries(smoothTimeWeightedEma(xs, ys, h), want)
  })
})

describe('smoothGaussian', () => {
  const e1 = Math.exp(-0.5) // weight at distance 1σ
  const e2 = Math.exp(-2) // weight at distance 2σ
  it.each([
    {
      name: 'spike spreads symmetrically',
      xs: [0, 1, 2],
      ys: [0, 3, 0],
      sigma: 1,
      want: [(3 * e1) / (1 + e1 + e2), 3 / (1 + 2 * e1), (3 * e1) / (1 + e1 + e2)],
    },
    { name: 'points beyond 3σ do not mix', xs: [0, 10], ys: [1, 7], sigma: 1, want: [1, 7] },
    {
      name: 'NaN passes and is excluded from neighbours',
      xs: [0, 1, 2],
      ys: [0, NaN, 6],
      sigma: 1,
      want: [(6 * e2) / (1 + e2), NaN, 6 / (1 + e2)],
    },
    { name: 'sigma 0 → identity', xs: [0, 1], ys: [1, 2], sigma: 0, want: [1, 2] },
    { name: 'single point', xs: [4], ys: [9], sigma: 2, want: [9] },
    { name: 'empty', xs: [], ys: [], sigma: 1, want: [] },
    { name: 'constant stays constant', xs: [0, 1, 5, 6], ys: [3, 3, 3, 3], sigma: 2, want: [3, 3, 3, 3] },
    { name: '-Infinity passes', xs: [0, 1], ys: [-Infinity, 2], sigma: 1, want: [-Infinity, 2] },
  ])('$name', ({ xs, ys, sigma, want }) => {
    expectSeries(smoothGaussian(xs, ys, sigma), want)
  })

  it('keeps a straight line straight away from the edges (no lag)', () => {
    const xs = Array.from({ length: 21 }, (_, i) => i)
    const out = smoothGaussian(xs, xs.map((x) => 2 * x + 1), 1.5)
    for (let i = 5; i <= 15; i++) expect(out[i]).toBeCloseTo(2 * i + 1, 10)
  })
})
