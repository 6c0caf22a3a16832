import type { Db } from './db.ts'
import { cachedStatement } from './metrics.ts'
import { MAX_DOUBLE, metricValueToWire, type WireMetric } from '../wire.ts'

const MAX_TEXT = String(MAX_DOUBLE)

/**
 * SQL for a stored point's `value` as JSON text: "NaN" (a string, as MLflow sends it) for a NaN,
 * ±MAX_DOUBLE for ±Infinity (`9e999` is SQLite's infinity; the write path clamps, older data may
 * not), else SQLite's round-trip text of the double (`0.5`, `2.0`, `1.0e+308`). Parsed, it is
 * exactly `metricValueToWire`'s value.
 */
export const POINT_VALUE_JSON = `CASE WHEN is_nan THEN '"NaN"' WHEN value = 9e999 THEN '${MAX_TEXT}' WHEN value = -9e999 THEN '-${MAX_TEXT}' ELSE CAST(value AS TEXT) END`

/** A metric point of the bulk endpoints, tagged with its run. */
export type WireRunMetric = WireMetric & { run_id: string }

type RawPoint = [value: number, isNan: number, timestamp: number, step: number]
/** A point read as (value or NULL for NaN, timestamp, step). */
type NullableNaNPoint = [value: number | null, timestamp: number, step: number]

/** A stored history: its id in metric_points and the ORDER BY that gives MLflow's history order. */
export type HistorySeries = { id: number; order: string }

/**
 * The series of (run, key), or undefined. MLflow's history order is (timestamp, step, value); a
 * time-ordered series (the usual case: timestamps grow with steps) has the same order as its
 * primary key (step first), so SQLite reads it without sorting.
 */
export function findHistorySeries(db: Db, runId: string, key: string): HistorySeries | undefined {
  const row = cachedStatement(db, 'SELECT series_id, time_ordered FROM metric_series WHERE run_uuid = ? AND key = ?', 'raw').get(runId, key) as
    | [number, number]
    | undefined
  return row && { id: row[0], order: row[1] === 1 ? 'step, timestamp, value' : 'timestamp, step, value' }
}

/**
 * One page of a metric history as wire points `{key, value, timestamp, step}`, in MLflow's
 * history order. Reads `limit + 1` points so the caller knows whether another page exists.
 */
export function readHistoryPage(db: Db, runId: string, key: string, offset: number, limit: number): WireMetric[] {
  const series = findHistorySeries(db, runId, key)
  if (!series) return []
  // One column per statement: better-sqlite3 returns plucked columns as flat arrays, which costs
  // about half of building a row array per point. Rows that tie on the ORDER BY differ only in
  // is_nan, so the columns always line up; the statements run back to back in one read transaction.
  const column = (expr: string) =>
    cachedStatement(db, `SELECT ${expr} FROM metric_points WHERE series_id = ? ORDER BY ${series.order} LIMIT ? OFFSET ?`, 'pluck')
  const args = [series.id, limit + 1, offset]
  const [values, timestamps, steps] = db.transaction((): [(number | null)[], number[], number[]] => [
    column('CASE WHEN is_nan THEN NULL ELSE value END').all(...args) as (number | null)[],
    column('timestamp').all(...args) as number[],
    column('step').all(...args) as number[],
  ])()
  const out: WireMetric[] = new Array(values.length)
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    out[i] = { key, value: v === null ? 'NaN' : metricValueToWire(v, 0), timestamp: timestamps[i], step: steps[i] }
  }
  return out
}

/**
 * get-history-bulk: points of several runs, ordered by run id, then (timestamp, step, value);
 * `limit` caps the total number of points.
 */
export function readHistoryBulk(db: Db, runIds: string[], key: string, limit: number): WireRunMetric[] {
  const rows = cachedStatement(
    db,
    `SELECT s.run_uuid, p.value, p.is_nan, p.timestamp, p.step FROM metric_series s JOIN metric_points p ON p.series_id = s.series_id
     WHERE s.key = ? AND s.run_uuid IN (SELECT value FROM json_each(?))
     ORDER BY s.run_uuid, p.timestamp, p.step, p.value LIMIT ?`,
    'raw',
  ).all(key, JSON.stringify(runIds), limit) as [string, ...RawPoint][]
  // Same key order as MLflow's jsonify (sorted keys).
  return rows.map(([runId, value, isNan, timestamp, step]) => ({ key, run_id: runId, step, timestamp, value: metricValueToWire(value, isNan) }))
}

