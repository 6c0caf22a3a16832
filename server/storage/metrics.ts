import type { Db } from './db.ts'
import { metricValueToWire, type WireMetric } from '../wire.ts'

/** A metric point ready to store: ±Infinity already clamped, NaN as value 0 + isNan. */
export type MetricPoint = { key: string; value: number; isNan: boolean; timestamp: number; step: number }

type MetricRow = { key: string; value: number; is_nan: number; timestamp: number; step: number }

/** A metric point of the bulk endpoints, tagged with its run. */
export type WireRunMetric = WireMetric & { run_id: string }

/**
 * Stores metric points of one run, inside the caller's transaction. Identical points are stored
 * once (as MLflow). Keeps `latest_metrics` (the max by (step, timestamp, value), ties keep the
 * first) and `metric_step_stats` (min/max/distinct step count per key) up to date.
 */
export function insertMetrics(db: Db, runId: string, points: MetricPoint[]): void {
  if (points.length === 0) return
  const stepExists = db.prepare('SELECT 1 FROM metrics WHERE run_uuid = ? AND key = ? AND step = ? LIMIT 1').pluck()
  const insert = db.prepare('INSERT OR IGNORE INTO metrics (run_uuid, key, step, timestamp, value, is_nan) VALUES (?, ?, ?, ?, ?, ?)')
  const latest = db.prepare(
    `INSERT INTO latest_metrics (run_uuid, key, step, timestamp, value, is_nan) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (run_uuid, key) DO UPDATE SET step = excluded.step, timestamp = excluded.timestamp,
       value = excluded.value, is_nan = excluded.is_nan
     WHERE (excluded.step, excluded.timestamp, excluded.value) > (latest_metrics.step, latest_metrics.timestamp, latest_metrics.value)`,
  )
  const stats = db.prepare(
    `INSERT INTO metric_step_stats (run_uuid, key, min_step, max_step, n_steps) VALUES (?, ?, ?, ?, 1)
     ON CONFLICT (run_uuid, key) DO UPDATE SET min_step = MIN(min_step, excluded.min_step),
       max_step = MAX(max_step, excluded.max_step), n_steps = n_steps + 1`,
  )
  for (const p of points) {
    const isNewStep = stepExists.get(runId, p.key, p.step) === undefined
    const nan = p.isNan ? 1 : 0
    insert.run(runId, p.key, p.step, p.timestamp, p.value, nan)
    latest.run(runId, p.key, p.step, p.timestamp, p.value, nan)
    if (isNewStep) stats.run(runId, p.key, p.step, p.step)
  }
}

function toWire(r: MetricRow): WireMetric {
  return { key: r.key, value: metricValueToWire(r.value, r.is_nan), timestamp: r.timestamp, step: r.step }
}

/**
 * One page of a metric history, ordered by (timestamp, step, value) as MLflow's SQL store.
 * Reads `limit + 1` rows so the caller knows whether another page exists.
 */
export function readHistoryPage(db: Db, runId: string, key: string, offset: number, limit: number): WireMetric[] {
  const rows = db
    .prepare(
      `SELECT key, value, is_nan, timestamp, step FROM metrics WHERE run_uuid = ? AND key = ?
       ORDER BY timestamp, step, value LIMIT ? OFFSET ?`,
    )
    .all(runId, key, limit + 1, offset) as MetricRow[]
  return rows.map(toWire)
}

/**
 * get-history-bulk: points of several runs, ordered by run id, then (timestamp, step, value);
 * `limit` caps the total number of points.
 */
export function readHistoryBulk(db: Db, runIds: string[], key: string, limit: number): WireRunMetric[] {
  const rows = db
    .prepare(
      `SELECT run_uuid, key, value, is_nan, timestamp, step FROM metrics
       WHERE key = ? AND run_uuid IN (SELECT value FROM json_each(?))
       ORDER BY run_uuid, timestamp, step, value LIMIT ?`,
    )
    .all(key, JSON.stringify(runIds), limit) as (MetricRow & { run_uuid: string })[]
  // Same key order as MLflow's jsonify (sorted keys).
  return rows.map((r) => ({ key: r.key, run_id: r.run_uuid, step: r.step, timestamp: r.timestamp, value: metricValueToWire(r.value, r.is_nan) }))
}

/** Per-run step summary kept by insertMetrics. */
export type StepStats = { runId: string; minStep: number; maxStep: number; nSteps: number }

/** Step summaries of `key` for the given runs (runs without the key are absent). */
export function readStepStats(db: Db, runIds: string[], key: string): StepStats[] {
  return (
    db
      .prepare(
        `SELECT run_uuid, min_step, max_step, n_steps FROM metric_step_stats
         WHERE key = ? AND run_uuid IN (SELECT value FROM json_each(?))`,
      )
      .all(key, JSON.stringify(runIds)) as { run_uuid: string; min_step: number; max_step: number; n_steps: number }[]
  ).map((r) => ({ runId: r.run_uuid, minStep: r.min_step, maxStep: r.max_step, nSteps: r.n_steps }))
}

/** The distinct steps of one run's metric, ascending (used only for runs with gaps). */
export function readDistinctSteps(db: Db, runId: string, key: string): number[] {
  return db.prepare('SELECT DISTINCT step FROM metrics WHERE run_uuid = ? AND key = ? ORDER BY step').pluck().all(runId, key) as number[]
}

/**
 * Points of one run at the given steps (sorted ascending), ordered by (step, timestamp, value),
 * at most `limit`. Uses the primary key (run_uuid, key, step, …): one index seek per step.
 */
export function readPointsAtSteps(db: Db, runId: string, key: string, steps: number[], limit: number): WireRunMetric[] {
  if (steps.length === 0) return []
  const rows = db
    .prepare(
      `SELECT key, value, is_nan, timestamp, step FROM metrics
       WHERE run_uuid = ? AND key = ? AND step IN (SELECT value FROM json_each(?))
       ORDER BY step, timestamp, value LIMIT ?`,
    )
    .all(runId, key, JSON.stringify(steps), limit) as MetricRow[]
  return rows.map((r) => ({ ...toWire(r), run_id: runId }))
}

/**
 * Fills `metric_step_stats` from stored histories when it is empty but metrics exist (a data
 * directory written before the table existed). One GROUP BY pass; a no-op otherwise.
 */
export function backfillStepStats(db: Db): void {
  const hasStats = db.prepare('SELECT 1 FROM metric_step_stats LIMIT 1').get()
  const hasMetrics = db.prepare('SELECT 1 FROM metrics LIMIT 1').get()
  if (hasStats || !hasMetrics) return
  db.exec(
    `INSERT OR IGNORE INTO metric_step_stats (run_uuid, key, min_step, max_step, n_steps)
     SELECT run_uuid, key, MIN(step), MAX(step), COUNT(DISTINCT step) FROM metrics GROUP BY run_uuid, key`,
  )
}
