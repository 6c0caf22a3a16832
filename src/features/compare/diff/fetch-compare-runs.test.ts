import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MlflowApiError } from '../../../api/client.ts'
import { runQueries } from '../../../api/runs.ts'
import { fakeFetch, type FakeCall } from '../../../testing/fixtures/fake-fetch.ts'
import { fetchCompareRuns, LANES, SEARCH_BATCH } from './fetch-compare-runs.ts'

afterEach(() => vi.unstubAllGlobals())

const wireRun = (id: string, exp: string) => ({
  info: { run_id: id, run_uuid: id, experiment_id: exp, status: 'FINISHED', lifecycle_stage: 'active', start_time: 1 },
  data: { params: [{ key: 'lr', value: `0.${id.length}` }, { key: 'id', value: id }] },
})
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
const notFound = () => json({ error_code: 'RESOURCE_DOES_NOT_EXIST', message: 'no such run' }, 404)

type FakeServer = {
  /** run id → experiment id of the runs the server holds. */
  runs: Record<string, string>
  /** Answer for runs/search (default: an MLflow-like search). */
  search?: (call: FakeCall) => Response
  /** Answer for runs/get of this id, or undefined for the default. */
  get?: (id: string, attempt: number) => Response | undefined
}

/** An MLflow-like server for runs/get and runs/search `run_id IN (…)`; returns the calls made. */
function serve(server: FakeServer) {
  const attempts = new Map<string, number>()
  const fake = fakeFetch((call) => {
    if (call.path.endsWith('/runs/get')) {
      const id = call.query.get('run_id') ?? ''
      const attempt = (attempts.get(id) ?? 0) + 1
      attempts.set(id, attempt)
      const special = server.get?.(id, attempt)
      if (special) return special
      return server.runs[id] ? json({ run: wireRun(id, server.runs[id]) }) : notFound()
    }
    if (call.path.endsWith('/runs/search')) {
      if (server.search) return server.search(call)
      const body = call.body as { experiment_ids: string[]; filter: string; run_view_type: string }
      const ids = [...body.filter.matchAll(/'([^']+)'/g)].map((m) => m[1])
      const runs = ids.filter((id) => server.runs[id] && body.experiment_ids.includes(server.runs[id])).map((id) => wireRun(id, server.runs[id]))
      return json(runs.length ? { runs } : {})
    }
    return json({}, 404)
  })
  vi.stubGlobal('fetch', fake.fetch)
  return fake.calls
}

const idsOf = (n: number, prefix = 'r') => Array.from({ length: n }, (_, i) => `${prefix}${i}`)
const client = (retry: number | false = false) => new QueryClient({ defaultOptions: { queries: { retry, retryDelay: 0 } } })
const state = (qc: QueryClient, id: string) => qc.getQueryState(runQueries.detail(id).queryKey)
const settled = (qc: QueryClient, ids: string[]) => vi.waitFor(() => expect(ids.every((id) => state(qc, id)?.fetchStatus === 'idle' && state(qc, id)?.status !== 'pending')).toBe(true))
const count = (calls: FakeCall[], path: string) => calls.filter((c) => c.path.endsWith(path)).length

