import { describe, expect, it } from 'vitest'
import { computeYRange, percentileOfSorted, type YRangeOptions } from './axis-range.ts'
import { seriesOf } from './series.ts'

const s = (ys: number[]) => seriesOf(ys.map((_, i) => i), ys)
const range = (n: number) => Array.from({ length: n }, (_, i) => i)

describe('computeYRange', () => {
  it.each<{ name: string; series: number[][]; opts?: YRangeOptions; want: [number, number] | null; nonFinite?: number; nonPositive?: number }>([
    { name: 'default 5% padding', series: [[0, 10]], want: [-0.5, 10.5] },
    { name: 'no padding', series: [[0, 10]], opts: { padding: 0 }, want: [0, 10] },
    { name: 'pooled across series', series: [[0, 1], [5, -2]], opts: { padding: 0 }, want: [-2, 5] },
    { name: 'constant series: ±10%', series: [[3, 3, 3]], want: [2.7, 3.3] },
    { name: 'constant negative', series: [[-5]], want: [-5.5, -4.5] },
    { name: 'single zero: ±1', series: [[0]], want: [-1, 1] },
    { name: 'NaN and ±Inf ignored and counted', series: [[1, NaN, Infinity, 3, -Infinity]], opts: { padding: 0 }, want: [1, 3], nonFinite: 3 },
    { name: 'all NaN', series: [[NaN, NaN]], want: null },
    { name: 'empty series', series: [[]], want: null },
    { name: 'no series', series: [], want: null },
    {
      name: 'visible x window only',
      series: [[100, 1, 2, 3, -50]],
      opts: { xMin: 1, xMax: 3, padding: 0 },
      want: [1, 3],
    },
    {
      // 0..99 plus 1e6 at index 100 → sorted, p5 at position 5 = 5, p95 at position 95 = 95
      name: 'ignoreOutliers uses p5–p95',
      series: [[...range(100), 1e6]],
      opts: { ignoreOutliers: true, padding: 0 },
      want: [5, 95],
    },
    {
      // 20 ones and one 1000: p5 = p95 = 1 → constant padding
      name: 'ignoreOutliers collapsing to one value pads like a constant',
      series: [[...range(20).map(() => 1), 1000]],
      opts: { ignoreOutliers: true },
      want: [0.9, 1.1],
    },
    { name: 'log: exact decades', series: [[0.01, 100]], opts: { scale: 'log', padding: 0 }, want: [0.01, 100] },
    {
      // 4 decades × 5% = 0.2 decade each side
      name: 'log: padding in decades',
      series: [[0.01, 100]],
      opts: { scale: 'log' },
      want: [0.01 / 10 ** 0.2, 100 * 10 ** 0.2],
    },
    {
      name: 'log: non-positive values excluded and counted',
      series: [[-1, 0, 1, 10, NaN]],
      opts: { scale: 'log', padding: 0 },
      want: [1, 10],
      nonPositive: 2,
      nonFinite: 1,
    },
    { name: 'log: all non-positive', series: [[-1, 0]], opts: { scale: 'log' }, want: null },
    { name: 'log: constant → half a decade each side', series: [[10, 10]], opts: { scale: 'log' }, want: [10 / Math.sqrt(10), 10 * Math.sqrt(10)] },
  ])('$name', ({ series, opts, want, nonFinite = 0, nonPositive = 0 }) => {
    const r = computeYRange(series.map(s), opts)
    if (want === null) {
      expect(r).toBeNull()
      return
    }
    expect(r).not.toBeNull()
    expect(r?.min).toBeCloseTo(want[0], 10)
    expect(r?.max).toBeCloseTo(want[1], 10)
    expect(r?.nonFiniteCount).toBe(nonFinite)
    expect(r?.nonPositiveCount).toBe(nonPositive)
  })

  it('never modifies the data (outliers only rescale)', () => {
    const data = s([...range(100), 1e6])
    computeYRange([data], { ignoreOutliers: true })
    expect(data.ys[100]).toBe(1e6)
    expect(data.ys.length).toBe(101)
  })

  it('50,000 points with outliers', () => {
    const ys = range(50_000).map((i) => (i % 1000 === 0 ? 1e9 : i % 100))
    const r = computeYRange([s(ys)], { ignoreOutliers: true, padding: 0 })
    expect(r?.max).toBeLessThan(100)
    expect(r?.min).toBeGreaterThanOrEqual(0)
  })
})

describe('percentileOfSorted', () => {
  it.each([
    { sorted: [], p: 0.5, want: NaN },
    { sorted: [7], p: 0.05, want: 7 },
    { sorted: [1, 2, 3, 4], p: 0.5, want: 2.5 },
    { sorted: [0, 10], p: 0.05, want: 0.5 },
    { sorted: [0, 10], p: 0.95, want: 9.5 },
    { sorted: [0, 10], p: -1, want: 0 },
    { sorted: [0, 10], p: 2, want: 10 },
  ])('p$p of $sorted', ({ sorted, p, want }) => {
    if (Number.isNaN(want)) expect(percentileOfSorted(sorted, p)).toBeNaN()
    else expect(percentileOfSorted(sorted, p)).toBeCloseTo(want, 12)
  })
})
