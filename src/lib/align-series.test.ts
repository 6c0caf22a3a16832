import { describe, expect, it } from 'vitest'
import { alignRuns, pickTimeUnit, toXY, toXYColumns, type XAxisMode } from './align-series.ts'
import { seriesOf, type SeriesPoint } from './series.ts'

const p = (step: number, timestamp: number, value: number): SeriesPoint => ({ step, timestamp, value })
const arr = (a: Float64Array) => Array.from(a)

describe('toXY', () => {
  const points = [p(0, 1_000, 1), p(1, 3_000, 2), p(2, 2_000, NaN)] // resumed run: clock went back
  it.each<{ mode: XAxisMode; origin?: number; xs: number[]; ys: number[] }>([
    { mode: 'step', xs: [0, 1, 2], ys: [1, 2, NaN] },
    { mode: 'wall', xs: [1_000, 2_000, 3_000], ys: [1, NaN, 2] },
    { mode: 'relative', xs: [0, 1_000, 2_000], ys: [1, NaN, 2] },
    { mode: 'relative', origin: 500, xs: [500, 1_500, 2_500], ys: [1, NaN, 2] },
  ])('$mode (origin $origin)', ({ mode, origin, xs, ys }) => {
    const s = toXY(points, mode, { originMs: origin })
    expect(arr(s.xs)).toEqual(xs)
    expect(arr(s.ys)).toEqual(ys)
  })

  it.each<XAxisMode>(['step', 'wall', 'relative'])('empty input in %s mode', (mode) => {
    const s = toXY([], mode)
    expect(s.xs.length).toBe(0)
    expect(s.ys.length).toBe(0)
  })

  it('relative: the earliest timestamp is the origin even if it is not at step 0', () => {
    const s = toXY([p(0, 5_000, 1), p(1, 4_000, 2)], 'relative')
    expect(arr(s.xs)).toEqual([0, 1_000])
    expect(arr(s.ys)).toEqual([2, 1])
  })
})

describe('pickTimeUnit', () => {
  it.each([
    { range: 0, unit: 's', sample: 1_500, text: '1.5 s' },
    { range: 119_999, unit: 's', sample: 90_000, text: '90 s' },
    { range: 120_000, unit: 'min', sample: 90_000, text: '1.5 min' },
    { range: 7_199_999, unit: 'min', sample: 100_000, text: '1.67 min' },
    { range: 7_200_000, unit: 'h', sample: 5_400_000, text: '1.5 h' },
    { range: 172_800_000, unit: 'd', sample: 129_600_000, text: '1.5 d' },
    { range: NaN, unit: 's', sample: 0, text: '0 s' },
    { range: -300_000, unit: 'min', sample: -60_000, text: '-1 min' },
    { range: 1e15, unit: 'd', sample: 86_400_000 * 12_345, text: '12345 d' },
  ])('range $range → $unit', ({ range, unit, sample, text }) => {
    const u = pickTimeUnit(range)
    expect(u.unit).toBe(unit)
    expect(u.format(sample)).toBe(text)
  })

  it('formats non-finite as a dash', () => {
    expect(pickTimeUnit(1).format(NaN)).toBe('—')
  })
})

describe('alignRuns', () => {
  const a = seriesOf([0, 10, 20], [0, 10, 20])
  const b = seriesOf([5, 15], [100, 200])

  it('auto picks exact when all runs share the grid', () => {
    const r = alignRuns([seriesOf([0, 1], [1, 2]), seriesOf([0, 1], [3, NaN])])
    expect(r.method).toBe('exact')
    expect(arr(r.xs)).toEqual([0, 1])
    expect(r.ys.map(arr)).toEqual([
      [1, 2],
      [3, NaN],
    ])
  })

  it('auto interpolates inside each run range and never extrapolates', () => {
    const r = alignRuns([a, b])
    expect(r.method).toBe('interpolate')
    expect(arr(r.xs)).toEqual([0, 5, 10, 15, 20])
    expect(r.ys.map(arr)).toEqual([
      [0, 5, 10, 15, 20],
      [NaN, 100, 150, 200, NaN],
    ])
  })

  it('exact leaves missing steps as NaN', () => {
    const r = alignRuns([a, b], { method: 'exact' })
    expect(r.method).toBe('exact')
    expect(r.ys.map(arr)).toEqual([
      [0, NaN, 10, NaN, 20],
      [NaN, 100, NaN, 200, NaN],
    ])
  })

  it('a non-finite neighbour makes the interpolated value NaN, logged values stay', () => {
    const r = alignRuns([seriesOf([0, 10, 20], [0, Infinity, 20]), seriesOf([5, 15], [1, 1])])
    expect(arr(r.ys[0])).toEqual([0, NaN, Infinity, NaN, 20])
  })

  it.each([
    { name: 'no runs', runs: [], xs: [], cols: [] },
    { name: 'one empty run', runs: [seriesOf([], [])], xs: [], cols: [[]] },
    { name: 'empty + single point', runs: [seriesOf([], []), seriesOf([3], [7])], xs: [3], cols: [[NaN], [7]] },
  ])('$name', ({ runs, xs, cols }) => {
    const r = alignRuns(runs)
    expect(arr(r.xs)).toEqual(xs)
    expect(r.ys.map(arr)).toEqual(cols)
  })

  it('repeated x in a run keeps the last value', () => {
    const r = alignRuns([seriesOf([0, 1, 1, 2], [0, 5, 6, 2]), seriesOf([0.5], [9])])
    // grid [0, 0.5, 1, 2]; at 0.5 the right neighbour is the kept (last) value 6 → 3
    expect(arr(r.ys[0])).toEqual([0, 3, 6, 2])
  })
})

describe('toXYColumns (columnar twin of toXY)', () => {
  const pts = [
    { step: 0, timestamp: 1000, value: 1 },
    { step: 1, timestamp: 3000, value: NaN },
    { step: 2, timestamp: 2000, value: 3 },
    { step: 3, timestamp: 4000, value: 4 },
  ]
  const ordered = pts.filter((p) => p.step !== 2)
  const cols = (p: typeof pts) => ({ steps: Float64Array.from(p, (x) => x.step), timestamps: Float64Array.from(p, (x) => x.timestamp), values: Float64Array.from(p, (x) => x.value) })
  it.each([
    ['step', pts, {}],
    ['wall', pts, {}],
    ['relative', pts, {}],
    ['relative', pts, { originMs: 500 }],
    ['wall', ordered, {}],
    ['relative', ordered, {}],
    ['step', [], {}],
  ] as const)('%s mode matches toXY (%#)', (mode, p, opts) => {
    const want = toXY(p, mode, opts)
    const got = toXYColumns(cols([...p]), mode, opts)
    expect(Array.from(got.xs)).toEqual(Array.from(want.xs))
    expect(Array.from(got.ys)).toEqual(Array.from(want.ys))
  })
})
