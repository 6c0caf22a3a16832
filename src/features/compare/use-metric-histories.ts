import { useQueries, useQuery, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import { metricQueries, type HistoriesByRun } from '../../api/metrics.ts'
import { serverQueries } from '../../api/server-info.ts'
import type { MetricPoint, ServerCapabilities } from '../../api/types.ts'
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
}

const key = (runId: string, metricKey: string) => `${runId}\u0000${metricKey}`

/** The shared shape every history query is read in: run id → points. */
type HistoryQuery = UseQueryOptions<unknown, Error, HistoriesByRun, readonly unknown[]>

function toQuery(f: HistoryFetch, caps: ServerCapabilities): HistoryQuery {
  const policy = { isFinished: f.isFinished }
  const refetchInterval = f.isFinished ? false : LIVE_REFRESH_MS
  if (f.kind === 'preview') {
    // A preview is replaced by full histories; it never needs refreshing.
    return { ...metricQueries.sampled({ runIds: f.runIds, metricKey: f.metricKey, maxResults: PREVIEW_POINTS }, caps, policy), refetchInterval: false } as unknown as HistoryQuery
  }
  if (f.kind === 'bulk') return { ...metricQueries.histories(f.runIds, f.metricKey, caps, policy), refetchInterval } as unknown as HistoryQuery
  const runId = f.runIds[0]
  const select = (points: MetricPoint[]): HistoriesByRun => ({ [runId]: points })
  return { ...metricQueries.history(runId, f.metricKey, policy), select, refetchInterval } as unknown as HistoryQuery
}

/**
 * Metric histories of the compared runs, loaded for a fast first paint and then full fidelity:
 * 3.x → bulk-interval previews, then paged get-history per run; 2.x → get-history-bulk chunks
 * (or paged get-history for long runs). Finished runs are cached forever (staleTime Infinity);
 * RUNNING ones refetch every {@link LIVE_REFRESH_MS}. Errors stay per run and metric.
 */
export function useMetricHistories(runs: readonly PlanRun[], metricKeys: readonly string[]): MetricHistories {
  const caps = useQuery(serverQueries.capabilities())
  const fetches = useMemo(() => (caps.data ? planHistoryFetches(runs, metricKeys, caps.data) : []), [runs, metricKeys, caps.data])
  const queries = useMemo(() => (caps.data ? fetches.map((f) => toQuery(f, caps.data!)) : []), [fetches, caps.data])

  const combine = useCallback(
    (results: UseQueryResult<HistoriesByRun>[]) => {
      const full = new Map<string, MetricPoint[]>()
      const preview = new Map<string, MetricPoint[]>()
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
      if (run && run.latestSteps[metricKey] === undefined) return { points: [], isFull: true }
      const k = key(runId, metricKey)
      const full = combined.full.get(k)
      if (full && !combined.errors.has(k)) return { points: full, isFull: true }
      const error = combined.errors.get(k)?.message
      const points = combined.preview.get(k)
      return points || error ? { points, isFull: false, error } : undefined
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
    return { view, loaded, total, isFullFidelity: !!caps.data && loaded === total, failures, isPlanning: caps.isPending }
  }, [runs, metricKeys, combined, caps.data, caps.isPending])
}
