import { describe, expect, it } from 'vitest'
import { bandEnvelope, countNonPositiveX, DrawnCache, drawLines, paddedWindow, pointCounts, sameLines } from './drawn-lines.ts'
import { buildLines } from './overlay-lines.ts'
import { historyFrom, pts, testRun } from './test-helpers.ts'

const big = Array.from({ length: 10_000 }, (_, i) => (i === 5_000 ? 1_000 : Math.sin(i / 50)))
const lines = buildLines({ runs: [testRun('a')], metricKeys: ['m'], history: historyFrom({ a: { m: pts(big) } }), x: 'step', smoothing: 'none', weight: 0, group: [], aggregate: 'mean', band: 'none' }).lines

describe('drawLines', () => {
  it.each([
    { name: 'full range', w: { buckets: 100 }, total: 10_000 },
    { name: 'zoomed (plus one point beyond each edge)', w: { buckets: 100, xMin: 4_000, xMax: 6_000 }, total: 2_003 },
    { name: 'wide enough for everything', w: { buckets: 5_000, xMin: 0, xMax: 999 }, total: 1_001 },
  ])('$name: N of M and the spike survives', ({ w, total }) => {
    const drawn = drawLines(lines, w)
    const c = pointCounts(drawn)
    expect(c.total).toBe(total)
    expect(c.drawn).toBeLessThanOrEqual(Math.min(total, 4 * w.buckets + 2))
    if ((w.xMin ?? 0) <= 5_000 && (w.xMax ?? Infinity) >= 5_000) expect(Math.max(...drawn[0].ys)).toBe(1_000)
  })
  it('log x leaves out x ≤ 0', () => {
    expect(drawLines(lines, { buckets: 20_000, logX: true })[0].xs[0]).toBe(1)
    expect(countNonPositiveX(lines.map((l) => (l.kind === 'run' ? l.raw : l.center)))).toBe(1)
  })
})

describe('paddedWindow', () => {
  const xs = Float64Array.of(0, 10, 20, 30)
  it.each([
    { w: { buckets: 1 }, want: { xMin: undefined, xMax: undefined } },
    { w: { buckets: 1, xMin: 12, xMax: 18 }, want: { xMin: 10, xMax: 20 } },
    { w: { buckets: 1, xMin: 10, xMax: 30 }, want: { xMin: 0, xMax: 30 } },
    { w: { buckets: 1, xMin: 5, logX: true }, want: { xMin: 5, xMax: undefined } },
  ])('$w', ({ w, want }) => expect(paddedWindow(xs, w)).toEqual(want))
})

describe('bandEnvelope', () => {
  it('keeps the widest band per bucket and NaN gaps', () => {
    const xs = Float64Array.from({ length: 8 }, (_, i) => i)
    const lower = Float64Array.of(0, -5, 0, 0, 0, NaN, 0, 0)
    const upper = Float64Array.of(1, 1, 9, 1, 1, 1, 1, 1)
    const env = bandEnvelope(xs, lower, upper, { buckets: 2 })
    expect(Array.from(env.lower)).toEqual([-5, NaN])
    expect(Array.from(env.upper)).toEqual([9, 1])
  })
})

describe('sameLines', () => {
  // Like the app's history cache: the same (run, key) gives the same columns object.
  const fresh = historyFrom({ a: { m: pts([1, 2, 3]) }, b: { m: pts([3, 2, 1]) } })
  const views = new Map(['a', 'b'].map((id) => [id, fresh(id, 'm')]))
  const history = (runId: string) => views.get(runId)
  const build = (over: Partial<Parameters<typeof buildLines>[0]> = {}) =>
    buildLines({ runs: [testRun('a', { isBaseline: true }), testRun('b')], metricKeys: ['m'], history, x: 'step', smoothing: 'none', weight: 0, group: [], aggregate: 'mean', band: 'none', ...over }).lines
  const base = build()
  it.each([
    { name: 'rebuilt from the same histories', other: build(), want: true },
    { name: 'other history data', other: build({ history: fresh }), want: false },
    { name: 'other run order (baseline moved)', other: build({ runs: [testRun('b', { isBaseline: true }), testRun('a')] }), want: false },
    { name: 'one run fewer', other: build({ runs: [testRun('a', { isBaseline: true })] }), want: false },
    { name: 'other colour', other: build({ runs: [testRun('a', { isBaseline: true }), testRun('b', { color: '#ef4444' })] }), want: false },
    { name: 'smoothing turned on', other: build({ smoothing: 'ema', weight: 0.5 }), want: false },
    { name: 'grouped', other: build({ group: ['attributes.status'] }), want: false },
  ])('$name → $want', ({ other, want }) => expect(sameLines(base, other)).toBe(want))
})

describe('DrawnCache', () => {
  const a = lines
  const b = [...lines]
  it('keeps the last windows of one line list, drops the oldest, forgets on new lines', () => {
    const cache = new DrawnCache<string>(2)
    cache.set(a, 'full', 'A-full')
    cache.set(a, 'zoom1', 'A-zoom1')
    expect(cache.get(a, 'full')).toBe('A-full')
    expect(cache.get(b, 'full')).toBeUndefined() // same content, other list: not trusted
    cache.set(a, 'full', 'A-full') // touched: now the newest
    cache.set(a, 'zoom2', 'A-zoom2')
    expect(cache.get(a, 'zoom1')).toBeUndefined()
    expect(cache.get(a, 'full')).toBe('A-full')
    expect(cache.get(a, 'zoom2')).toBe('A-zoom2')
    cache.set(b, 'zoom2', 'B-zoom2')
    expect(cache.get(a, 'full')).toBeUndefined()
    expect(cache.get(b, 'zoom2')).toBe('B-zoom2')
  })
})
