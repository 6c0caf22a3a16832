import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { runQueries } from '../../../api/runs.ts'
import { prefetchCompareRuns } from './prefetch-compare-runs.ts'

// The loader starts loading the diff sections' chunk; the stand-in records that it was asked for.
const chunk = vi.hoisted(() => ({ loads: 0 }))
vi.mock('./compare-diff-tabs.tsx', () => {
  chunk.loads++
  return { CompareDiffTabs: () => null }
})

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
    { name: 'params tab: the runs (few: one runs/get each)', url: 'http://h/compare?run=a1&run=b2&tab=params', expected: ['runs/get?run_id=a1', 'runs/get?run_id=b2'] },
    { name: 'hydra tab', url: 'http://h/compare?run=a1&tab=hydra', expected: ['runs/get?run_id=a1'] },
    { name: 'charts tab (default): the runs too (names, colours, metric keys)', url: 'http://h/compare?run=a1&run=b2', expected: ['runs/get?run_id=a1', 'runs/get?run_id=b2'] },
    { name: 'no runs: nothing', url: 'http://h/compare?tab=params', expected: [] },
  ])('$name', async ({ url, expected }) => {
    const calls = stubFetch()
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    expect(prefetchCompareRuns(qc, url)).toBeNull()
    await vi.waitFor(() => expect(calls.sort()).toEqual(expected))
    if (expected.length) await vi.waitFor(() => expect(qc.getQueryData(runQueries.detail('a1').queryKey)?.params).toEqual({ lr: '0.1' }))
  })

  it('starts loading the diff sections chunk for a diff tab', async () => {
    stubFetch()
    prefetchCompareRuns(new QueryClient(), 'http://h/compare?run=a1&tab=metrics')
    await vi.waitFor(() => expect(chunk.loads).toBe(1))
  })

  it('fetches only what the cache lacks; a URL toggle refetches nothing', async () => {
    const calls = stubFetch()
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 0 } } })
    prefetchCompareRuns(qc, 'http://h/compare?run=a1&tab=params')
    await vi.waitFor(() => expect(qc.getQueryData(runQueries.detail('a1').queryKey)).toBeDefined())
    prefetchCompareRuns(qc, 'http://h/compare?run=a1&run=c3&tab=params&diffOnly=1')
    await vi.waitFor(() => expect(qc.getQueryData(runQueries.detail('c3').queryKey)).toBeDefined())
    prefetchCompareRuns(qc, 'http://h/compare?run=a1&run=c3&tab=params')
    expect(calls).toEqual(['runs/get?run_id=a1', 'runs/get?run_id=c3'])
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"error_code":"RESOURCE_DOES_NOT_EXIST","message":"no"}', { status: 404 })))
    expect(() => prefetchCompareRuns(qc, 'http://h/compare?run=zz9&tab=params')).not.toThrow()
    await vi.waitFor(() => expect(qc.getQueryState(runQueries.detail('zz9').queryKey)?.status).toBe('error'))
  })
})
