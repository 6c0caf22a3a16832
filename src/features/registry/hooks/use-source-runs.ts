import { useQueries, type UseQueryResult } from '@tanstack/react-query'
import { runQueries } from '../../../api/runs.ts'
import type { ModelVersion, Run } from '../../../api/types.ts'

// Module-level so useQueries keeps the combined result referentially stable between renders.
const combine = (results: UseQueryResult<Run>[]) => ({
  byId: new Map(results.flatMap((r) => (r.data ? [[r.data.info.runId, r.data] as const] : []))),
  isLoading: results.some((r) => r.isLoading),
})

/** The source runs of model versions, by run id (versions registered without a run are skipped). */
export function useSourceRuns(versions: readonly ModelVersion[]) {
  const runIds = [...new Set(versions.map((v) => v.runId).filter(Boolean))]
  return useQueries({ queries: runIds.map((r) => ({ ...runQueries.detail(r), staleTime: 60_000 })), combine })
}
