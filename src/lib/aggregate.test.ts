import { describe, expect, it } from 'vitest'
import { aggregateAligned, aggregateRuns, tCritical95, type AggregateOptions } from './aggregate.ts'
import { seriesOf } from './series.ts'

function expectClose(actual: ArrayLike<number>, expected: number[], digits = 4) {
  expect(actual.length).toBe(expected.length)
  expected.forEach((e, i) => (Number.isNaN(e) ? expect(actual[i]).toBeNaN() : expect(actual[i]).toBeCloseTo(e, digits)))
}

// x0: 1,3,5 → mean 3, median 3, std 2, sem 2/√3
// x1: 2,4,9 → mean 5, median 4, std √13, sem √(13/3)
// x2: only NaN and +Inf → nothing counts
// x3: only 5 → one value
const aligned = {
  xs: Float64Array.from([0, 1, 2, 3]),
  ys: [
    Float64Array.from([1, 2, NaN, 5]),
    Float64Array.from([3, 4, Infinity, NaN]),
    Float64Array.from([5, 9, NaN, NaN]),
  ],
}
const s13 = Math.sqrt(13)

describe('aggregateAligned', () => {
  it.each<{ opts: AggregateOptions; center: number[]; lower: number[]; upper: number[] }>([
    { opts: {}, center: [3, 5, NaN, 5], lower: [NaN, NaN, NaN, NaN], upper: [NaN, NaN, NaN, NaN] },
    { opts: { line: 'median' }, center: [3, 4, NaN, 5], lower: [NaN, NaN, NaN, NaN], upper: [NaN, NaN, NaN, NaN] },
    { opts: { band: 'minmax' }, center: [3, 5, NaN, 5], lower: [1, 2, NaN, 5], upper: [5, 9, NaN, 5] },
    { opts: { band: 'std' }, center: [3, 5, NaN, 5], lower: [1, 5 - s13, NaN, NaN], upper: [5, 5 + s13, NaN, NaN] },
    {
      opts: { band: 'sem' },
      center: [3, 5, NaN, 5],
      lower: [3 - 2 / Math.sqrt(3), 5 - s13 / Math.sqrt(3), NaN, NaN],
      upper: [3 + 2 / Math.sqrt(3), 5 + s13 / Math.sqrt(3), NaN, NaN],
    },
    {
      // t(0.975, 2) = 4.3027
      opts: { band: 'ci95' },
      center: [3, 5, NaN, 5],
      lower: [3 - (4.3027 * 2) / Math.sqrt(3), 5 - (4.3027 * s13) / Math.sqrt(3), NaN, NaN],
      upper: [3 + (4.3027 * 2) / Math.sqrt(3), 5 + (4.3027 * s13) / Math.sqrt(3), NaN, NaN],
    },
    {
      // std band is centred on the mean (5 at x1) even though the line is the median (4)
      opts: { line: 'median', band: 'std' },
      center: [3, 4, NaN, 5],
      lower: [1, 5 - s13, NaN, NaN],
      upper: [5, 5 + s13, NaN, NaN],
    },
  ])('$opts', ({ opts, center, lower, upper }) => {
    const r = aggregateAligned(aligned, opts)
    expect(Array.from(r.xs)).toEqual([0, 1, 2, 3])
    expect(Array.from(r.counts)).toEqual([3, 3, 0, 1])
    expectClose(r.center, center)
    expectClose(r.lower, lower)
    expectClose(r.upper, upper)
  })

  it('median of an even count averages the middle two', () => {
    const r = aggregateAligned(
      { xs: Float64Array.from([0]), ys: [10, 1, 3, 2].map((v) => Float64Array.from([v])) },
      { line: 'median' },
    )
    expect(r.center[0]).toBe(2.5)
  })

  it('does not reorder the input columns (median sorts scratch space)', () => {
    const ys = [Float64Array.from([9]), Float64Array.from([1])]
    aggregateAligned({ xs: Float64Array.from([0]), ys }, { line: 'median' })
    expect(ys.map((c) => c[0])).toEqual([9, 1])
  })

  it('no runs → empty columns', () => {
    const r = aggregateAligned({ xs: new Float64Array(0), ys: [] }, { band: 'ci95' })
    expect(r.center.length).toBe(0)
    expect(r.counts.length).toBe(0)
  })
})

describe('tCritical95', () => {
  it.each([
    { df: 1, want: 12.7062, digits: 4 },
    { df: 2, want: 4.3027, digits: 4 },
    { df: 4, want: 2.7764, digits: 4 },
    { df: 30, want: 2.0423, digits: 4 },
    { df: 40, want: 2.0211, digits: 3 },
    { df: 120, want: 1.9799, digits: 3 },
    { df: 1e6, want: 1.96, digits: 3 },
  ])('df $df', ({ df, want, digits }) => {
    expect(tCritical95(df)).toBeCloseTo(want, digits)
  })

  it.each([0, -1, NaN])('df %s → NaN', (df) => {
    expect(tCritical95(df)).toBeNaN()
  })
})

describe('aggregateRuns', () => {
  it('interpolates runs on different steps and says so', () => {
    // a at x=5 is interpolated to 5; b is flat 2 → means 1, 3.5, 6
    const r = aggregateRuns([seriesOf([0, 10], [0, 10]), seriesOf([0, 5, 10], [2, 2, 2])], { band: 'minmax' })
    expect(r.method).toBe('interpolate')
    expect(Array.from(r.xs)).toEqual([0, 5, 10])
    expectClose(r.center, [1, 3.5, 6])
    expectClose(r.lower, [0, 2, 2])
    expectClose(r.upper, [2, 5, 10])
  })

  it('exact alignment counts only runs that logged the step', () => {
    const r = aggregateRuns([seriesOf([0, 10], [0, 10]), seriesOf([0, 5, 10], [2, 2, 2])], { align: 'exact' })
    expect(r.method).toBe('exact')
    expect(Array.from(r.counts)).toEqual([2, 1, 2])
    expectClose(r.center, [1, 2, 6])
  })

  it('identical grids use exact', () => {
    expect(aggregateRuns([seriesOf([1, 2], [1, 1]), seriesOf([1, 2], [3, 3])]).method).toBe('exact')
  })

  it('50,000 steps × 5 runs', () => {
    const runs = Array.from({ length: 5 }, (_, r) => seriesOf(Array.from({ length: 50_000 }, (_, i) => i), Array.from({ length: 50_000 }, () => r)))
    const out = aggregateRuns(runs, { line: 'median', band: 'ci95' })
    expect(out.center[49_999]).toBe(2)
    expect(out.counts[0]).toBe(5)
  })
})
