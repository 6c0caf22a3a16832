import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeFetch, responseFor, type FakeCall } from '../testing/fixtures/fake-fetch.ts'
import { fixture } from '../testing/fixtures/load.ts'
import { chunk, getHistoryBulk, getHistoryBulkInterval, getMetricHistories, getMetricHistory, metricQueries } from './metrics.ts'
import { CAPABILITIES_2X, CAPABILITIES_3X } from './server-info.ts'

afterEach(() => {
  vi.unstubAllGlobals()
})

function stub(handler: (call: FakeCall) => Response | Promise<Response>) {
  const fake = fakeFetch(handler)
  vi.stubGlobal('fetch', fake.fetch)
  return fake.calls
}

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })
// MLflow (Python json.dumps) writes a space after the colon.
const tok = (offset: number) => btoa(`{"offset": ${offset}}`)

describe('getMetricHistory', () => {
  it('3.11: sends max_results=25000 on every page and follows next_page_token', async () => {
    const calls = stub((c) => {
      const token = c.query.get('page_token')
      if (!token) return responseFor(fixture('v3.11', 'metrics-get-history-paged'))
      if (token === tok(5)) return responseFor(fixture('v3.11', 'metrics-get-history-page2'))
      return json({ metrics: [{ key: 'train_loss', value: 'NaN', timestamp: 1, step: 10 }] })
    })
    const points = await getMetricHistory('d6d93d74921e4453ad543f91f62c239a', 'train_loss')
    expect(points.map((p) => p.step)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(points[10]?.value).toBeNaN()
    expect(calls.map((c) => [c.path, c.query.get('max_results'), c.query.get('page_token')])).toEqual([
      ['/api/2.0/mlflow/metrics/get-history', '25000', null],
      ['/api/2.0/mlflow/metrics/get-history', '25000', tok(5)],
      ['/api/2.0/mlflow/metrics/get-history', '25000', tok(10)],
    ])
    expect(calls[0]?.query.get('run_id')).toBe('d6d93d74921e4453ad543f91f62c239a')
  })

  it('2.10: the whole series in one answer, ±Infinity decoded', async () => {
    const calls = stub(() => responseFor(fixture('v2.10', 'metrics-get-history-nan')))
    const points = await getMetricHistory('7d835078e9954753bce79150a8278314', 'val_loss')
    expect(calls).toHaveLength(1)
    expect(points).toHaveLength(15)
    expect(points.at(-1)).toEqual({ step: 650, timestamp: 1715018443720, value: Infinity })
  })

  it('a token pointing back to offset 0 does not loop (3.11 without max_results)', async () => {
    const calls = stub(() => responseFor(fixture('v3.11', 'metrics-get-history')))
    await expect(getMetricHistory('r', 'val_mAP')).resolves.toEqual([])
    expect(calls).toHaveLength(1)
  })

  it('unknown metric key → []', async () => {
    stub(() => responseFor(fixture('v2.10', 'metrics-get-history-unknown-key')))
    await expect(getMetricHistory('r', 'nope')).resolves.toEqual([])
  })
})

describe('getHistoryBulkInterval', () => {
  it('chunks 250 run ids into calls of ≤ 100 `run_ids`, groups points by run', async () => {
    const ids = Array.from({ length: 250 }, (_, i) => `run${String(i).padStart(3, '0')}`)
    const calls = stub((c) => json({ metrics: c.query.getAll('run_ids').slice(0, 2).map((id) => ({ key: 'loss', value: 1, step: 3, timestamp: 4, run_id: id })) }))
    const byRun = await getHistoryBulkInterval({ runIds: ids, metricKey: 'loss', maxResults: 9999 })
    expect(calls.map((c) => c.query.getAll('run_ids').length)).toEqual([100, 100, 50])
    expect(calls.every((c) => c.query.get('max_results') === '2500' && c.query.get('metric_key') === 'loss')).toBe(true)
    expect(Object.keys(byRun)).toHaveLength(250)
    expect(byRun.run000).toEqual([{ step: 3, timestamp: 4, value: 1 }])
    expect(byRun.run002).toEqual([])
  })

  it('parses the recorded 3.11 answer', async () => {
    const fx = fixture('v3.11', 'metrics-get-history-bulk-interval')
    const ids = fx.request.url ? new URL(fx.request.url, 'http://x').searchParams.getAll('run_ids') : []
    const calls = stub(() => responseFor(fx))
    const byRun = await getHistoryBulkInterval({ runIds: ids, metricKey: 'train_loss', maxResults: 10 })
    expect(calls[0]?.url).toBe(fx.request.url?.replace('/ajax-api/', '/api/'))
    expect(byRun[ids[0] ?? '']?.slice(0, 2).map((p) => p.step)).toEqual([0, 200])
  })
})

describe('getHistoryBulk / getMetricHistories', () => {
  it('uses the ajax prefix and repeated run_id, as recorded', async () => {
    const fx = fixture('v2.10', 'metrics-get-history-bulk-ajax')
    const ids = new URL(fx.request.url ?? '', 'http://x').searchParams.getAll('run_id')
    const calls = stub(() => responseFor(fx))
    const res = await getHistoryBulk(ids, 'val_mAP', 20)
    expect(calls[0]?.url).toBe(fx.request.url)
    expect(res.incompleteRunIds).toEqual([])
    expect(Object.keys(res.byRun).sort()).toEqual([...ids].sort())
  })

  it('refuses more ids than the server allows', async () => {
    await expect(getHistoryBulk(Array.from({ length: 21 }, (_, i) => `r${i}`), 'k', 20)).rejects.toThrow(RangeError)
  })

  it('falls back to paged get-history for runs cut by the 25000-point cap', async () => {
    const pts = (id: string, n: number) => Array.from({ length: n }, (_, i) => ({ key: 'k', run_id: id, step: i, timestamp: i, value: i }))
    const calls = stub((c) => {
      if (c.path.endsWith('get-history-bulk')) return json({ metrics: [...pts('a', 20000), ...pts('b', 5000)] })
      return json({ metrics: [{ key: 'k', step: 1, timestamp: 1, value: 7 }] })
    })
    const byRun = await getMetricHistories(['c', 'a', 'b'], 'k', CAPABILITIES_2X)
    expect(byRun.a).toHaveLength(20000)
    expect(byRun.b).toEqual([{ step: 1, timestamp: 1, value: 7 }])
    expect(byRun.c).toEqual([{ step: 1, timestamp: 1, value: 7 }])
    expect(calls.filter((c) => c.path === '/api/2.0/mlflow/metrics/get-history').map((c) => c.query.get('run_id')).sort()).toEqual(['b', 'c'])
  })

  it.each([
    [CAPABILITIES_2X, [20, 20, 5]],
    [CAPABILITIES_3X, [45]],
  ] as const)('chunks bulk calls by the server limit (%j)', async (caps, sizes) => {
    const calls = stub(() => json({}))
    const byRun = await getMetricHistories(Array.from({ length: 45 }, (_, i) => `r${i}`), 'k', caps)
    expect(calls.map((c) => c.query.getAll('run_id').length)).toEqual(sizes)
    expect(calls.every((c) => c.path === '/ajax-api/2.0/mlflow/metrics/get-history-bulk')).toBe(true)
    expect(Object.values(byRun).every((p) => p.length === 0)).toBe(true)
  })
})

describe('metricQueries', () => {
  it.each([
    [true, Infinity],
    [false, 5000],
  ] as const)('finished=%s → staleTime %s', (isFinished, staleTime) => {
    expect(metricQueries.history('r', 'k', { isFinished }).staleTime).toBe(staleTime)
    expect(metricQueries.histories(['r'], 'k', CAPABILITIES_3X, { isFinished }).staleTime).toBe(staleTime)
  })

  it('keys ignore run id order', () => {
    expect(metricQueries.histories(['b', 'a'], 'k', CAPABILITIES_3X).queryKey).toEqual(metricQueries.histories(['a', 'b'], 'k', CAPABILITIES_3X).queryKey)
  })

  it.each([
    [[1, 2, 3, 4, 5], 2, [[1, 2], [3, 4], [5]]],
    [[], 3, []],
  ] as const)('chunk(%j, %s)', (items, size, expected) => expect(chunk(items, size)).toEqual(expected))
})

describe('metricQueries.sampled', () => {
  it.each([
    [CAPABILITIES_3X, '/api/2.0/mlflow/metrics/get-history-bulk-interval', [5, 10]],
    [CAPABILITIES_2X, '/ajax-api/2.0/mlflow/metrics/get-history-bulk', [5, 10]],
  ] as const)('uses the endpoint the server has (%j) and honours the step range', async (caps, path, steps) => {
    const calls = stub(() => json({ metrics: [0, 5, 10, 15].map((step) => ({ key: 'k', run_id: 'a', step, timestamp: step, value: 1 })) }))
    const opts = metricQueries.sampled({ runIds: ['a'], metricKey: 'k', maxResults: 100, startStep: 5, endStep: 10 }, caps)
    const byRun = await new QueryClient({ defaultOptions: { queries: { retry: false } } }).fetchQuery(opts)
    expect(calls[0]?.path).toBe(path)
    // bulk-interval filters on the server; here the fake ignores the range, so only 2.x is cut locally.
    if (!caps.bulkInterval) expect(byRun.a?.map((p) => p.step)).toEqual(steps)
    else expect(calls[0]?.query.get('start_step')).toBe('5')
  })
})
