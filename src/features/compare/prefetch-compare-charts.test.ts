import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { metricQueries } from '../../api/metrics.ts'
import { CAPABILITIES_2X, CAPABILITIES_3X, serverQueries } from '../../api/server-info.ts'
import type { ServerCapabilities } from '../../api/types.ts'
import { PREVIEW_POINTS } from './history-plan.ts'
import { prefetchCompareCharts } from './prefetch-compare-charts.ts'

// Workers and the ECharts chunk need a browser; here only their start is observed.
const started = vi.hoisted(() => ({ decoder: 0, downsample: 0, echart: 0 }))
vi.mock('../../api/history-decode-client.ts', () => ({ prewarmHistoryDecoder: () => void started.decoder++ }))
vi.mock('../../lib/downsample-client.ts', () => ({ prewarmDownsampleWorker: () => void started.downsample++ }))
vi.mock('../../components/charts/preload-echart.ts', () => ({ preloadEChart: () => (started.echart++, Promise.resolve({})) }))

function stubFetch() {
  const calls: string[] = []
  vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://x')
    calls.push(`${url.pathname.replace(/.*mlflow\//, '')} ${url.searchParams.get('metric_key')} ${url.searchParams.getAll('run_ids').join(',')}`)
    return new Response(JSON.stringify({ metrics: [] }), { status: 200, headers: { 'content-type': 'application/json' } })
  }))
  return calls
}

function client(caps: ServerCapabilities) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  qc.setQueryData(serverQueries.capabilities().queryKey, caps)
  return qc
}

afterEach(() => {
  vi.unstubAllGlobals()
  Object.assign(started, { decoder: 0, downsample: 0, echart: 0 })
})

describe('prefetchCompareCharts', () => {
  it('starts the bulk-interval previews under the keys useMetricHistories reads, plus workers and ECharts', async () => {
    const calls = stubFetch()
    const qc = client(CAPABILITIES_3X)
    prefetchCompareCharts(qc, 'http://h/compare?run=a1&run=b2&m=val_mAP&m=loss')
    await vi.waitFor(() => expect(calls.sort()).toEqual(['metrics/get-history-bulk-interval loss a1,b2', 'metrics/get-history-bulk-interval val_mAP a1,b2']))
    const key = metricQueries.sampled({ runIds: ['b2', 'a1'], metricKey: 'val_mAP', maxResults: PREVIEW_POINTS }, CAPABILITIES_3X).queryKey
    await vi.waitFor(() => expect(qc.getQueryState(key)?.status).toBe('success'))
    expect(started).toEqual({ decoder: 1, downsample: 1, echart: 1 })
  })

  it.each([
    ['a diff tab', 'http://h/compare?run=a1&m=loss&tab=params', CAPABILITIES_3X],
    ['no metrics in the link (default charts need runs/get)', 'http://h/compare?run=a1', CAPABILITIES_3X],
    ['no runs', 'http://h/compare?m=loss', CAPABILITIES_3X],
  ])('does nothing for %s', async (_, url, caps) => {
    const calls = stubFetch()
    prefetchCompareCharts(client(caps), url)
    await new Promise((r) => setTimeout(r, 20))
    expect(calls).toEqual([])
    expect(started).toEqual({ decoder: 0, downsample: 0, echart: 0 })
  })

  it('requests no previews from a 2.x server without bulk-interval', async () => {
    const calls = stubFetch()
    prefetchCompareCharts(client({ ...CAPABILITIES_2X, bulkInterval: false }), 'http://h/compare?run=a1&m=loss')
    await new Promise((r) => setTimeout(r, 20))
    expect(calls).toEqual([])
    expect(started.echart).toBe(1)
  })
})
