import { describe, expect, it } from 'vitest'
import { seriesOf } from '../../lib/series.ts'
import { smoothEma } from '../../lib/smoothing.ts'
import { describeNonFinite, meanSpacing, prepareSeries, seriesNotes, smoothSeries } from './prepare-series.ts'
import { pts } from './test-helpers.ts'

describe('smoothSeries', () => {
  const s = seriesOf([0, 1, 2, 3, 4], [1, 5, 2, 8, 3])
  it.each([
    { smoothing: 'none' as const, weight: 0.6, isNull: true },
    { smoothing: 'ema' as const, weight: 0, isNull: true },
    { smoothing: 'ema' as const, weight: 0.6, isNull: false },
    { smoothing: 'twema' as const, weight: 0.6, isNull: false },
    { smoothing: 'gauss' as const, weight: 0.6, isNull: false },
  ])('$smoothing w=$weight', ({ smoothing, weight, isNull }) => {
    expect(smoothSeries(s, smoothing, weight) === null).toBe(isNull)
  })
  it('ema is TensorBoard’s debiased EMA on full data', () => {
    expect(Array.from(smoothSeries(s, 'ema', 0.6)!.ys)).toEqual(Array.from(smoothEma(s.ys, 0.6)))
  })
  it('time-weighted EMA equals the EMA on evenly spaced data', () => {
    const a = smoothSeries(s, 'twema', 0.6)!.ys
    const b = smoothEma(s.ys, 0.6)
    a.forEach((v, i) => expect(v).toBeCloseTo(b[i], 10))
  })
  it.each([
    { xs: [], want: 1 },
    { xs: [5], want: 1 },
    { xs: [0, 10, 20], want: 10 },
  ])('meanSpacing $xs', ({ xs, want }) => expect(meanSpacing(xs)).toBe(want))
})

describe('prepareSeries + notes', () => {
  it.each([
    { name: 'out of order', points: [{ step: 2, timestamp: 2, value: 1 }, { step: 1, timestamp: 1, value: 2 }], note: /out of step order/ },
    { name: 'duplicate steps', points: [{ step: 1, timestamp: 1, value: 1 }, { step: 1, timestamp: 2, value: 2 }, { step: 2, timestamp: 3, value: 2 }], note: /1 duplicate step; the last/ },
    { name: 'NaN and infinities', points: pts([1, NaN, Infinity, -Infinity, 2]), note: /1 NaN, 1 \+∞, 1 −∞; drawn as gaps/ },
    { name: 'all NaN', points: pts([NaN, NaN]), note: /all 2 values are non-finite/ },
    { name: 'single point', points: pts([3]), note: /a single point/ },
    { name: 'constant', points: pts([2, 2, 2]), note: /constant at 2/ },
  ])('$name', ({ points, note }) => {
    const s = prepareSeries(points, { x: 'step', smoothing: 'none', weight: 0 })
    expect(seriesNotes('run', s).join('\n')).toMatch(note)
  })
  it('keeps NaN values in the series (never dropped)', () => {
    const s = prepareSeries(pts([1, NaN, 3]), { x: 'step', smoothing: 'ema', weight: 0.5 })
    expect(s.raw.ys.length).toBe(3)
    expect(Number.isNaN(s.smoothed!.ys[1])).toBe(true)
  })
  it('relative x uses the run start as origin', () => {
    const s = prepareSeries(pts([1, 2]), { x: 'relative', originMs: -500, smoothing: 'none', weight: 0 })
    expect(Array.from(s.raw.xs)).toEqual([500, 1500])
  })
  it('describeNonFinite is empty for clean series', () => expect(describeNonFinite({ total: 0, nan: 0, posInf: 0, negInf: 0 })).toBe(''))
})
