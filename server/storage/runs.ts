import type { Db } from './db.ts'
import { invalidParam, notFound } from '../errors.ts'
import { metricToWire, omitEmpty, type WireKeyValue, type WireMetric } from '../wire.ts'
import { loadRunInputs, type WireDatasetInput } from './datasets.ts'
import { cachedStatement } from './metrics.ts'

/** One row of the runs table (times in epoch ms; end_time null while unset). */
export type RunRow = {
  run_uuid: string
  experiment_id: number
  name: string
  user_id: string
  status: string
  start_time: number | null
  end_time: number | null
  lifecycle_stage: 'active' | 'deleted'
  artifact_uri: string
  deleted_time: number | null
}

/** `run.info` on the wire, in MLflow's field order. */
export type WireRunInfo = {
  run_uuid: string
  experiment_id: string
  run_name: string
  user_id: string
  status: string
  start_time?: number
  end_time?: number
  artifact_uri: string
  lifecycle_stage: string
  run_id: string
}

export type WireRun = {
  info: WireRunInfo
  data: { metrics?: WireMetric[]; params?: WireKeyValue[]; tags?: WireKeyValue[] }
  inputs: { dataset_inputs?: WireDatasetInput[] }
  outputs?: Record<string, never>
}

/** The tag that mirrors `run_name` (MLflow keeps both in sync). */
export const RUN_NAME_TAG = 'mlflow.runName'
export const USER_TAG = 'mlflow.user'

/** MLflow's run statuses; anything else is ignored by runs/update. */
export const RUN_STATUSES = ['RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED'] as const

/** `mlflow-artifacts:/<exp>/<run>/artifacts`: the proxied artifact URI of a new run. */
export function runArtifactUri(experimentId: number, runId: string): string {
  return `mlflow-artifacts:/${experimentId}/${runId}/artifacts`
}

/** Inserts a run row; the caller's transaction also writes its tags. */
export function insertRun(db: Db, row: Omit<RunRow, 'lifecycle_stage' | 'deleted_time' | 'end_time'>): void {
  db.prepare(
    `INSERT INTO runs (run_uuid, experiment_id, name, user_id, status, start_time, end_time, lifecycle_stage, artifact_uri)
     VALUES (?, ?, ?, ?, ?, ?, NULL, 'active', ?)`,
  ).run(row.run_uuid, row.experiment_id, row.name, row.user_id, row.status, row.start_time, row.artifact_uri)
}

/** The run row, or MLflow's 404 "Run with id=… not found" (also for malformed ids). */
export function requireRun(db: Db, runId: string): RunRow {
  const row = db.prepare('SELECT * FROM runs WHERE run_uuid = ?').get(runId) as RunRow | undefined
  if (!row) throw notFound(`Run with id=${runId} not found`)
  return row
}

/** Like requireRun, but writes to a deleted run fail with MLflow's 400. */
export function requireActiveRun(db: Db, runId: string): RunRow {
  const row = requireRun(db, runId)
  if (row.lifecycle_stage !== 'active')
    throw invalidParam(`The run ${runId} must be in the 'active' state. Current state is ${row.lifecycle_stage}.`)
  return row
}

/** `run.info` of a row in wire format (no end_time while unset). */
export function runInfoToWire(r: RunRow): WireRunInfo {
  return omitEmpty({
    run_uuid: r.run_uuid,
    experiment_id: String(r.experiment_id),
    run_name: r.name,
    user_id: r.user_id,
    status: r.status,
    start_time: r.start_time,
    end_time: r.end_time,
    artifact_uri: r.artifact_uri,
    lifecycle_stage: r.lifecycle_stage,
    run_id: r.run_uuid,
  }) as WireRunInfo
}

/**
 * Params or tags of the runs in `idsJson` (a JSON array of run ids), each run's in logging
 * order (rowid), as MLflow returns them. A run's rows are logged together, so they usually sit
 * in one dense rowid range of the table: reading that range in rowid order costs about 40 %
 * less than looking every row up through the (run_uuid, key) index and sorting the rowids
 * (2,000-param runs: ~2 ms instead of ~3.5 ms each). Runs whose rows are scattered (less than
 * half of their range) are read through the index. Raw rows: row objects carrying the run id
 * cost about twice the query itself.
 */
function keyValuesByRun(db: Db, table: 'params' | 'tags', idsJson: string): Map<string, WireKeyValue[]> {
  const spans = cachedStatement(db, `SELECT run_uuid, min(rowid), max(rowid), count(*) FROM ${table} WHERE run_uuid IN (SELECT value FROM json_each(?)) GROUP BY run_uuid`, 'raw').all(idsJson) as [string, number, number, number][]
  // `+run_uuid` keeps SQLite on the rowid range instead of the index.
  const inRange = cachedStatement(db, `SELECT key, value FROM ${table} WHERE rowid BETWEEN ? AND ? AND +run_uuid = ? ORDER BY rowid`, 'raw')
  const scattered = cachedStatement(db, `SELECT key, value FROM ${table} WHERE run_uuid = ? ORDER BY rowid`, 'raw')
  const out = new Map<string, WireKeyValue[]>()
  for (const [runId, first, last, count] of spans) {
    const rows = (last - first + 1 <= 2 * count ? inRange.all(first, last, runId) : scattered.all(runId)) as [key: string, value: string][]
    const list: WireKeyValue[] = new Array(rows.length)
    for (let i = 0; i < rows.length; i++) list[i] = { key: rows[i][0], value: rows[i][1] }
    out.set(runId, list)
  }
  return out
}

