import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { trackingTestClient, type TrackingTestClient } from '../routes/tracking-test-client.ts'
import { loadRunsJson } from './runs-json.ts'

// Params and tags come back in logging order (as MLflow's SQL store returns them), whether a
// run's rows sit in one dense rowid range (the fast path) or are interleaved with other runs'.

let t: TrackingTestClient
beforeEach(() => {
  t = trackingTestClient()
})
afterEach(() => t.close())

type KV = { key: string; value: string }
const params = async (runId: string) => ((await t.get('runs/get', { run_id: runId })).body.run as { data: { params?: KV[] } }).data.params ?? []
const tags = async (runId: string) => ((await t.get('runs/get', { run_id: runId })).body.run as { data: { tags?: KV[] } }).data.tags ?? []
const logParams = (runId: string, list: KV[]) => t.post('runs/log-batch', { run_id: runId, params: list })

describe('params and tags of runs/get and runs/search', () => {
  it('a run logged in one batch: logging order, not key order', async () => {
    const { runId } = await t.run('dense')
    const list = ['z', 'a', 'model.backbone', 'b', 'lr'].map((key, i) => ({ key, value: String(i) }))
    await logParams(runId, list)
    expect(await params(runId)).toEqual(list)
  })

  it.each([
    ['alternating one by one (each range is half the other run: still the range path)', 1],
    ['three of the other run between each (scattered: the index path)', 3],
  ])('two runs logged interleaved, %s', async (_name, otherPerStep) => {
    const { runId: a } = await t.run('a')
    const { runId: b } = await t.run('b')
    const expectedA: KV[] = []
    const expectedB: KV[] = []
    for (let i = 0; i < 6; i++) {
      const pa = { key: `k${5 - i}`, value: `a${i}` }
      expectedA.push(pa)
      await logParams(a, [pa])
      const pb = Array.from({ length: otherPerStep }, (_, j) => ({ key: `k${i}-${j}`, value: `b${i}-${j}` }))
      expectedB.push(...pb)
      await logParams(b, pb)
    }
    expect(await params(a)).toEqual(expectedA)
    expect(await params(b)).toEqual(expectedB)
    const search = await t.post('runs/search', { experiment_ids: ['1'], filter: `attributes.run_id IN ('${a}', '${b}')` })
    const byId = new Map((search.body.runs as { info: { run_id: string }; data: { params: KV[] } }[]).map((r) => [r.info.run_id, r.data.params]))
    expect(byId.get(a)).toEqual(expectedA)
    expect(byId.get(b)).toEqual(expectedB)
  })

  it('tags keep their first-logged position when overwritten', async () => {
    const { runId } = await t.run('tags')
    await t.post('runs/set-tag', { run_id: runId, key: 'team', value: 'cv' })
    await t.post('runs/set-tag', { run_id: runId, key: 'stage', value: 'dev' })
    await t.post('runs/set-tag', { run_id: runId, key: 'team', value: 'detection' })
    const own = (await tags(runId)).filter((x) => !x.key.startsWith('mlflow.'))
    expect(own).toEqual([{ key: 'team', value: 'detection' }, { key: 'stage', value: 'dev' }])
  })
})

describe('runs as JSON text (loadRunsJson)', () => {
  // Every string MLflow lets through, written once by SQLite's JSON functions and once by
  // JSON.stringify: the two must agree byte for byte, or clients would see other values.
  const hostile = ['q"uote', 'back\\slash', 'nl\nt\tcr\rbs\bff\f', '\u0001\u001f\u007f', 'é中文😀', '</script><img src=x onerror=alert(1)>', '\u2028\u2029', '', ' lead', 'NaN']

  it('is JSON.stringify of the run, byte for byte, for hostile keys and values', async () => {
    const { runId } = await t.run('hostile')
    const list = hostile.map((v, i) => ({ key: `k${i}${v.slice(0, 3).replace(/[^\w]/g, '_')}`, value: v }))
    await logParams(runId, list)
    for (const [i, v] of hostile.entries()) await t.post('runs/set-tag', { run_id: runId, key: `tag.${i}`, value: v })
    await t.post('runs/log-metric', { run_id: runId, key: 'loss', value: 'NaN', timestamp: 1, step: 0 })
    const text = loadRunsJson(t.db, [runId])[0]
    const run = JSON.parse(text) as { data: { params: KV[]; tags: KV[] } }
    expect(JSON.stringify(run)).toBe(text)
    expect(run.data.params).toEqual(list)
    expect(run.data.tags.filter((x) => x.key.startsWith('tag.')).map((x) => x.value)).toEqual(hostile)
    const served = await t.get('runs/get', { run_id: runId })
    expect(served.body).toEqual({ run })
  })

  it('leaves out empty lists, skips unknown ids and keeps the order asked for', async () => {
    const { runId: a } = await t.run('a')
    const { runId: b } = await t.run('b')
    await logParams(b, [{ key: 'lr', value: '0.1' }])
    const runs = loadRunsJson(t.db, [b, 'f'.repeat(32), a]).map((x) => JSON.parse(x) as { info: { run_id: string }; data: Record<string, unknown>; outputs?: object })
    expect(runs.map((r) => r.info.run_id)).toEqual([b, a])
    expect(runs[1].data.params).toBeUndefined()
    expect(runs[0].data.params).toEqual([{ key: 'lr', value: '0.1' }])
    expect(runs[0].outputs).toEqual({})
    expect(JSON.parse(loadRunsJson(t.db, [a], false)[0])).not.toHaveProperty('outputs')
  })

  it('runs/search pages: runs, then the token, as MLflow writes them', async () => {
    for (let i = 0; i < 3; i++) await t.run(`r${i}`)
    const page = await t.post('runs/search', { experiment_ids: ['1'], max_results: 2 })
    expect(Object.keys(page.body)).toEqual(['runs', 'next_page_token'])
    expect(page.body.runs).toHaveLength(2)
    const last = await t.post('runs/search', { experiment_ids: ['1'], max_results: 2, page_token: page.body.next_page_token })
    expect(Object.keys(last.body)).toEqual(['runs'])
    const none = await t.post('runs/search', { experiment_ids: ['1'], filter: "attributes.run_name = 'nope'" })
    expect(none.body).toEqual({})
  })
})
