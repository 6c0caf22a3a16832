import type { Db } from './db.ts'
import { metricValueToWire, type WireMetric } from '../wire.ts'

/** A metric point ready to store: ±Infinity already clamped, NaN as value 0 + isNan. */
export type MetricPoint = { key: string; value: number; isNan: boolean; timestamp: number; step: number }

type MetricRow = { key: string; value: number; is_nan: number; timestamp: number; step: number }

/** A metric point of the bulk endpoints, tagged with its run. */
export type WireRunMetric = WireMetric & { run_id: string }

type Latest = { step: number; timestamp: number; value: number; is_nan: number }

/** MLflow's "is newer" order for latest_metrics: (step, timestamp, value), stored values. */
function isNewer(a: Latest, b: Latest): boolean {
  if (a.step !== b.step) return a.step > b.step
  if (a.timestamp !== b.timestamp) return a.timestamp > b.timestamp
  return a.value > b.value
}

/**
 * Stores metric points of one run, inside the caller's transaction. Identical points are stored
 * once (as MLflow). Keeps `latest_metrics` (the max by (step, timestamp, value); ties keep the
 * earlier one) and `metric_step_stats` (min/max/distinct step count per key) up to date with
 * one read and one write per key: a step outside the known [min, max] is new without a lookup,
 * so the usual append-only logging costs a single INSERT per point.
 */
export function insertMetrics(db: Db, runId: string, points: MetricPoint[]): void {
  if (points.length === 0) return
  const stepExists = db.prepare('SELECT 1 FROM metrics WHERE run_uuid = ? AND key = ? AND step = ? LIMIT 1').pluck()
  const insert = db.prepare('INSERT OR IGNORE INTO metrics (run_uuid, key, step, timestamp, value, is_nan) VALUES (?, ?, ?, ?, ?, ?)')
  const readStats = db.prepare('SELECT min_step, max_step, n_steps FROM metric_step_stats WHERE run_uuid = ? AND key = ?')
  const writeStats = db.prepare('INSERT OR REPLACE INTO metric_step_stats (run_uuid, key, min_step, max_step, n_steps) VALUES (?, ?, ?, ?, ?)')
  const readLatest = db.prepare('SELECT step, timestamp, value, is_nan FROM latest_metrics WHERE run_uuid = ? AND key = ?')
  const writeLatest = db.prepare(
    `INSERT INTO latest_metrics (run_uuid, key, step, timestamp, value, is_nan) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (run_uuid, key) DO UPDATE SET step = excluded.step, timestamp = excluded.timestamp,
       value = excluded.value, is_nan = excluded.is_nan`,
  )
  const byKey = new Map<string, MetricPoint[]>()
  for (const p of points) {
    const list = byKey.get(p.key)
    if (list) list.push(p)
    else byKey.set(p.key, [p])
  }
  for (const [key, list] of byKey) {
    const stats = readStats.get(runId, key) as { min_step: number; max_step: number; n_steps: number } | undefined
    const known = stats ? { min: stats.min_step, max: stats.max_step } : undefined
    let min = stats?.min_step ?? Infinity
    let max = stats?.max_step ?? -Infinity
    let count = stats?.n_steps ?? 0
    const seen = new Set<number>()
    const before = readLatest.get(runId, key) as Latest | undefined
    let latest = before
    for (const p of list) {
      if (!seen.has(p.step)) {
        seen.add(p.step)
        const inKnownRange = known !== undefined && p.step >= known.min && p.step <= known.max
        if (!inKnownRange || stepExists.get(runId, key, p.step) === undefined) count++
      }
      if (p.step < min) min = p.step
      if (p.step > max) max = p.step
      const nan = p.isNan ? 1 : 0
      insert.run(runId, key, p.step, p.timestamp, p.value, nan)
      const point = { step: p.step, timestamp: p.timestamp, value: p.value, is_nan: nan }
      if (!latest || isNewer(point, latest)) latest = point
    }
    writeStats.run(runId, key, min, max, count)
    if (latest && latest !== before) writeLatest.run(runId, key, latest.step, latest.timestamp, latest.value, latest.is_nan)
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
 * A reader of the points at `steps` (sorted ascending) for one run at a time, ordered by
 * (step, timestamp, value), at most `limit` per run. The statement is prepared once and reused
 * for every run; its literal IN list makes SQLite seek the primary key (run_uuid, key, step, …)
 * once per step, and raw rows skip object building.
 */
export function pointsAtStepsReader(db: Db, key: string, steps: number[], limit: number): (runId: string) => WireRunMetric[] {
  if (steps.length === 0) return () => []
  const stmt = db
    .prepare(
      `SELECT value, is_nan, timestamp, step FROM metrics
       WHERE run_uuid = ? AND key = ? AND step IN (${steps.map(() => '?').join(',')})
       ORDER BY step, timestamp, value LIMIT ?`,
    )
    .raw()
  return (runId) =>
    (stmt.all(runId, key, ...steps, limit) as [number, number, number, number][]).map(([value, isNan, timestamp, step]) => ({
      key,
      value: metricValueToWire(value, isNan),
      timestamp,
      step,
      run_id: runId,
    }))
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
