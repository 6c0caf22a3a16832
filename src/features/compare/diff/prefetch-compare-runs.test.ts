import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { runQueries } from '../../../api/runs.ts'
import { prefetchCompareRuns } from './prefetch-compare-runs.ts'

const runBody = (id: string) => ({ run: { info: { run_id: id, run_uuid: id, experiment_id: '1', status: 'FINISHED', lifecycle_stage: 'active', start_time: '1' }, data: { params: [{ key: 'lr', value: '0.1' }] } } })

function stubFetch() {
  const calls: string[] = []
  vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://x')
    calls.push(url.pathname.replace(/.*mlflow\//, '') + url.search)
    return new Response(JSON.stringify(runBody(url.searchParams.get('run_id') ?? '')), { status: 200, headers: { 'content-type': 'application/json' } })
  }))
  return calls
}

afterEach(() => vi.unstubAllGlobals())

describe('prefetchCompareRuns', () => {
  it.each([
    { name: 'params tab: one runs/get per run', url: 'http://h/compare?run=a1&run=b2&tab=params', expected: ['runs/get?run_id=a1', 'runs/get?run_id=b2'] },
    { name: 'hydra tab', url: 'http://h/compare?run=a1&tab=hydra', expected: ['runs/get?run_id=a1'] },
    { name: 'charts tab (default): nothing', url: 'http://h/compare?run=a1&run=b2', expected: [] },
    { name: 'no runs: nothing', url: 'http://h/compare?tab=params', expected: [] },
  ])('$name', async ({ url, expected }) => {
    const calls = stubFetch()
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    expect(prefetchCompareRuns(qc, url)).toBeNull()
    await vi.waitFor(() => expect(calls).toEqual(expected))
    if (expected.length) await vi.waitFor(() => expect(qc.getQueryData(runQueries.detail('a1').queryKey)?.params).toEqual({ lr: '0.1' }))
  })

  it('keeps at most 4 requests in flight (two connections stay free for the page chunks)', async () => {
    let inFlight = 0
    let peak = 0
    const release: (() => void)[] = []
    vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL) => {
      const id = new URL(String(input), 'http://x').searchParams.get('run_id') ?? ''
      peak = Math.max(peak, ++inFlight)
      await new Promise<void>((r) => release.push(r))
      inFlight--
      return new Response(JSON.stringify(runBody(id)), { status: 200 })
    }))
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const ids = Array.from({ length: 10 }, (_, i) => `r${i}`)
    prefetchCompareRuns(qc, `http://h/compare?${ids.map((id) => `run=${id}`).join('&')}&tab=params`)
    for (let done = 0; done < 10; done++) {
      await vi.waitFor(() => expect(release.length).toBeGreaterThan(0))
      expect(inFlight).toBeLessThanOrEqual(4)
      release.shift()?.()
    }
    await vi.waitFor(() => expect(ids.every((id) => qc.getQueryData(runQueries.detail(id).queryKey))).toBe(true))
    expect(peak).toBe(4)
  })

  it('fetches only what the cache lacks, and a failure is left to the panel', async () => {
    const calls = stubFetch()
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 0 } } })
    prefetchCompareRuns(qc, 'http://h/compare?run=a1&tab=params')
    await vi.waitFor(() => expect(calls).toHaveLength(1))
    await vi.waitFor(() => expect(qc.getQueryData(runQueries.detail('a1').queryKey)).toBeDefined())
    prefetchCompareRuns(qc, 'http://h/compare?run=a1&run=c3&tab=params&diffOnly=1')
    await vi.waitFor(() => expect(calls).toEqual(['runs/get?run_id=a1', 'runs/get?run_id=c3']))
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"error_code":"RESOURCE_DOES_NOT_EXIST","message":"no"}', { status: 404 })))
    expect(() => prefetchCompareRuns(qc, 'http://h/compare?run=zz9&tab=params')).not.toThrow()
    await vi.waitFor(() => expect(qc.getQueryState(runQueries.detail('zz9').queryKey)?.status).toBe('error'))
  })
})
