import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeFetch, recordedRequest, responseFor, sentRequest, type FakeCall } from '../testing/fixtures/fake-fetch.ts'
import { FIXTURE_VERSIONS, fixture } from '../testing/fixtures/load.ts'
import { deleteRun, deleteRunTag, getRun, normalizeRunSearch, restoreRun, runQueries, searchAllRuns, searchRuns, setRunTag, updateRun } from './runs.ts'

afterEach(() => {
  vi.unstubAllGlobals()
})

function stub(handler: (call: FakeCall) => Response | Promise<Response>) {
  const fake = fakeFetch(handler)
  vi.stubGlobal('fetch', fake.fetch)
  return fake.calls
}

const body = (name: string, v: 'v2.10' | 'v3.11' = 'v3.11') => {
  const b = fixture(v, name).request.body
  return b && typeof b === 'object' ? b : {}
}
const str = (o: object, k: string) => String(Reflect.get(o, k))

// Runlens always states the view type; the recorded requests rely on the server default.
const DEFAULTS = { run_view_type: 'ACTIVE_ONLY' }

describe.each(FIXTURE_VERSIONS)('runs fetchers send what was recorded on %s', (v) => {
  const runId = str(body('runs-delete', v), 'run_id')
  it.each([
    ['runs-page1-order-metric', 'runs-search-page1-order-metric', () => searchRuns({ experimentIds: ['1'], maxResults: 3, orderBy: ['metrics.val_mAP DESC'] })],
    ['runs-page2', 'runs-search-page2', () => searchRuns({ experimentIds: ['1'], maxResults: 3, orderBy: ['metrics.val_mAP DESC'], pageToken: 'eyJvZmZzZXQiOiAzfQ==' })],
    ['deleted only', 'runs-search-deleted-only', () => searchRuns({ experimentIds: ['1'], runViewType: 'DELETED_ONLY', maxResults: 1000 })],
    ['filter', 'runs-search-filter-status', () => searchRuns({ experimentIds: ['1'], filter: " attributes.status = 'FAILED' ", maxResults: 1000 })],
    ['get', 'runs-get', () => getRun(runId)],
    ['delete', 'runs-delete', () => deleteRun(runId)],
    ['restore', 'runs-restore', () => restoreRun(runId)],
    ['set tag', 'runs-set-tag', () => setRunTag(runId, 'dashboard.starred', 'true')],
    ['delete tag', 'runs-delete-tag', () => deleteRunTag(runId, 'dashboard.starred')],
  ] as const)('%s', async (_label, name, call) => {
    const fx = fixture(v, name)
    const calls = stub(() => responseFor(fx))
    await call()
    const recorded = recordedRequest(fx)
    // The recorded searches without max_results relied on the server default (1000).
    const defaults = { ...DEFAULTS, ...(recorded.body && typeof recorded.body === 'object' && !('max_results' in recorded.body) ? { max_results: 1000 } : {}) }
    expect(sentRequest(calls[0], defaults)).toEqual(recorded)
  })

  it('rename', async () => {
    const fx = fixture(v, 'runs-update-rename')
    const calls = stub(() => responseFor(fx))
    const info = await updateRun(str(body('runs-update-rename', v), 'run_id'), { runName: 'convnext-t-dino-renamed' })
    expect(sentRequest(calls[0])).toEqual(recordedRequest(fx))
    expect(info.runName).toBe('convnext-t-dino-renamed')
  })

  it('searchAllRuns follows pages until no token', async () => {
    const calls = stub((c) => {
      const token = c.body && typeof c.body === 'object' ? Reflect.get(c.body, 'page_token') : undefined
      if (!token) return responseFor(fixture(v, 'runs-search-page1-order-metric'))
      if (token === 'eyJvZmZzZXQiOiAzfQ==') return responseFor(fixture(v, 'runs-search-page2'))
      return new Response('{}', { status: 200 })
    })
    const res = await searchAllRuns({ experimentIds: ['1'], maxResults: 3, orderBy: ['metrics.val_mAP DESC'] })
    expect(res.complete).toBe(true)
    expect(res.runs.map((r) => r.info.runName)).toEqual(['yolov8m-640', 'yolov8m-lr-sweep/lr=0.003', 'yolov8m-lr-sweep/lr=0.001', 'convnext-t-dino', 'yolov8m-lr-sweep/lr=0.01', 'resnet101-fpn'])
    expect(calls).toHaveLength(3)
  })
})

describe('run search normalisation', () => {
  it.each([
    [{ experimentIds: ['2', '1', '2'] }, { experimentIds: ['1', '2'], filter: '', orderBy: [], runViewType: 'ACTIVE_ONLY', maxResults: 100 }],
    [{ experimentIds: ['1'], maxResults: 0 }, { maxResults: 1 }],
    [{ experimentIds: ['1'], maxResults: 50000 }, { maxResults: 1000 }],
    [{ experimentIds: ['1'], filter: '  metrics.x > 1 ' }, { filter: 'metrics.x > 1' }],
  ] as const)('%j → %j', (req, expected) => {
    expect(normalizeRunSearch({ ...req, experimentIds: [...req.experimentIds] })).toMatchObject(expected)
  })

  it('equal searches share a key whatever the id order', () => {
    expect(runQueries.search({ experimentIds: ['2', '1'] }).queryKey).toEqual(runQueries.search({ experimentIds: ['1', '2'], runViewType: 'ACTIVE_ONLY' }).queryKey)
    expect(runQueries.search({ experimentIds: ['1'], pageToken: 'x' }).queryKey).not.toEqual(runQueries.search({ experimentIds: ['1'] }).queryKey)
  })

  it('never sends max_results 0 (2.10 loops on it)', async () => {
    const calls = stub(() => new Response('{}', { status: 200 }))
    await searchRuns({ experimentIds: ['1'], maxResults: 0 })
    expect(calls[0]?.body).toMatchObject({ max_results: 1 })
  })
})

describe('runQueries.infinite', () => {
  it('pages through tokens and stops at a token pointing back to offset 0', async () => {
    const calls = stub((c) => {
      const token = c.body && typeof c.body === 'object' ? Reflect.get(c.body, 'page_token') : undefined
      if (!token) return responseFor(fixture('v2.10', 'runs-search-page1-order-metric'))
      return responseFor(fixture('v2.10', 'runs-search-max-results-zero'))
    })
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const opts = runQueries.infinite({ experimentIds: ['1'], maxResults: 3 })
    const first = await client.fetchInfiniteQuery(opts)
    expect(first.pages[0]?.runs).toHaveLength(3)
    expect(opts.getNextPageParam(first.pages[0] ?? { runs: [] }, first.pages, undefined, [undefined])).toBe('eyJvZmZzZXQiOiAzfQ==')
    const zero = { runs: [], nextPageToken: 'eyJvZmZzZXQiOiAwfQ==' }
    expect(opts.getNextPageParam(zero, [zero], 'eyJvZmZzZXQiOiAzfQ==', [undefined, 'eyJvZmZzZXQiOiAzfQ=='])).toBeUndefined()
    expect(opts.getNextPageParam({ runs: [], nextPageToken: 'A' }, [], 'A', ['A'])).toBeUndefined()
    expect(calls).toHaveLength(1)
  })
})
