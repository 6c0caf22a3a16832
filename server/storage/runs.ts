import type { Db } from './db.ts'
import { invalidParam, notFound } from '../errors.ts'
import { omitEmpty, type WireKeyValue } from '../wire.ts'
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
  cachedStatement(
    db,
    `INSERT INTO runs (run_uuid, experiment_id, name, user_id, status, start_time, end_time, lifecycle_stage, artifact_uri)
     VALUES (?, ?, ?, ?, ?, ?, NULL, 'active', ?)`,
  ).run(row.run_uuid, row.experiment_id, row.name, row.user_id, row.status, row.start_time, row.artifact_uri)
}

/** The run row, or MLflow's 404 "Run with id=… not found" (also for malformed ids). */
export function requireRun(db: Db, runId: string): RunRow {
  const row = cachedStatement(db, 'SELECT * FROM runs WHERE run_uuid = ?').get(runId) as RunRow | undefined
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

/** Inserts or overwrites run tags; `mlflow.runName` also renames the run, as in MLflow. */
export function upsertRunTags(db: Db, runId: string, tags: WireKeyValue[]): void {
  const stmt = cachedStatement(db, 'INSERT INTO tags (run_uuid, key, value) VALUES (?, ?, ?) ON CONFLICT (run_uuid, key) DO UPDATE SET value = excluded.value')
  for (const t of tags) {
    stmt.run(runId, t.key, t.value)
    if (t.key === RUN_NAME_TAG) cachedStatement(db, 'UPDATE runs SET name = ? WHERE run_uuid = ?').run(t.value, runId)
  }
}

/** Deletes a run tag; a missing tag is MLflow's 404. */
export function deleteRunTag(db: Db, runId: string, key: string): void {
  const res = cachedStatement(db, 'DELETE FROM tags WHERE run_uuid = ? AND key = ?').run(runId, key)
  if (res.changes === 0) throw notFound(`No tag with name: ${key} in run with id ${runId}`)
}

/**
 * Logs params. A key already logged with the same value is a no-op; a different value is
 * MLflow's 400 "Changing param values is not allowed" (nothing is written then).
 */
export function insertParams(db: Db, runId: string, params: WireKeyValue[]): void {
  if (params.length === 0) return
  const existing = new Map(
    (cachedStatement(db, 'SELECT key, value FROM params WHERE run_uuid = ?').all(runId) as { key: string; value: string }[]).map((p) => [p.key, p.value]),
  )
  const conflicts = params
    .filter((p) => existing.has(p.key) && existing.get(p.key) !== p.value)
    .map((p) => `{'key': '${p.key}', 'old_value': '${existing.get(p.key)}', 'new_value': '${p.value}'}`)
  if (conflicts.length)
    throw invalidParam(`Changing param values is not allowed. Params were already logged='[${conflicts.join(', ')}]' for run ID='${runId}'.`)
  const stmt = cachedStatement(db, 'INSERT OR IGNORE INTO params (run_uuid, key, value) VALUES (?, ?, ?)')
  for (const p of params) stmt.run(runId, p.key, p.value)
}

/** Applies runs/update fields that are set; returns the updated row. */
export function updateRun(db: Db, runId: string, patch: { status?: string; endTime?: number; name?: string }): RunRow {
  if (patch.status !== undefined) cachedStatement(db, 'UPDATE runs SET status = ? WHERE run_uuid = ?').run(patch.status, runId)
  if (patch.endTime !== undefined) cachedStatement(db, 'UPDATE runs SET end_time = ? WHERE run_uuid = ?').run(patch.endTime, runId)
  if (patch.name !== undefined) upsertRunTags(db, runId, [{ key: RUN_NAME_TAG, value: patch.name }])
  return requireRun(db, runId)
}

/** Soft-deletes or restores a run (deleted_time is set on delete, cleared on restore). */
export function setRunLifecycle(db: Db, runId: string, stage: 'active' | 'deleted', now: number): void {
  requireRun(db, runId)
  cachedStatement(db, 'UPDATE runs SET lifecycle_stage = ?, deleted_time = ? WHERE run_uuid = ?').run(stage, stage === 'deleted' ? now : null, runId)
}

/** Runs a compiled search query (from server/search) that returns `run_uuid` rows in order. */
export function queryRunIds(db: Db, query: { sql: string; params: unknown[] }): string[] {
  return (db.prepare(query.sql).all(...query.params) as { run_uuid: string }[]).map((r) => r.run_uuid)
}
