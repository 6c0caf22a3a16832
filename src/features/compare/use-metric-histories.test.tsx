// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CAPABILITIES_2X, CAPABILITIES_3X, serverQueries } from '../../api/server-info.ts'
import type { ServerCapabilities } from '../../api/types.ts'
import type { PlanRun } from './history-plan.ts'
import { useMetricHistories } from './use-metric-histories.ts'

/** Answers every history endpoint; previews with `previewPoints` points per run. */
function stubServer(previewPoints: number) {
  const calls: string[] = []
  vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://x')
    const endpoint = url.pathname.replace(/.*mlflow\//, '')
    calls.push(endpoint)
    const point = (step: number, runId?: string) => ({ key: 'loss', value: step / 10, timestamp: 1000 + step, step, ...(runId ? { run_id: runId } : {}) })
    const body = endpoint === 'metrics/get-history-bulk-interval'
      ? { metrics: url.searchParams.getAll('run_ids').flatMap((r) => Array.from({ length: previewPoints }, (_, i) => point(i, r))) }
      : endpoint === 'metrics/get-history-bulk'
        ? { metrics: url.searchParams.getAll('run_id').flatMap((r) => [point(0, r), point(1, r)]) }
        : { metrics: [point(0), point(1), point(2)] }
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })
  }))
  return calls
}

function setup(caps: ServerCapabilities) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  qc.setQueryData(serverQueries.capabilities().queryKey, caps)
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={qc}>{children}</QueryClientProvider>
  return wrapper
}

const RUNS: PlanRun[] = [{ runId: 'a1', isFinished: true, latestSteps: { loss: 2 } }, { runId: 'b2', isFinished: true, latestSteps: { loss: 2 } }]
const KEYS = ['loss']
const fullReads = (calls: string[]) => calls.filter((c) => c !== 'metrics/get-history-bulk-interval')

afterEach(() => vi.unstubAllGlobals())

describe('useMetricHistories: full histories after the previews are drawn', () => {
  it('holds full histories while the charts have not drawn the previews, then loads them', async () => {
    const calls = stubServer(2)
    const { result, rerender } = renderHook(({ drawn }) => useMetricHistories(RUNS, KEYS, undefined, drawn), { wrapper: setup(CAPABILITIES_3X), initialProps: { drawn: false } })
    await waitFor(() => expect(result.current.hasData).toBe(true))
    await new Promise((r) => setTimeout(r, 30))
    expect(fullReads(calls)).toEqual([])
    expect(result.current.loaded).toBe(0)
    rerender({ drawn: true })
    await waitFor(() => expect(result.current.isFullFidelity).toBe(true))
    expect(fullReads(calls).length).toBeGreaterThan(0)
    expect(result.current.view('a1', 'loss')?.columns?.steps.length).toBe(3)
  })

  it('does not wait for a drawing when the previews brought no points', async () => {
    const calls = stubServer(0)
    const { result } = renderHook(() => useMetricHistories(RUNS, KEYS, undefined, false), { wrapper: setup(CAPABILITIES_3X) })
    await waitFor(() => expect(result.current.isFullFidelity).toBe(true))
    expect(fullReads(calls).length).toBeGreaterThan(0)
  })

  it('does not wait on a 2.x server, which has no previews', async () => {
    const calls = stubServer(2)
    const { result } = renderHook(() => useMetricHistories(RUNS, KEYS, undefined, false), { wrapper: setup(CAPABILITIES_2X) })
    await waitFor(() => expect(result.current.isFullFidelity).toBe(true))
    expect(calls).toContain('metrics/get-history-bulk')
    expect(calls).not.toContain('metrics/get-history-bulk-interval')
  })
})
