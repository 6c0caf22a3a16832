import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { trackingTestClient, type TrackingTestClient } from '../routes/tracking-test-client.ts'

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