function groupByRun<T extends { run_uuid: string }, U>(rows: T[], map: (row: T) => U): Map<string, U[]> {
  const out = new Map<string, U[]>()
  for (const r of rows) {
    const list = out.get(r.run_uuid)
    if (list) list.push(map(r))
    else out.set(r.run_uuid, [map(r)])
  }
  return out
}

/**
 * Full runs (info, latest metrics, params, tags, dataset inputs) in the order of `runIds`;
 * unknown ids are skipped. Params and tags come in logging order as in MLflow; latest metrics
 * by key (latest_metrics stays clustered on (run_uuid, key) for runs/search). Five queries in total, whatever the number of runs.
 * `withOutputs` adds MLflow 3's empty `outputs` object (runs/get and runs/search have it,
 * runs/create does not).
 */
export function loadRuns(db: Db, runIds: string[], withOutputs = true): WireRun[] {
  if (runIds.length === 0) return []
  const ids = JSON.stringify(runIds)
  const inList = '(SELECT value FROM json_each(?))'
  const rows = db.prepare(`SELECT * FROM runs WHERE run_uuid IN ${inList}`).all(ids) as RunRow[]
  const metrics = groupByRun(
    db
      .prepare(`SELECT run_uuid, key, value, is_nan, timestamp, step FROM latest_metrics WHERE run_uuid IN ${inList} ORDER BY run_uuid, key`)
      .all(ids) as { run_uuid: string; key: string; value: number; is_nan: number; timestamp: number; step: number }[],
    metricToWire,
  )
  const params = keyValuesByRun(db, 'params', ids)
  const tags = keyValuesByRun(db, 'tags', ids)
  const inputs = loadRunInputs(db, runIds)
  const byId = new Map(rows.map((r) => [r.run_uuid, r]))
  const out: WireRun[] = []
  for (const id of runIds) {
    const r = byId.get(id)
    if (!r) continue
    const run: WireRun = {
      info: runInfoToWire(r),
      data: omitEmpty({ metrics: metrics.get(id), params: params.get(id), tags: tags.get(id) }),
      inputs: omitEmpty({ dataset_inputs: inputs.get(id) }),
    }
    if (withOutputs) run.outputs = {}
    out.push(run)
  }
  return out
}

/** Inserts or overwrites run tags; `mlflow.runName` also renames the run, as in MLflow. */
export function upsertRunTags(db: Db, runId: string, tags: WireKeyValue[]): void {
  const stmt = db.prepare('INSERT INTO tags (run_uuid, key, value) VALUES (?, ?, ?) ON CONFLICT (run_uuid, key) DO UPDATE SET value = excluded.value')
  for (const t of tags) {
    stmt.run(runId, t.key, t.value)
    if (t.key === RUN_NAME_TAG) db.prepare('UPDATE runs SET name = ? WHERE run_uuid = ?').run(t.value, runId)
  }
}

/** Deletes a run tag; a missing tag is MLflow's 404. */
export function deleteRunTag(db: Db, runId: string, key: string): void {
  const res = db.prepare('DELETE FROM tags WHERE run_uuid = ? AND key = ?').run(runId, key)
  if (res.changes === 0) throw notFound(`No tag with name: ${key} in run with id ${runId}`)
}

/**
 * Logs params. A key already logged with the same value is a no-op; a different value is
 * MLflow's 400 "Changing param values is not allowed" (nothing is written then).
 */
export function insertParams(db: Db, runId: string, params: WireKeyValue[]): void {
  if (params.length === 0) return
  const existing = new Map(
    (db.prepare('SELECT key, value FROM params WHERE run_uuid = ?').all(runId) as { key: string; value: string }[]).map((p) => [p.key, p.value]),
  )
  const conflicts = params
    .filter((p) => existing.has(p.key) && existing.get(p.key) !== p.value)
    .map((p) => `{'key': '${p.key}', 'old_value': '${existing.get(p.key)}', 'new_value': '${p.value}'}`)
  if (conflicts.length)
    throw invalidParam(`Changing param values is not allowed. Params were already logged='[${conflicts.join(', ')}]' for run ID='${runId}'.`)
  const stmt = db.prepare('INSERT OR IGNORE INTO params (run_uuid, key, value) VALUES (?, ?, ?)')
  for (const p of params) stmt.run(runId, p.key, p.value)
}

/** Applies runs/update fields that are set; returns the updated row. */
export function updateRun(db: Db, runId: string, patch: { status?: string; endTime?: number; name?: string }): RunRow {
  if (patch.status !== undefined) db.prepare('UPDATE runs SET status = ? WHERE run_uuid = ?').run(patch.status, runId)
  if (patch.endTime !== undefined) db.prepare('UPDATE runs SET end_time = ? WHERE run_uuid = ?').run(patch.endTime, runId)
  if (patch.name !== undefined) upsertRunTags(db, runId, [{ key: RUN_NAME_TAG, value: patch.name }])
  return requireRun(db, runId)
}

/** Soft-deletes or restores a run (deleted_time is set on delete, cleared on restore). */
export function setRunLifecycle(db: Db, runId: string, stage: 'active' | 'deleted', now: number): void {
  requireRun(db, runId)
  db.prepare('UPDATE runs SET lifecycle_stage = ?, deleted_time = ? WHERE run_uuid = ?').run(stage, stage === 'deleted' ? now : null, runId)
}

/** Runs a compiled search query (from server/search) that returns `run_uuid` rows in order. */
export function queryRunIds(db: Db, query: { sql: string; params: unknown[] }): string[] {
  return (db.prepare(query.sql).all(...query.params) as { run_uuid: string }[]).map((r) => r.run_uuid)
}
