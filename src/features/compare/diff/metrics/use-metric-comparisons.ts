import { useQueries, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { metricQueries } from '../../../../api/metrics.ts'
import { isTerminalStatus } from '../../../../api/runs.ts'
import { serverQueries } from '../../../../api/server-info.ts'
import type { Run } from '../../../../api/types.ts'
import { compareMetric, metricKeysOf, type MetricComparison } from '../../../../lib/metric-compare.ts'
import { inferDirection, type Direction } from '../../../../lib/metric-stats.ts'

export type MetricRowState = {
  key: string
  direction: Direction
  /** Null while the histories load or when they failed. */
  comparison: MetricComparison | null
  isPending: boolean
  error: unknown
  refetch: () => void
}

/**
 * Full histories of every metric of the runs (one bulk query per metric, cached with the charts),
 * summarised against the baseline. `directions` overrides the direction inferred from the name.
 */
export function useMetricComparisons(runs: readonly Run[], directions: Readonly<Record<string, Direction>>): { rows: MetricRowState[]; capabilitiesError: unknown } {
  const caps = useQuery(serverQueries.capabilities())
  const keys = useMemo(() => metricKeysOf(runs.map((r) => r.metrics)), [runs])
  const runIds = useMemo(() => runs.map((r) => r.info.runId), [runs])
  const isFinished = runs.every((r) => isTerminalStatus(r.info.status))
  const results = useQueries({
    queries: caps.data ? keys.map((k) => metricQueries.histories(runIds, k, caps.data, { isFinished })) : [],
  })
  const rows = keys.map((key, i): MetricRowState => {
    const direction = directions[key] ?? inferDirection(key)
    const r = results[i]
    const data = r?.data
    return {
      key,
      direction,
      comparison: data ? compareMetric(key, runIds.map((id) => data[id]), direction) : null,
      isPending: !data && !r?.error && !caps.error,
      error: r?.error ?? null,
      refetch: () => void r?.refetch(),
    }
  })
  return { rows, capabilitiesError: caps.error }
}
