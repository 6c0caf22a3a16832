/** What a diff panel needs to know about its runs' queries (a subset of react-query's result). */
export type RunQueryState<T> = { data: T | undefined; error: unknown; failureReason: unknown; failureCount: number; isPending: boolean }

export type CompareRunsSettled<T> = {
  /** Loaded runs in `runIds` order (failed ones left out); `runs[0]` is the effective baseline. */
  runs: T[]
  /** Runs that failed to load (or failed once and are being retried), with their errors. */
  failed: { runId: string; error: unknown }[]
  /** Some run is loading for the first time (no attempt of it has failed yet). */
  isPending: boolean
  /** Every run failed: the first error (for the panel's error view). */
  error: unknown
}

/**
 * Sorts the runs' query states into loaded, failed and loading. A run counts as failed from its
 * first failed attempt, not after its last retry: the view then shows the other runs as soon as
 * they are here (with that run listed as failed, retryable), and takes it in if a retry succeeds.
 */
export function settleCompareRuns<T>(runIds: readonly string[], states: readonly RunQueryState<T>[]): CompareRunsSettled<T> {
  const runs: T[] = []
  const failed: CompareRunsSettled<T>['failed'] = []
  let isPending = false
  states.forEach((s, i) => {
    if (s.data !== undefined) runs.push(s.data)
    else if (s.error) failed.push({ runId: runIds[i], error: s.error })
    else if (s.failureCount > 0) failed.push({ runId: runIds[i], error: s.failureReason })
    else if (s.isPending) isPending = true
  })
  return { runs, failed, isPending, error: !isPending && runs.length === 0 && failed.length > 0 ? failed[0].error : null }
}
