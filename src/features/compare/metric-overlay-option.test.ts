import { describe, expect, it } from 'vitest'
import { drawLines, type DrawnLine } from './drawn-lines.ts'
import { buildMetricOverlayOption, dataExtent, gapMarkerRows, toFlat, toRows, type OverlayOptionInput } from './metric-overlay-option.ts'
import { buildLines } from './overlay-lines.ts'
import { historyFrom, pts, testRun } from './test-helpers.ts'

type AnySeries = { id: string; data: unknown[]; lineStyle?: { width?: number; type?: string; opacity?: number }; stack?: string; showSymbol?: boolean }

function drawnFor(values: Record<string, number[]>, opts: { smoothing?: 'none' | 'ema'; group?: string[]; params?: Record<string, Record<string, string>> } = {}): DrawnLine[] {
  const runs = Object.keys(values).map((id, i) => testRun(id, { isBaseline: i === 0, params: opts.params?.[id] ?? {} }))
  const table = Object.fromEntries(Object.entries(values).map(([id, v]) => [id, { loss: pts(v) }]))
  const built = buildLines({ runs, metricKeys: ['loss'], history: historyFrom(table), x: 'step', smoothing: opts.smoothing ?? 'none', weight: 0.6, group: opts.group ?? [], aggregate: 'mean', band: 'minmax' })
  return drawLines(built.lines, { buckets: 500 })
}

function build(drawn: DrawnLine[], patch: Partial<OverlayOptionInput> = {}) {
  return buildMetricOverlayOption({ drawn, x: 'step', logX: false, logY: false, outliers: false, zoom: null, ...patch })
}
const seriesOf = (o: ReturnType<typeof build>) => o.option.series as AnySeries[]
const axis = (o: ReturnType<typeof build>, name: 'xAxis' | 'yAxis') => o.option[name] as { type: string; min?: number; max?: number }