describe('fetchCompareRuns', () => {
  it.each([
    { name: '23 runs of one experiment: runs/get until the experiment is known, then batches', runs: Object.fromEntries(idsOf(23).map((id) => [id, '1'])), gets: LANES, searches: Math.ceil((23 - LANES) / SEARCH_BATCH) },
    { name: 'one run: a single runs/get', runs: { r0: '1' }, gets: 1, searches: 0 },
    // Three lanes each search a batch of x runs with experiment 1 only, find none, runs/get one and
    // search the rest again with experiment 2 as well.
    { name: 'runs of a second experiment: one runs/get reveals it, the rest of the batch is searched again', runs: { ...Object.fromEntries(idsOf(3).map((id) => [id, '1'])), ...Object.fromEntries(idsOf(25, 'x').map((id) => [id, '2'])) }, gets: LANES + 3, searches: 6 },
  ])('$name', async ({ runs, gets, searches }) => {
    const calls = serve({ runs })
    const qc = client()
    const ids = Object.keys(runs)
    fetchCompareRuns(qc, ids)
    await settled(qc, ids)
    for (const id of ids) expect(qc.getQueryData(runQueries.detail(id).queryKey)?.params.id).toBe(id)
    expect(count(calls, '/runs/get')).toBe(gets)
    expect(count(calls, '/runs/search')).toBe(searches)
    for (const c of calls.filter((x) => x.path.endsWith('/runs/search'))) {
      expect(c.body).toMatchObject({ run_view_type: 'ALL' })
      expect((c.body as { filter: string }).filter).toMatch(/^attributes\.run_id IN \('[^']+'(, '[^']+')*\)$/)
    }
  })

  it.each([
    { name: 'a right hint: batches from the first request, no runs/get', hint: ['1'], gets: 0, searches: 3 },
    { name: 'a wrong hint: an empty search per lane, then runs/get reveals the experiment', hint: ['99'], gets: LANES, searches: 3 + LANES },
  ])('23 runs with an experiment hint, $name', async ({ hint, gets, searches }) => {
    const runs = Object.fromEntries(idsOf(23).map((id) => [id, '1']))
    const calls = serve({ runs })
    const qc = client()
    fetchCompareRuns(qc, Object.keys(runs), hint)
    await settled(qc, Object.keys(runs))
    for (const id of Object.keys(runs)) expect(qc.getQueryData(runQueries.detail(id).queryKey)?.params.id).toBe(id)
    expect(count(calls, '/runs/get')).toBe(gets)
    expect(count(calls, '/runs/search')).toBe(searches)
    expect((calls[0].body as { experiment_ids: string[] }).experiment_ids).toEqual(hint)
  })

  it('a search the server refuses falls back to runs/get for every run of the batch', async () => {
    const runs = Object.fromEntries(idsOf(12).map((id) => [id, '1']))
    const calls = serve({ runs, search: () => json({ error_code: 'INVALID_PARAMETER_VALUE', message: 'IN not supported' }, 400) })
    const qc = client()
    fetchCompareRuns(qc, Object.keys(runs))
    await settled(qc, Object.keys(runs))
    expect(Object.keys(runs).every((id) => qc.getQueryData(runQueries.detail(id).queryKey))).toBe(true)
    expect(count(calls, '/runs/get')).toBe(12)
  })

  it('an unknown run fails alone; the others load', async () => {
    const runs = Object.fromEntries(idsOf(6).map((id) => [id, '1']))
    serve({ runs })
    const qc = client()
    fetchCompareRuns(qc, [...Object.keys(runs), 'gone'])
    await settled(qc, [...Object.keys(runs), 'gone'])
    expect(state(qc, 'gone')?.status).toBe('error')
    expect(state(qc, 'gone')?.error).toBeInstanceOf(MlflowApiError)
    expect(Object.keys(runs).every((id) => state(qc, id)?.status === 'success')).toBe(true)
  })

  it('a query that reads a run meanwhile joins the batch instead of asking runs/get', async () => {
    const runs = Object.fromEntries(idsOf(14).map((id) => [id, '1']))
    const calls = serve({ runs })
    const qc = client()
    fetchCompareRuns(qc, Object.keys(runs))
    const joined = await Promise.all(Object.keys(runs).map((id) => qc.ensureQueryData(runQueries.detail(id))))
    expect(joined.map((r) => r.info.runId)).toEqual(Object.keys(runs))
    expect(count(calls, '/runs/get')).toBe(LANES)
  })

  it('a retry after a transient failure asks runs/get again', async () => {
    const calls = serve({ runs: { a: '1' }, get: (_id, attempt) => (attempt === 1 ? json({ error_code: 'INTERNAL_ERROR', message: 'busy' }, 503) : undefined) })
    const qc = client(1)
    fetchCompareRuns(qc, ['a'])
    await vi.waitFor(() => expect(state(qc, 'a')?.status).toBe('success'))
    expect(count(calls, '/runs/get')).toBe(2)
  })

  it('skips runs already cached, in flight or failed', async () => {
    const calls = serve({ runs: { a: '1', b: '1' } })
    const qc = client()
    fetchCompareRuns(qc, ['a', 'zz'])
    fetchCompareRuns(qc, ['a', 'zz'])
    await settled(qc, ['a', 'zz'])
    fetchCompareRuns(qc, ['a', 'zz', 'b'])
    await settled(qc, ['b'])
    expect(calls.map((c) => c.query.get('run_id'))).toEqual(['a', 'zz', 'b'])
  })
})