/** Per-run step summary kept by insertMetrics. */
export type StepStats = { runId: string; seriesId: number; minStep: number; maxStep: number; nSteps: number }

/** Step summaries of `key` for the given runs (runs without the key are absent). */
export function readStepStats(db: Db, runIds: string[], key: string): StepStats[] {
  const rows = cachedStatement(
    db,
    `SELECT run_uuid, series_id, min_step, max_step, n_steps FROM metric_series
     WHERE key = ? AND run_uuid IN (SELECT value FROM json_each(?))`,
    'raw',
  ).all(key, JSON.stringify(runIds)) as [string, number, number, number, number][]
  return rows.map(([runId, seriesId, minStep, maxStep, nSteps]) => ({ runId, seriesId, minStep, maxStep, nSteps }))
}

/** The distinct steps of one series, ascending (used only for runs with gaps). */
export function readDistinctSteps(db: Db, seriesId: number): number[] {
  return cachedStatement(db, 'SELECT DISTINCT step FROM metric_points WHERE series_id = ? ORDER BY step', 'pluck').all(seriesId) as number[]
}

/**
 * pointsAtStepsReader's points as UTF-8 JSON (the objects joined by `,`; null for none), written
 * by SQLite in one pass per series: `{"key":…,"value":…,"timestamp":…,"step":…,"run_id":…}`. Read
 * as a BLOB: the bytes are used as they are, never decoded into a JS string and encoded back.
 */
export function pointsAtStepsJsonReader(db: Db, key: string, steps: number[], limit: number): (seriesId: number, runId: string) => Uint8Array | null {
  if (steps.length === 0) return () => null
  if (!steps.every(Number.isSafeInteger)) throw new Error('pointsAtStepsJsonReader: steps must be integers')
  // The ordered page is a co-routine: the aggregate takes its rows in that order.
  const stmt = db
    .prepare(
      `SELECT CAST(group_concat('{"key":' || @key || ',"value":' || ${POINT_VALUE_JSON} || ',"timestamp":' || timestamp || ',"step":' || step || ',"run_id":' || @run || '}', ',') AS BLOB)
       FROM (SELECT value, is_nan, timestamp, step FROM metric_points WHERE series_id = @series AND step IN (${steps.join(',')}) ORDER BY step, timestamp, value LIMIT @limit)`,
    )
    .pluck()
  const quotedKey = JSON.stringify(key)
  return (seriesId, runId) => stmt.get({ key: quotedKey, run: JSON.stringify(runId), series: seriesId, limit }) as Uint8Array | null
}

/**
 * A reader of the points at `steps` (sorted ascending, integers) for one series at a time,
 * ordered by (step, timestamp, value), at most `limit` per series. The statement is prepared once
 * per request with the steps as literals (they are integers read from the database), so SQLite
 * seeks the primary key (series_id, step, …) once per step; raw rows skip object building.
 */
export function pointsAtStepsReader(db: Db, key: string, steps: number[], limit: number): (seriesId: number, runId: string) => WireRunMetric[] {
  if (steps.length === 0) return () => []
  if (!steps.every(Number.isSafeInteger)) throw new Error('pointsAtStepsReader: steps must be integers')
  const stmt = db
    .prepare(
      `SELECT CASE WHEN is_nan THEN NULL ELSE value END, timestamp, step FROM metric_points
       WHERE series_id = ? AND step IN (${steps.join(',')}) ORDER BY step, timestamp, value LIMIT ?`,
    )
    .raw()
  return (seriesId, runId) => {
    const rows = stmt.all(seriesId, limit) as NullableNaNPoint[]
    const out: WireRunMetric[] = new Array(rows.length)
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]
      out[i] = { key, value: r[0] === null ? 'NaN' : metricValueToWire(r[0], 0), timestamp: r[1], step: r[2], run_id: runId }
    }
    return out
  }
}
