import type { Statement } from 'better-sqlite3'
import type { Db } from './db.ts'

/** A metric point ready to store: ±Infinity already clamped, NaN as value 0 + isNan. */
export type MetricPoint = { key: string; value: number; isNan: boolean; timestamp: number; step: number }

const statements = new WeakMap<Db, Map<string, Statement>>()

/**
 * A prepared statement cached per database connection and SQL text (with its result mode), so
 * the hot write/read paths do not re-prepare on every request. Only for SQL without literals
 * that vary per call.
 */
export function cachedStatement(db: Db, sql: string, mode: 'rows' | 'raw' | 'pluck' = 'rows'): Statement {
  let byDb = statements.get(db)
  if (!byDb) statements.set(db, (byDb = new Map()))
  const id = `${mode}\u0000${sql}`
  let stmt = byDb.get(id)
  if (!stmt) {
    stmt = db.prepare(sql)
    if (mode === 'raw') stmt.raw()
    else if (mode === 'pluck') stmt.pluck()
    byDb.set(id, stmt)
  }
  return stmt
}

type Series = { series_id: number; min_step: number; max_step: number; n_steps: number; max_timestamp: number; time_ordered: number }
type Latest = { step: number; timestamp: number; value: number; is_nan: number }

/** MLflow's "is newer" order for latest_metrics: (step, timestamp, value), stored values. */
function isNewer(a: Latest, b: Latest): boolean {
  if (a.step !== b.step) return a.step > b.step
  if (a.timestamp !== b.timestamp) return a.timestamp > b.timestamp
  return a.value > b.value
}

const SQL = {
  series: 'SELECT series_id, min_step, max_step, n_steps, max_timestamp, time_ordered FROM metric_series WHERE run_uuid = ? AND key = ?',
  newSeries: 'INSERT INTO metric_series (run_uuid, key, min_step, max_step, n_steps, max_timestamp, time_ordered) VALUES (?, ?, 0, 0, 0, 0, 1)',
  writeSeries: 'UPDATE metric_series SET min_step = ?, max_step = ?, n_steps = ?, max_timestamp = ?, time_ordered = ? WHERE series_id = ?',
  stepExists: 'SELECT 1 FROM metric_points WHERE series_id = ? AND step = ? LIMIT 1',
  insert: 'INSERT OR IGNORE INTO metric_points (series_id, step, timestamp, value, is_nan) VALUES (?, ?, ?, ?, ?)',
  // With the stored points in order, the last point before `step` holds the largest timestamp
  // among smaller steps, and the first point after it the smallest among larger steps.
  tsBefore: 'SELECT timestamp FROM metric_points WHERE series_id = ? AND step < ? ORDER BY step DESC, timestamp DESC LIMIT 1',
  tsAfter: 'SELECT timestamp FROM metric_points WHERE series_id = ? AND step > ? ORDER BY step, timestamp LIMIT 1',
  readLatest: 'SELECT step, timestamp, value, is_nan FROM latest_metrics WHERE run_uuid = ? AND key = ?',
  writeLatest: `INSERT INTO latest_metrics (run_uuid, key, step, timestamp, value, is_nan) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (run_uuid, key) DO UPDATE SET step = excluded.step, timestamp = excluded.timestamp,
       value = excluded.value, is_nan = excluded.is_nan`,
}

const byStepThenTime = (a: MetricPoint, b: MetricPoint) => a.step - b.step || a.timestamp - b.timestamp

/**
 * Whether a series stays time-ordered (no two points with step and timestamp in opposite order)
 * once `list` is added to the stored points `s`, which are time-ordered themselves. A point at or
 * after the stored last step and timestamp (append-only logging) needs no lookup; any other one
 * costs two primary-key seeks.
 */
function staysTimeOrdered(db: Db, s: Series, isNew: boolean, list: MetricPoint[]): boolean {
  let sorted = list
  for (let i = 1; i < list.length; i++)
    if (byStepThenTime(list[i - 1], list[i]) > 0) {
      sorted = [...list].sort(byStepThenTime)
      break
    }
  for (let i = 1; i < sorted.length; i++) if (sorted[i].timestamp < sorted[i - 1].timestamp) return false
  if (isNew) return true
  const before = cachedStatement(db, SQL.tsBefore, 'pluck')
  const after = cachedStatement(db, SQL.tsAfter, 'pluck')
  for (const p of sorted) {
    if (p.step >= s.max_step && p.timestamp >= s.max_timestamp) continue
    const prev = before.get(s.series_id, p.step) as number | undefined
    if (prev !== undefined && prev > p.timestamp) return false
    const next = after.get(s.series_id, p.step) as number | undefined
    if (next !== undefined && next < p.timestamp) return false
  }
  return true
}

/**
 * Stores metric points of one run, inside the caller's transaction. Identical points are stored
 * once (as MLflow). Per key and batch it reads and writes the series row (step range, distinct
 * step count, largest timestamp, time order) and `latest_metrics` (the max by (step, timestamp,
 * value); ties keep the earlier one) once; a point whose step lies outside the known step range
 * and after the last timestamp (append-only logging) costs a single INSERT.
 */
export function insertMetrics(db: Db, runId: string, points: MetricPoint[]): void {
  if (points.length === 0) return
  const insert = cachedStatement(db, SQL.insert)
  const stepExists = cachedStatement(db, SQL.stepExists, 'pluck')
  const byKey = new Map<string, MetricPoint[]>()
  for (const p of points) {
    const list = byKey.get(p.key)
    if (list) list.push(p)
    else byKey.set(p.key, [p])
  }
  for (const [key, list] of byKey) {
    let s = cachedStatement(db, SQL.series).get(runId, key) as Series | undefined
    const isNew = s === undefined
    if (!s) {
      const id = Number(cachedStatement(db, SQL.newSeries).run(runId, key).lastInsertRowid)
      s = { series_id: id, min_step: Infinity, max_step: -Infinity, n_steps: 0, max_timestamp: -Infinity, time_ordered: 1 }
    }
    const ordered = s.time_ordered === 1 && staysTimeOrdered(db, s, isNew, list)
    let { min_step: min, max_step: max, n_steps: count, max_timestamp: maxTs } = s
    const seen = new Set<number>()
    const before = cachedStatement(db, SQL.readLatest).get(runId, key) as Latest | undefined
    let latest = before
    for (const p of list) {
      if (!seen.has(p.step)) {
        seen.add(p.step)
        const inKnownRange = !isNew && p.step >= s.min_step && p.step <= s.max_step
        if (!inKnownRange || stepExists.get(s.series_id, p.step) === undefined) count++
      }
      if (p.step < min) min = p.step
      if (p.step > max) max = p.step
      if (p.timestamp > maxTs) maxTs = p.timestamp
      const nan = p.isNan ? 1 : 0
      insert.run(s.series_id, p.step, p.timestamp, p.value, nan)
      const point = { step: p.step, timestamp: p.timestamp, value: p.value, is_nan: nan }
      if (!latest || isNewer(point, latest)) latest = point
    }
    cachedStatement(db, SQL.writeSeries).run(min, max, count, maxTs, ordered ? 1 : 0, s.series_id)
    if (latest && latest !== before)
      cachedStatement(db, SQL.writeLatest).run(runId, key, latest.step, latest.timestamp, latest.value, latest.is_nan)
  }
}
