import { useQueries } from '@tanstack/react-query'
import { useMemo } from 'react'
import { isTerminalStatus, runQueries } from '../../api/runs.ts'
import type { Run } from '../../api/types.ts'
import { assignColors } from '../../lib/run-colors.ts'
import type { PlanRun } from './history-plan.ts'
import type { OverlayRun } from './overlay-lines.ts'
import { LIVE_REFRESH_MS } from './use-metric-histories.ts'

export type CompareRunState = {
  runId: string
  run?: Run
  /** Display name: run name, made unique with an id prefix when two runs share it. */
  name: string
  color: string
  isBaseline: boolean
  error?: Error
  isPending: boolean
  retry: () => void
}

export type CompareRuns = {
  states: CompareRunState[]
  /** Loaded runs only, in URL order (baseline first). */
  overlayRuns: OverlayRun[]
  planRuns: PlanRun[]
  /** Every metric key any loaded run has. */
  metricKeys: string[]
  isPending: boolean
}

/**
 * The compared runs (runs/get each, so runs from several experiments mix freely and one
 * unknown id fails alone). RUNNING runs are re-read every LIVE_REFRESH_MS.
 */
export function useCompareRuns(runIds: readonly string[]): CompareRuns {
  const results = useQueries({
    queries: runIds.map((id) => ({
      ...runQueries.detail(id),
      refetchInterval: (q: { state: { data?: Run } }) => (q.state.data && !isTerminalStatus(q.state.data.info.status) ? LIVE_REFRESH_MS : false),
    })),
  })
  const dataKey = results.map((r) => `${r.dataUpdatedAt}:${r.errorUpdatedAt}:${r.status}`).join('|')

  return useMemo(() => {
    const colors = assignColors(runIds)
    const nameCount = new Map<string, number>()
    for (const r of results) if (r.data) nameCount.set(r.data.info.runName, (nameCount.get(r.data.info.runName) ?? 0) + 1)
    const states: CompareRunState[] = runIds.map((runId, i) => {
      const r = results[i]
      const runName = r?.data?.info.runName ?? ''
      const name = !runName ? runId.slice(0, 8) : (nameCount.get(runName) ?? 0) > 1 ? `${runName} (${runId.slice(0, 6)})` : runName
      return { runId, run: r?.data, name, color: colors.get(runId) ?? '#888888', isBaseline: i === 0, error: r?.error ?? undefined, isPending: !!r?.isPending, retry: () => void r?.refetch() }
    })
    const loaded = states.filter((s): s is CompareRunState & { run: Run } => !!s.run)
    const overlayRuns: OverlayRun[] = loaded.map((s) => ({
      runId: s.runId,
      name: s.name,
      color: s.color,
      isBaseline: s.isBaseline,
      startTime: s.run.info.startTime,
      params: s.run.params,
      tags: s.run.tags,
      attributes: { status: s.run.info.status, user_id: s.run.info.userId, experiment_id: s.run.info.experimentId, run_name: s.run.info.runName },
    }))
    // Plan history requests once every run has answered, so the first request covers them all.
    const isPending = states.some((s) => s.isPending)
    const planRuns: PlanRun[] = isPending ? [] : loaded.map((s) => ({
      runId: s.runId,
      isFinished: isTerminalStatus(s.run.info.status),
      latestSteps: Object.fromEntries(Object.values(s.run.metrics).map((m) => [m.key, m.step])),
    }))
    const metricKeys = [...new Set(loaded.flatMap((s) => Object.keys(s.run.metrics)))]
    return { states, overlayRuns, planRuns, metricKeys, isPending }
    // `dataKey` stands for `results`, whose array identity changes on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [runIds, dataKey])
}
