import { describe, expect, it } from 'vitest'
import { countNonFinite, lowerBound, seriesOf, sortAndDedupe, sortAndDedupeColumns, upperBound, visibleRange, type SeriesPoint } from './series.ts'

const p = (step: number, timestamp: number, value: number): SeriesPoint => ({ step, timestamp, value })

describe('sortAndDedupe', () => {
  it.each([
    { name: 'empty', input: [], points: [], dups: 0, unsorted: false },
    { name: 'single point', input: [p(5, 1, 0.5)], points: [p(5, 1, 0.5)], dups: 0, unsorted: false },
    {
      name: 'already sorted',
      input: [p(0, 1, 1), p(1, 2, 2), p(2, 3, 3)],
      points: [p(0, 1, 1), p(1, 2, 2), p(2, 3, 3)],
      dups: 0,
      unsorted: false,
    },
    {
      name: 'steps out of order',
      input: [p(2, 30, 3), p(0, 10, 1), p(1, 20, 2)],
      points: [p(0, 10, 1), p(1, 20, 2), p(2, 30, 3)],
      dups: 0,
      unsorted: true,
    },
    {
      name: 'duplicate step keeps the later timestamp',
      input: [p(1, 20, 9), p(0, 10, 1), p(1, 15, 2)],
      points: [p(0, 10, 1), p(1, 20, 9)],
      dups: 1,
      unsorted: true,
    },
    {
      name: 'duplicate step, same timestamp keeps the later input',
      input: [p(0, 10, 1), p(0, 10, 2), p(0, 10, 3)],
      points: [p(0, 10, 3)],
      dups: 2,
      unsorted: false,
    },
    {
      name: 'non-finite values survive',
      input: [p(1, 2, Infinity), p(0, 1, NaN)],
      points: [p(0, 1, NaN), p(1, 2, Infinity)],
      dups: 0,
      unsorted: true,
    },
  ])('$name', ({ input, points, dups, unsorted }) => {
    const copy = structuredClone(input)
    const r = sortAndDedupe(input)
    expect(r.points).toEqual(points)
    expect(r.duplicatesRemoved).toBe(dups)
    expect(r.wasUnsorted).toBe(unsorted)
    expect(input).toEqual(copy) // input untouched
  })
})

describe('countNonFinite', () => {
  it.each([
    { ys: [], want: { total: 0, nan: 0, posInf: 0, negInf: 0 } },
    { ys: [1, 2, 3], want: { total: 0, nan: 0, posInf: 0, negInf: 0 } },
    { ys: [NaN, NaN], want: { total: 2, nan: 2, posInf: 0, negInf: 0 } },
    { ys: [Infinity, -Infinity, 0, NaN, Infinity], want: { total: 4, nan: 1, posInf: 2, negInf: 1 } },
  ])('$ys', ({ ys, want }) => {
    expect(countNonFinite(Float64Array.from(ys))).toEqual(want)
  })
})

describe('binary search helpers', () => {
  const xs = Float64Array.from([0, 10, 10, 20, 30])
  it.each([
    { x: -5, lower: 0, upper: 0 },
    { x: 0, lower: 0, upper: 1 },
    { x: 10, lower: 1, upper: 3 },
    { x: 15, lower: 3, upper: 3 },
    { x: 30, lower: 4, upper: 5 },
    { x: 99, lower: 5, upper: 5 },
    { x: NaN, lower: 5, upper: 5 },
  ])('x=$x', ({ x, lower, upper }) => {
    expect(lowerBound(xs, x)).toBe(lower)
    expect(upperBound(xs, x)).toBe(upper)
  })

  it.each([
    { xMin: undefined, xMax: undefined, want: [0, 5] },
    { xMin: 10, xMax: 20, want: [1, 4] },
    { xMin: 11, xMax: 19, want: [3, 3] },
    { xMin: 25, xMax: 5, want: [4, 4] },
    { xMin: undefined, xMax: 0, want: [0, 1] },
  ])('visibleRange $xMin..$xMax', ({ xMin, xMax, want }) => {
    expect(visibleRange(xs, xMin, xMax)).toEqual(want)
  })

  it('on an empty array', () => {
    expect(visibleRange(new Float64Array(0), 0, 1)).toEqual([0, 0])
  })
})

describe('seriesOf', () => {
  it('rejects columns of different length', () => {
    expect(() => seriesOf([1, 2], [1])).toThrow(RangeError)
  })
  it('copies into Float64Arrays', () => {
    const s = seriesOf([1, 2], [3, NaN])
    expect(Array.from(s.xs)).toEqual([1, 2])
    expect(Array.from(s.ys)).toEqual([3, NaN])
  })
})

describe('sortAndDedupeColumns (columnar twin of sortAndDedupe)', () => {
  const cols = (pts: SeriesPoint[]) => ({
    steps: Float64Array.from(pts, (p) => p.step),
    timestamps: Float64Array.from(pts, (p) => p.timestamp),
    values: Float64Array.from(pts, (p) => p.value),
  })
  const P = (step: number, timestamp: number, value: number): SeriesPoint => ({ step, timestamp, value })
  it.each([
    ['empty', []],
    ['ordered', [P(0, 1, 1), P(1, 2, 2), P(2, 3, NaN)]],
    ['duplicate step keeps last timestamp', [P(0, 1, 1), P(1, 2, 2), P(1, 3, 3), P(2, 4, 4)]],
    ['duplicate step and timestamp keeps later input', [P(0, 1, 1), P(0, 1, 9)]],
    ['unsorted', [P(2, 3, 3), P(0, 1, 1), P(1, 2, Infinity)]],
    ['unsorted with duplicates', [P(5, 9, 1), P(1, 2, 2), P(5, 3, 3), P(1, 1, 4)]],
  ])('%s: same as sortAndDedupe', (_name, pts) => {
    const want = sortAndDedupe(pts)
    const got = sortAndDedupeColumns(cols(pts))
    expect(Array.from(got.columns.steps, (s, i) => P(s, got.columns.timestamps[i], got.columns.values[i]))).toEqual(want.points)
    expect(got.duplicatesRemoved).toBe(want.duplicatesRemoved)
    expect(got.wasUnsorted).toBe(want.wasUnsorted)
  })
  it('returns the input itself when nothing needs changing', () => {
    const c = cols([P(0, 1, 1), P(1, 2, 2)])
    expect(sortAndDedupeColumns(c).columns).toBe(c)
  })
})
