import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { encodePageToken } from '../search/page-token.ts'
import { trackingTestClient, type TrackingTestClient } from './tracking-test-client.ts'

let t: TrackingTestClient
beforeEach(() => {
  t = trackingTestClient()
})
afterEach(() => t.close())

type Point = { key: string; value: number | string; timestamp: number; step: number; run_id?: string }

/** Logs `loss` = step/10 at the given steps (timestamp = 1000 + step) in batches of 1000. */
async function logSteps(runId: string, steps: number[], key = 'loss') {
  for (let i = 0; i < steps.length; i += 1000) {
    const metrics = steps.slice(i, i + 1000).map((s) => ({ key, value: s / 10, timestamp: 1000 + s, step: s }))
    const res = await t.post('runs/log-batch', { run_id: runId, metrics })
    expect(res.status).toBe(200)
  }
}
const range = (a: number, b: number, by = 1) => Array.from({ length: Math.floor((b - a) / by) + 1 }, (_, i) => a + i * by)

describe('metrics/get-history (3.x paging)', () => {
  it('pages with max_results + page_token and omits the token on the last page', async () => {
    const { runId } = await t.run()
    await logSteps(runId, range(0, 11))
    const p1 = await t.get('metrics/get-history', { run_id: runId, metric_key: 'loss', max_results: 5 })
    expect((p1.body.metrics as Point[]).map((m) => m.step)).toEqual([0, 1, 2, 3, 4])
    expect(p1.body.metrics).toContainEqual({ key: 'loss', value: 0.1, timestamp: 1001, step: 1 })
    expect(p1.body.next_page_token).toBe(encodePageToken(5))
    const p3 = await t.get('metrics/get-history', { run_id: runId, metric_key: 'loss', max_results: 5, page_token: encodePageToken(10) })
    expect((p3.body.metrics as Point[]).map((m) => m.step)).toEqual([10, 11])
    expect(p3.body).not.toHaveProperty('next_page_token')
  })

  it('without max_results returns no points, only a token at offset 0 (recorded 3.11 quirk); unknown key → {}', async () => {
    const { runId } = await t.run()
    await logSteps(runId, [0, 1])
    expect((await t.get('metrics/get-history', { run_id: runId, metric_key: 'loss' })).body).toEqual({ next_page_token: encodePageToken(0) })
    expect((await t.get('metrics/get-history', { run_id: runId, metric_key: 'nope', max_results: 10 })).body).toEqual({})
  })

  it('orders by (timestamp, step, value) and keeps NaN as "NaN"', async () => {
    const { runId } = await t.run()
    await t.post('runs/log-batch', {
      run_id: runId,
      metrics: [
        { key: 'm', value: 3, timestamp: 30, step: 0 },
        { key: 'm', value: 'NaN', timestamp: 10, step: 5 },
        { key: 'm', value: 1, timestamp: 10, step: 2 },
      ],
    })
    const res = await t.get('metrics/get-history', { run_uuid: runId, run_id: runId, metric_key: 'm', max_results: 25000 })
    expect(res.body.metrics).toEqual([
      { key: 'm', value: 1, timestamp: 10, step: 2 },
      { key: 'm', value: 'NaN', timestamp: 10, step: 5 },
      { key: 'm', value: 3, timestamp: 30, step: 0 },
    ])
  })
})

describe('metrics/get-history-bulk (/ajax-api only)', () => {
  it('returns runs in sorted id order, caps the TOTAL at max_results, and always has a metrics list', async () => {
    const a = (await t.run('a')).runId
    const b = (await t.run('b')).runId
    await logSteps(a, range(0, 4))
    await logSteps(b, range(0, 4))
    const [first, second] = [a, b].sort()
    const res = await t.get('/ajax-api/2.0/mlflow/metrics/get-history-bulk', { run_id: [second, first], metric_key: 'loss', max_results: 7 })
    const metrics = res.body.metrics as Point[]
    expect(metrics.map((m) => [m.run_id, m.step])).toEqual([...range(0, 4).map((s) => [first, s]), [second, 0], [second, 1]])
    expect(Object.keys(metrics[0])).toEqual(['key', 'run_id', 'step', 'timestamp', 'value'])
    const empty = await t.get('/ajax-api/2.0/mlflow/metrics/get-history-bulk', { run_id: first, metric_key: 'nope' })
    expect(empty.body).toEqual({ metrics: [] })
  })
})

describe('metrics/get-history-bulk-interval', () => {
  it('hand-computed: runs with 0..9 and 0..19 (gap at 15) at max_results=4', async () => {
    // Union of steps: 0..19 without 15 → 19 steps. 19 > 4, interval = 19/4 = 4.75:
    // ranks 0, 4, 9, 14 → steps 0, 4, 9, 14; plus the last step 19; plus run firsts/lasts 0, 9, 0, 19.
    // Grid = {0, 4, 9, 14, 19}. Run A (0..9) → 0, 4, 9; run B → 0, 4, 9, 14, 19.
    const a = (await t.run('a')).runId
    const b = (await t.run('b')).runId
    await logSteps(a, range(0, 9))
    await logSteps(b, range(0, 19).filter((s) => s !== 15))
    const res = await t.get('metrics/get-history-bulk-interval', { run_ids: [b, a], metric_key: 'loss', max_results: 4 })
    const metrics = res.body.metrics as Point[]
    expect(metrics.map((m) => [m.run_id === a ? 'A' : 'B', m.step])).toEqual([
      ['B', 0], ['B', 4], ['B', 9], ['B', 14], ['B', 19],
      ['A', 0], ['A', 4], ['A', 9],
    ])
    expect(metrics[1]).toEqual({ key: 'loss', value: 0.4, timestamp: 1004, step: 4, run_id: b })
    expect(Object.keys(metrics[0])).toEqual(['key', 'value', 'timestamp', 'step', 'run_id'])
  })

  it('returns every point at a sampled step, the full series without max_results, and {} for unknown runs', async () => {
    const { runId } = await t.run()
    await logSteps(runId, range(0, 2))
    await t.post('runs/log-metric', { run_id: runId, key: 'loss', value: 9, timestamp: 5000, step: 1 })
    const all = await t.get('/ajax-api/2.0/mlflow/metrics/get-history-bulk-interval', { run_ids: runId, metric_key: 'loss' })
    expect((all.body.metrics as Point[]).map((m) => [m.step, m.value])).toEqual([[0, 0], [1, 0.1], [1, 9], [2, 0.2]])
    const none = await t.get('metrics/get-history-bulk-interval', { run_ids: '0123456789abcdef0123456789abcdef', metric_key: 'loss' })
    expect(none.body).toEqual({})
  })

  it('window: start_step/end_step restricts the grid', async () => {
    const { runId } = await t.run()
    await logSteps(runId, range(0, 1199))
    const res = await t.get('metrics/get-history-bulk-interval', { run_ids: runId, metric_key: 'loss', start_step: 100, end_step: 200, max_results: 5 })
    expect((res.body.metrics as Point[]).map((m) => m.step)).toEqual([100, 120, 140, 160, 180, 200])
  })
})
