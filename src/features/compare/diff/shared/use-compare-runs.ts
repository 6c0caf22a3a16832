import { useQueries, useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { runQueries } from '../../../../api/runs.ts'
import type { Run } from '../../../../api/types.ts'
import { settleCompareRuns, type CompareRunsSettled, type RunQueryState } from './settle-compare-runs.ts'

export type CompareRuns = CompareRunsSettled<Run> & { refetch: () => void }

/**
 * runs/get for every compared run (shared cache with the rest of the page). A run whose first
 * attempt failed counts as failed (with its error and a retry) while react-query still retries
 * it, so one failing run never holds the other runs' view until its retries end.
 */
export function useCompareRuns(runIds: readonly string[]): CompareRuns {
  const queryClient = useQueryClient()
  // No `combine`: react-query deep-compares a combined result with the previous one
  // (replaceEqualDeep), which walked 2,000 params per arriving run against whichever run sat at
  // that index before (~180 ms for 50 runs). A memo keyed on each query's state does the same job.
  const results = useQueries({ queries: runIds.map((id) => runQueries.detail(id)) })
  // An observer mounted on a query that is waiting to retry (the route loader's fetch failed once)
  // reports 0 failures until that retry settles; the query itself knows better.
  const states: RunQueryState<Run>[] = results.map((r, i) => {
    const q = queryClient.getQueryState(runQueries.detail(runIds[i]).queryKey)
    return q && q.fetchFailureCount > r.failureCount ? { ...r, failureCount: q.fetchFailureCount, failureReason: q.fetchFailureReason } : r
  })
  const stateKey = results.map((r, i) => `${r.dataUpdatedAt}:${r.errorUpdatedAt}:${r.status}:${states[i].failureCount}`).join('|')
  return useMemo(() => ({
    ...settleCompareRuns(runIds, states),
    // Retry asks again only for runs without data (a loaded run's refetch would be 2,000 params for nothing).
    refetch: () => results.forEach((r) => void (r.data === undefined && r.refetch())),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- stateKey names every query's data/error/status/failures
  }), [stateKey, runIds])
}