describe('buildMetricOverlayOption', () => {
  it.each<{ name: string; values: Record<string, number[]>; smoothing: 'none' | 'ema'; ids: string[] }>([
    { name: 'one run, no smoothing → one main series', values: { a: [1, 2, 3] }, smoothing: 'none' as const, ids: ['run:a:loss'] },
    { name: 'smoothing adds the faint raw line', values: { a: [1, 2, 3] }, smoothing: 'ema' as const, ids: ['run:a:loss', 'run:a:loss:raw'] },
    { name: 'NaN adds a gap-marker series', values: { a: [1, NaN, 3] }, smoothing: 'none' as const, ids: ['run:a:loss', 'run:a:loss:gaps'] },
    { name: 'two runs', values: { a: [1, 2], b: [3, 4] }, smoothing: 'none' as const, ids: ['run:a:loss', 'run:b:loss'] },
  ])('$name', ({ values, smoothing, ids }) => {
    expect(seriesOf(build(drawnFor(values, { smoothing }))).map((s) => s.id)).toEqual(ids)
  })

  it('draws the baseline thicker than the other runs and labels it', () => {
    const s = seriesOf(build(drawnFor({ base: [1, 2], other: [2, 3] })))
    expect(s[0].lineStyle?.width).toBeGreaterThan(s[1].lineStyle?.width ?? 0)
    expect((s[0] as unknown as { name: string }).name).toContain('(baseline)')
  })

  it('raw curve is faint behind the smoothed one', () => {
    const raw = seriesOf(build(drawnFor({ a: [1, 5, 2, 6] }, { smoothing: 'ema' }))).find((s) => s.id.endsWith(':raw'))
    expect(raw?.lineStyle?.opacity).toBeLessThan(0.5)
  })

  it.each([
    { name: 'linear fits data with padding', patch: {}, check: (min: number, max: number) => min < 1 && max > 100 && max < 110 },
    { name: 'ignore outliers only rescales to p5–p95', patch: { outliers: true }, check: (min: number, max: number) => max < 50 && min >= 0 },
    { name: 'log scale stays positive', patch: { logY: true }, check: (min: number) => min > 0 },
  ])('y range: $name', ({ patch, check }) => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 100]
    const o = build(drawnFor({ a: values }), patch)
    const y = axis(o, 'yAxis')
    expect(check(y.min!, y.max!)).toBe(true)
    // No point is removed: the main series still holds all 21 points (x, y, value each).
    expect(seriesOf(o)[0].data).toHaveLength(21 * 3)
  })

  it.each([
    { x: 'step' as const, logX: false, type: 'value' },
    { x: 'step' as const, logX: true, type: 'log' },
    { x: 'wall' as const, logX: true, type: 'time' },
    { x: 'relative' as const, logX: false, type: 'value' },
  ])('x axis $x (logX=$logX) → $type', ({ x, logX, type }) => {
    expect(axis(build(drawnFor({ a: [1, 2, 3] }), { x, logX }), 'xAxis').type).toBe(type)
  })

  it('zoom sets the dataZoom window and fits y to the visible part only', () => {
    const o = build(drawnFor({ a: [100, 100, 1, 2, 3] }), { zoom: [2, 4] })
    const dz = (o.option.dataZoom as Array<{ startValue?: number; endValue?: number }>)[0]
    expect([dz.startValue, dz.endValue]).toEqual([2, 4])
    expect(axis(o, 'yAxis').max).toBeLessThan(10)
    // The axis keeps the full extent so the user can zoom back out.
    expect([axis(o, 'xAxis').min, axis(o, 'xAxis').max]).toEqual([0, 4])
  })

  it('groups draw a stacked band under the aggregate line', () => {
    const drawn = drawnFor({ a: [1, 2], b: [3, 4], c: [5, 6] }, { group: ['params.opt'], params: { a: { opt: 'sgd' }, b: { opt: 'sgd' }, c: { opt: 'adam' } } })
    const s = seriesOf(build(drawn))
    const bands = s.filter((x) => x.stack)
    expect(bands.map((b) => b.id).slice(0, 2)).toEqual(['group:opt=sgd:band:lo', 'group:opt=sgd:band:hi'])
    expect(s.filter((x) => !x.stack).map((x) => x.id)).toEqual(['group:opt=sgd', 'group:opt=adam'])
  })

  it('all-NaN series yields markers and a default y range', () => {
    const o = build(drawnFor({ a: [NaN, NaN] }))
    expect(o.yRange).toBeNull()
    expect(seriesOf(o).map((s) => s.id)).toEqual(['run:a:loss', 'run:a:loss:gaps'])
  })

  it('a single point is drawn with a symbol', () => {
    expect(seriesOf(build(drawnFor({ a: [0.5] })))[0].showSymbol).toBe(true)
  })

  it('tooltip sorts by value, counts NaN and escapes names', () => {
    const drawn = drawnFor({ '<b>x</b>': [1, NaN], y: [5, 6] })
    const formatter = (build(drawn).option.tooltip as { formatter: (p: unknown) => string }).formatter
    const html = formatter([
      { seriesId: 'run:<b>x</b>:loss', axisValue: 1, value: [1, '-', NaN] },
      { seriesId: 'run:y:loss', axisValue: 1, value: [1, 6, 6] },
    ])
    expect(html.indexOf('y')).toBeLessThan(html.indexOf('&lt;b&gt;x'))
    expect(html).toContain('1 NaN in series')
    expect(html).not.toContain('<b>x</b>')
  })
})

describe('helpers', () => {
  it.each([
    { ys: [1, NaN, Infinity, -1], logY: false, want: [1, '-', '-', -1] },
    { ys: [1, 0, -2, 3], logY: true, want: [1, '-', '-', 3] },
  ])('toRows $ys log=$logY', ({ ys, logY, want }) => {
    expect(toRows(Float64Array.from(ys.map((_, i) => i)), Float64Array.from(ys), logY).map((r) => r[1])).toEqual(want)
    // The flat form holds the same rows, NaN where the row has '-', the logged value in dim 2.
    const flat = toFlat(Float64Array.from(ys.map((_, i) => i)), Float64Array.from(ys), logY)
    expect(Array.from({ length: ys.length }, (_, i) => [flat[3 * i], Number.isNaN(flat[3 * i + 1]) ? '-' : flat[3 * i + 1], flat[3 * i + 2]])).toEqual(ys.map((y, i) => [i, want[i], y]))
  })

  it('gap markers: NaN and +∞ at the top, −∞ at the bottom, line broken after a gap', () => {
    const rows = gapMarkerRows(Float64Array.of(0, 1, 2, 3), Float64Array.of(NaN, -Infinity, 5, Infinity), { min: -1, max: 9 })
    expect(rows.map((r) => r.value[1])).toEqual([9, -1, '-', 9])
    expect(rows.map((r) => r.symbolRotate)).toEqual([0, 180, 0, 0])
  })

  it('dataExtent skips x ≤ 0 on a log axis', () => {
    const drawn = drawnFor({ a: [1, 2, 3] })
    expect(dataExtent(drawn)).toEqual([0, 2])
    expect(dataExtent(drawn, true)).toEqual([1, 2])
  })
})
