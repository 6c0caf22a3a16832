import { useQueries, useQuery, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import { columnsFromPoints, type MetricColumns } from '../../api/metric-columns.ts'
import { metricColumnQueries } from '../../api/metric-history-columns.ts'
import { metricQueries, type HistoriesByRun } from '../../api/metrics.ts'
import { serverQueries } from '../../api/server-info.ts'
import type { ServerCapabilities } from '../../api/types.ts'
import { planHistoryFetches, PREVIEW_POINTS, type HistoryFetch, type PlanRun } from './history-plan.ts'
import type { HistoryView } from './overlay-lines.ts'

/** Live runs are re-read this often (finished ones are cached for good). */
export const LIVE_REFRESH_MS = 10_000

export type HistoryFailure = { runId: string; metricKey: string; message: string; retry: () => void }

export type MetricHistories = {
  /** What a chart may draw for (run, key); undefined while nothing has arrived. */
  view: (runId: string, metricKey: string) => HistoryView | undefined
  /** Full histories loaded / (run, key) pairs that have the metric. */
  loaded: number
  total: number
  isFullFidelity: boolean
  failures: HistoryFailure[]
  /** Server capabilities still unknown (nothing can be planned yet). */
  isPlanning: boolean
  /** Some history (preview or full) has arrived. */
  hasData: boolean
}

const key = (runId: string, metricKey: string) => `${runId}\u0000${metricKey}`
const EMPTY_VIEW: HistoryView = { columns: columnsFromPoints([]), isFull: true }

/** Whether a preview answer (run id → points) holds any point. */
const hasPoints = (data: unknown): boolean => typeof data === 'object' && data !== null && Object.values(data).some((points) => Array.isArray(points) && points.length > 0)

/** Whether every preview under `keys` has data or an error (true for no keys), and whether any brought points. */
function usePreviewState(keys: readonly (readonly unknown[])[]): { settled: boolean; hasPoints: boolean } {
  return useQueries({
    queries: keys.map((queryKey) => ({ queryKey, enabled: false })),
    combine: (rs) => ({ settled: rs.every((r) => r.status !== 'pending'), hasPoints: rs.some((r) => hasPoints(r.data)) }),
  })
}

/** The shared shape every history query is read in: run id → point columns. */
type ColumnsByRun = Record<string, MetricColumns>
type HistoryQuery = UseQueryOptions<unknown, Error, ColumnsByRun, readonly unknown[]>

/** Previews and 2.x bulk answers are small point lists: turned into columns once per result. */
const selectColumns = (byRun: HistoriesByRun): ColumnsByRun => Object.fromEntries(Object.entries(byRun).map(([id, pts]) => [id, columnsFromPoints(pts)]))

function toQuery(f: HistoryFetch, caps: ServerCapabilities, isEnabled: boolean): HistoryQuery {
  const policy = { isFinished: f.isFinished }
  const refetchInterval = f.isFinished ? false : LIVE_REFRESH_MS
  if (f.kind === 'preview') {
    // A preview is replaced by full histories; it never needs refreshing.
    return { ...metricQueries.sampled({ runIds: f.runIds, metricKey: f.metricKey, maxResults: PREVIEW_POINTS }, caps, policy), select: selectColumns, refetchInterval: false } as unknown as HistoryQuery
  }
  if (f.kind === 'bulk') return { ...metricQueries.histories(f.runIds, f.metricKey, caps, policy), select: selectColumns, refetchInterval, enabled: isEnabled } as unknown as HistoryQuery
  const runId = f.runIds[0]
  const select = (columns: MetricColumns): ColumnsByRun => ({ [runId]: columns })
  return { ...metricColumnQueries.history(runId, f.metricKey, policy), select, refetchInterval, enabled: isEnabled } as unknown as HistoryQuery
}

/**
 * Metric histories of the compared runs, loaded for a fast first paint and then full fidelity
 * (`linkedRunIds`: the runs of the link, so previews need not wait for runs/get;
 * `previewsDrawn`: the charts have drawn what arrived, see below):
 * 3.x → bulk-interval previews, then paged get-history per run; 2.x → get-history-bulk chunks
 * (or paged get-history for long runs). Finished runs are cached forever (staleTime Infinity);
 * RUNNING ones refetch every {@link LIVE_REFRESH_MS}. Errors stay per run and metric.
 */
export function useMetricHistories(runs: readonly PlanRun[], metricKeys: readonly string[], linkedRunIds?: readonly string[], previewsDrawn = true): MetricHistories {
  const caps = useQuery(serverQueries.capabilities())
  const fetches = useMemo(() => (caps.data ? planHistoryFetches(runs, metricKeys, caps.data, linkedRunIds) : []), [runs, metricKeys, caps.data, linkedRunIds])
  // Full histories wait until the previews have answered: on a busy server (one Node thread
  // serialising ~2 MB pages) they would otherwise queue the small preview behind them and
  // hold back the first paint by seconds. The previews take one round trip. When previews came,
  // they also wait until the charts have drawn them: the first draws are the page's longest
  // tasks, and on two cores the 150 MB that follow (server, network, decoding workers) stretched
  // them from ~100 to 150-290 ms (measured; full fidelity was no later).
  const previewKeys = useMemo(() => fetches.filter((f) => f.kind === 'preview').map((f) => toQuery(f, caps.data!, true).queryKey), [fetches, caps.data])
  const previews = usePreviewState(previewKeys)
  const fullEnabled = previews.settled && (previewsDrawn || !previews.hasPoints)
  const queries = useMemo(() => (caps.data ? fetches.map((f) => toQuery(f, caps.data!, fullEnabled)) : []), [fetches, caps.data, fullEnabled])

  const combine = useCallback(
    (results: UseQueryResult<ColumnsByRun>[]) => {
      const full = new Map<string, MetricColumns>()
      const preview = new Map<string, MetricColumns>()
      const errors = new Map<string, { message: string; retry: () => void }>()
      results.forEach((r, i) => {
        const f = fetches[i]
        if (!f) return
        for (const runId of f.runIds) {
          const k = key(runId, f.metricKey)
          const points = r.data?.[runId]
          if (points) (f.kind === 'preview' ? preview : full).set(k, points)
          if (r.isError && f.kind !== 'preview') errors.set(k, { message: r.error.message, retry: () => void r.refetch() })
        }
      })
      return { full, preview, errors }
    },
    [fetches],
  )
  const combined = useQueries({ queries, combine })

  return useMemo(() => {
    const byRun = new Map(runs.map((r) => [r.runId, r]))
    const view = (runId: string, metricKey: string): HistoryView | undefined => {
      const run = byRun.get(runId)
      if (run && run.latestSteps[metricKey] === undefined) return EMPTY_VIEW
      const k = key(runId, metricKey)
      const full = combined.full.get(k)
      if (full && !combined.errors.has(k)) return { columns: full, isFull: true }
      const error = combined.errors.get(k)?.message
      const columns = combined.preview.get(k)
      return columns || error ? { columns, isFull: false, error } : undefined
    }
    let total = 0
    let loaded = 0
    for (const r of runs) {
      for (const m of metricKeys) {
        if (r.latestSteps[m] === undefined) continue
        total++
        if (combined.full.has(key(r.runId, m)) && !combined.errors.has(key(r.runId, m))) loaded++
      }
    }
    const failures = [...combined.errors].map(([k, e]) => {
      const [runId, metricKey] = k.split('\u0000')
      return { runId, metricKey, message: e.message, retry: e.retry }
    })
    const hasData = combined.full.size + combined.preview.size > 0
    return { view, loaded, total, isFullFidelity: !!caps.data && loaded === total, failures, isPlanning: caps.isPending, hasData }
  }, [runs, metricKeys, combined, caps.data, caps.isPending])
}
