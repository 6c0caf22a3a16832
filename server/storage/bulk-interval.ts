import type { Db } from './db.ts'
import { jsonBytes } from './json-bytes.ts'
import { pointsAtStepsJsonReader, pointsAtStepsReader, readDistinctSteps, readStepStats, type WireRunMetric } from './metric-reads.ts'
import { intervalGrid, StepUnion } from '../step-sampling.ts'
import { LIMITS } from '../validation.ts'

/**
 * get-history-bulk-interval (MLflow 3.x): one step grid shared by all requested runs (evenly
 * spaced by rank over the union of their steps, plus each run's first and last step), then every
 * point of each run at those steps, runs in request order, points by (step, timestamp).
 *
 * Cost: one summary row per run (metric_series) instead of whole histories; steps are read
 * only for runs whose steps have gaps; points are fetched by primary-key seeks on the grid.
 */
export function readBulkInterval(db: Db, runIds: string[], key: string, maxResults: number, window?: { start: number; end: number }): WireRunMetric[] {
  const plan = planGrid(db, runIds, key, maxResults, window)
  if (!plan) return []
  const read = pointsAtStepsReader(db, key, plan.grid, LIMITS.historyMax)
  const out: WireRunMetric[] = []
  for (const [runId, seriesId] of plan.series) for (const m of read(seriesId, runId)) out.push(m)
  return out
}

/**
 * The JSON body of a get-history-bulk-interval answer (`{}` without points), read in one
 * transaction: readBulkInterval's points, written by SQLite (no per-point objects or
 * JSON.stringify; numbers in SQLite's round-trip spelling, see POINT_VALUE_JSON).
 */
export function bulkIntervalJson(db: Db, runIds: string[], key: string, maxResults: number, window?: { start: number; end: number }): Uint8Array {
  const parts = db.transaction(() => {
    const plan = planGrid(db, runIds, key, maxResults, window)
    if (!plan) return []
    const read = pointsAtStepsJsonReader(db, key, plan.grid, LIMITS.historyMax)
    return plan.series.map(([runId, seriesId]) => read(seriesId, runId)).filter((part) => part !== null)
  })()
  return parts.length ? jsonBytes('{"metrics":[', ...parts.flatMap((p, i) => (i === 0 ? [p] : [',', p])), ']}') : jsonBytes('{}')
}

/** The shared step grid and the series to read, runs in request order (unknown runs left out); null when there is nothing to read. */
function planGrid(db: Db, runIds: string[], key: string, maxResults: number, window?: { start: number; end: number }): { grid: number[]; series: [string, number][] } | null {
  const stats = readStepStats(db, [...new Set(runIds)], key)
  if (stats.length === 0) return null
  const ranges: Array<readonly [number, number]> = []
  for (const s of stats) {
    if (s.nSteps === s.maxStep - s.minStep + 1) ranges.push([s.minStep, s.maxStep])
    else ranges.push(...StepUnion.rangesOf(readDistinctSteps(db, s.seriesId)))
  }
  const grid = intervalGrid(new StepUnion(ranges), stats, maxResults, window)
  if (grid.length === 0) return null
  const seriesOf = new Map(stats.map((s) => [s.runId, s.seriesId]))
  const series: [string, number][] = []
  for (const runId of runIds) {
    const seriesId = seriesOf.get(runId)
    if (seriesId !== undefined) series.push([runId, seriesId])
  }
  return { grid, series }
}
