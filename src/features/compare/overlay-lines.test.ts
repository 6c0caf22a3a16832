import { describe, expect, it } from 'vitest'
import { buildLines, groupCandidates, groupLabel, type BuildLinesInput } from './overlay-lines.ts'
import { historyFrom, pts, testRun } from './test-helpers.ts'

const runs = [
  testRun('a', { isBaseline: true, params: { opt: 'sgd' } }),
  testRun('b', { params: { opt: 'sgd' } }),
  testRun('c', { params: { opt: 'adam' }, tags: { team: 'x', 'mlflow.user': 'u' } }),
]
const history = historyFrom({ a: { loss: pts([1, 2, 3]) }, b: { loss: pts([3, 4, 5]) }, c: { loss: pts([5, 6], 0), acc: pts([1]) } })
const base: BuildLinesInput = { runs, metricKeys: ['loss'], history, x: 'step', smoothing: 'none', weight: 0.6, group: [], aggregate: 'mean', band: 'minmax' }

describe('buildLines', () => {
  it('one line per run; baseline labelled; runs without the metric listed', () => {
    const r = buildLines({ ...base, metricKeys: ['acc'] })
    expect(r.lines.map((l) => l.name)).toEqual(['c'])
    expect(r.missing).toEqual(['a', 'b'])
    expect(buildLines(base).lines[0].name).toBe('a (baseline)')
  })
  it('multi-metric charts name lines "run · metric" and number the metrics', () => {
    const r = buildLines({ ...base, metricKeys: ['loss', 'acc'] })
    expect(r.lines.map((l) => [l.name, l.kind === 'run' && l.metricIndex])).toContainEqual(['c · acc', 1])
  })
  it.each([
    { aggregate: 'mean' as const, want: [2, 3, 4] },
    { aggregate: 'median' as const, want: [2, 3, 4] },
    { aggregate: 'min' as const, want: [1, 2, 3] },
    { aggregate: 'max' as const, want: [3, 4, 5] },
  ])('group aggregate $aggregate', ({ aggregate, want }) => {
    const r = buildLines({ ...base, group: ['params.opt'], aggregate })
    const sgd = r.lines.find((l) => l.name.startsWith('opt=sgd'))
    expect(sgd?.kind === 'group' && Array.from(sgd.center.ys)).toEqual(want)
    expect(sgd?.name).toBe('opt=sgd (2 runs)')
  })
  it('says how runs with different steps are aligned', () => {
    const h = historyFrom({ a: { loss: pts([1, 2, 3]) }, b: { loss: pts([1, 2], 10) }, c: { loss: [] } })
    expect(buildLines({ ...base, history: h, group: ['params.opt'] }).notes.join(' ')).toMatch(/linearly interpolated/)
    expect(buildLines({ ...base, group: ['params.opt'] }).notes.join(' ')).toMatch(/identical x values/)
  })
  it('std band is NaN with one run (unknown spread), present with two', () => {
    const r = buildLines({ ...base, group: ['params.opt'], band: 'std' })
    const [sgd, adam] = r.lines
    expect(sgd.kind === 'group' && Number.isFinite(sgd.upper[0])).toBe(true)
    expect(adam.kind === 'group' && Number.isNaN(adam.upper[0])).toBe(true)
  })
})

describe('grouping keys', () => {
  it.each([
    { keys: ['params.opt'], run: runs[2], want: 'opt=adam' },
    { keys: ['tags.team', 'params.missing'], run: runs[2], want: 'team=x, missing=∅' },
    { keys: ['attributes.status'], run: testRun('z', { attributes: { status: 'FAILED' } }), want: 'status=FAILED' },
  ])('groupLabel $keys', ({ keys, run, want }) => expect(groupLabel(run, keys)).toBe(want))
  it('candidates skip mlflow.* system tags', () => {
    const c = groupCandidates(runs)
    expect(c).toContain('params.opt')
    expect(c).toContain('tags.team')
    expect(c).not.toContain('tags.mlflow.user')
  })
})

describe('group lines are reused while their runs’ data is the same', () => {
  // Like the app's history cache: the same (run, key) gives the same columns object.
  const views = new Map(['a', 'b', 'c'].map((id) => [id, history(id, 'loss')]))
  const stable = (runId: string) => views.get(runId)
  const grouped = (over: Partial<BuildLinesInput> = {}) => buildLines({ ...base, history: stable, group: ['params.opt'], ...over }).lines
  it.each([
    { name: 'rebuilt (a zoom, new run objects)', other: () => grouped({ runs: runs.map((r) => ({ ...r })) }), same: true },
    { name: 'other aggregate', other: () => grouped({ aggregate: 'median' }), same: false },
    { name: 'other band', other: () => grouped({ band: 'std' }), same: false },
    { name: 'new history data', other: () => grouped({ history }), same: false },
  ])('$name → same objects: $same', ({ other, same }) => {
    const first = grouped()
    const next = other()
    expect(next.length).toBe(first.length)
    expect(next.every((l, i) => l === first[i])).toBe(same)
  })
})
