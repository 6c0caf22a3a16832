import { useQueries, useQuery } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import { chunk, metricQueries } from '../../api/metrics.ts'
import { isTerminalStatus } from '../../api/runs.ts'
import { serverQueries } from '../../api/server-info.ts'
import type { MetricPoint, Run } from '../../api/types.ts'
import { bestPoint, valueAtStep } from '../../lib/metric-stats.ts'
import type { AggregateLookup } from './run-columns.ts'
import type { MetricAgg } from './use-runs-table-prefs.ts'

/** Runs per history request: 20 runs × ~1200 points stay under get-history-bulk's 25k-point cap. */
const RUNS_PER_REQUEST = 20

function aggregate(points: readonly MetricPoint[], agg: MetricAgg): number | undefined {
  if (agg.kind === 'min' || agg.kind === 'max') return bestPoint(points, agg.kind)?.value
  if (agg.kind === 'step') {
    const sorted = [...points].sort((a, b) => a.step - b.step || a.timestamp - b.timestamp)
    const p = valueAtStep(sorted, agg.step)
    return p && p.step === agg.step ? p.value : undefined
  }
  return points.at(-1)?.value
}

/**
 * Min / max / value-at-step of metric columns, computed from the full histories of the loaded
 * runs (react-query caches them; finished runs forever). Only metrics whose column is set to
 * an aggregate are fetched. Returns a lookup plus progress (requests done / total).
 */
export function useMetricAggregates(runs: readonly Run[], metricAgg: Record<string, MetricAgg>, visibleMetricKeys: readonly string[]) {
  const capabilities = useQuery(serverQueries.capabilities())
  const keys = useMemo(() => visibleMetricKeys.filter((k) => (metricAgg[k]?.kind ?? 'last') !== 'last'), [visibleMetricKeys, metricAgg])
  const groups = useMemo(() => {
    // Usual case (every metric column shows its last value): nothing to fetch, no pass over the runs.
    if (keys.length === 0) return []
    const withMetric = (k: string) => runs.filter((r) => r.metrics[k] !== undefined)
    const terminal = new Set(runs.filter((r) => isTerminalStatus(r.info.status)).map((r) => r.info.runId))
    return keys.flatMap((k) =>
      chunk(withMetric(k).map((r) => r.info.runId).sort(), RUNS_PER_REQUEST).map((ids) => ({ key: k, ids, isFinished: ids.every((id) => terminal.has(id)) })),
    )
  }, [keys, runs])
  const caps = capabilities.data
  const results = useQueries({
    queries: caps ? groups.map((g) => metricQueries.histories(g.ids, g.key, caps, { isFinished: g.isFinished })) : [],
  })
  const done = results.filter((r) => r.isSuccess || r.isError).length
  const dataStamp = results.map((r) => r.dataUpdatedAt).join(',')
  const values = useMemo(() => {
    const out = new Map<string, Map<string, number | undefined>>()
    groups.forEach((g, i) => {
      const data = results[i]?.data
      if (!data) return
      let perKey = out.get(g.key)
      if (!perKey) out.set(g.key, (perKey = new Map()))
      for (const id of g.ids) perKey.set(id, aggregate(data[id] ?? [], metricAgg[g.key] ?? { kind: 'last' }))
    })
    return out
    // `dataStamp` stands for the results array, which is a new object on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [groups, dataStamp, metricAgg])
  const lookup = useCallback<AggregateLookup>((runId, key) => values.get(key)?.get(runId), [values])
  const isLoadingKey = useCallback((key: string) => groups.some((g, i) => g.key === key && !results[i]?.isSuccess && !results[i]?.isError), [groups, results])
  return { lookup, isLoadingKey, progress: { done, total: caps ? groups.length : Math.max(1, groups.length) }, hasErrors: results.some((r) => r.isError) }
}
