import { useQueries } from '@tanstack/react-query'
import { useMemo } from 'react'
import { runQueries } from '../../../../api/runs.ts'
import type { Run } from '../../../../api/types.ts'

export type CompareRuns = {
  /** Loaded runs in `runIds` order (failed ones left out); `runs[0]` is the effective baseline. */
  runs: Run[]
  /** Runs that failed to load, with their errors. */
  failed: { runId: string; error: unknown }[]
  isPending: boolean
  /** Every run failed: the first error (for the panel's error view). */
  error: unknown
  refetch: () => void
}

/** runs/get for every compared run (shared cache with the rest of the page). */
export function useCompareRuns(runIds: readonly string[]): CompareRuns {
  // No `combine`: react-query deep-compares a combined result with the previous one
  // (replaceEqualDeep), which walked 2,000 params per arriving run against whichever run sat at
  // that index before (~180 ms for 50 runs). A memo keyed on each query's state does the same job.
  const results = useQueries({ queries: runIds.map((id) => runQueries.detail(id)) })
  const stateKey = results.map((r) => `${r.dataUpdatedAt}:${r.errorUpdatedAt}:${r.status}`).join('|')
  return useMemo(() => {
    const runs: Run[] = []
    const failed: CompareRuns['failed'] = []
    results.forEach((r, i) => {
      if (r.data) runs.push(r.data)
      else if (r.error) failed.push({ runId: runIds[i], error: r.error })
    })
    return {
      runs,
      failed,
      isPending: results.some((r) => r.isPending),
      error: runs.length === 0 && failed.length > 0 ? failed[0].error : null,
      refetch: () => results.forEach((r) => void r.refetch()),
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- stateKey names every query's data/error/status
  }, [stateKey, runIds])
}
