import type { Db } from './db.ts'
import { alreadyExists, invalidParam, notFound } from '../errors.ts'
import { omitEmpty, type WireKeyValue } from '../wire.ts'
import { cachedStatement } from './metrics.ts'

/** One row of the experiments table. Times are epoch ms. */
export type ExperimentRow = {
  experiment_id: number
  name: string
  artifact_location: string
  lifecycle_stage: 'active' | 'deleted'
  creation_time: number
  last_update_time: number
}

/** The experiment object of MLflow's wire format. */
export type WireExperiment = {
  experiment_id: string
  name: string
  artifact_location: string
  lifecycle_stage: string
  last_update_time: number
  creation_time: number
  tags?: WireKeyValue[]
}

export const DEFAULT_EXPERIMENT_ID = 0
export const DEFAULT_EXPERIMENT_NAME = 'Default'

/** `mlflow-artifacts:/<id>`: where runs of a new experiment keep their artifacts (proxied). */
export function defaultArtifactLocation(id: number): string {
  return `mlflow-artifacts:/${id}`
}

/** Creates MLflow's `Default` experiment (id 0) unless it exists; safe to call on every open. */
export function ensureDefaultExperiment(db: Db, now = Date.now()): void {
  cachedStatement(
    db,
    `INSERT OR IGNORE INTO experiments (experiment_id, name, artifact_location, lifecycle_stage, creation_time, last_update_time)
     VALUES (?, ?, ?, 'active', ?, ?)`,
  ).run(DEFAULT_EXPERIMENT_ID, DEFAULT_EXPERIMENT_NAME, defaultArtifactLocation(DEFAULT_EXPERIMENT_ID), now, now)
}

/**
 * Creates an experiment with its tags in one transaction and returns its id (max id + 1).
 * A taken name (also by a deleted experiment) is RESOURCE_ALREADY_EXISTS, as in MLflow.
 */
export function createExperiment(db: Db, input: { name: string; artifactLocation?: string; tags: WireKeyValue[]; now: number }): number {
  return db.transaction(() => {
    if (getExperimentByName(db, input.name)) throw alreadyExists(`Experiment(name=${input.name}) already exists.`)
    const { next } = cachedStatement(db, 'SELECT COALESCE(MAX(experiment_id), -1) + 1 AS next FROM experiments').get() as { next: number }
    cachedStatement(
      db,
      `INSERT INTO experiments (experiment_id, name, artifact_location, lifecycle_stage, creation_time, last_update_time)
       VALUES (?, ?, ?, 'active', ?, ?)`,
    ).run(next, input.name, input.artifactLocation || defaultArtifactLocation(next), input.now, input.now)
    const insertTag = cachedStatement(db, 'INSERT OR REPLACE INTO experiment_tags (experiment_id, key, value) VALUES (?, ?, ?)')
    for (const t of input.tags) insertTag.run(next, t.key, t.value)
    return next
  })()
}

/** The experiment with this id, or undefined. */
export function getExperimentById(db: Db, id: number): ExperimentRow | undefined {
  return cachedStatement(db, 'SELECT * FROM experiments WHERE experiment_id = ?').get(id) as ExperimentRow | undefined
}

/** The experiment with this exact name (any lifecycle stage), or undefined. */
export function getExperimentByName(db: Db, name: string): ExperimentRow | undefined {
  return cachedStatement(db, 'SELECT * FROM experiments WHERE name = ?').get(name) as ExperimentRow | undefined
}

/** Like getExperimentById but throws MLflow's 404 "No Experiment with id=… exists". */
export function requireExperiment(db: Db, id: number): ExperimentRow {
  const row = getExperimentById(db, id)
  if (!row) throw notFound(`No Experiment with id=${id} exists`)
  return row
}

/** Throws MLflow's 400 unless the experiment is active (writes to deleted experiments fail). */
export function requireActiveExperiment(db: Db, id: number): ExperimentRow {
  const row = requireExperiment(db, id)
  if (row.lifecycle_stage !== 'active')
    throw invalidParam(`The experiment ${id} must be in the 'active' state. Current state is ${row.lifecycle_stage}.`)
  return row
}

/** Experiments by id in the given order, each with its tags, in wire format. Unknown ids are skipped. */
export function loadExperiments(db: Db, ids: number[]): WireExperiment[] {
  if (ids.length === 0) return []
  const marks = ids.map(() => '?').join(',')
  const rows = db.prepare(`SELECT * FROM experiments WHERE experiment_id IN (${marks})`).all(...ids) as ExperimentRow[]
  const tagRows = db
    .prepare(`SELECT experiment_id, key, value FROM experiment_tags WHERE experiment_id IN (${marks}) ORDER BY rowid`)
    .all(...ids) as { experiment_id: number; key: string; value: string }[]
  const tags = new Map<number, WireKeyValue[]>()
  for (const t of tagRows) {
    const list = tags.get(t.experiment_id) ?? []
    list.push({ key: t.key, value: t.value })
    tags.set(t.experiment_id, list)
  }
  const byId = new Map(rows.map((r) => [r.experiment_id, r]))
  const out: WireExperiment[] = []
  for (const id of ids) {
    const r = byId.get(id)
    if (!r) continue
    out.push(
      omitEmpty({
        experiment_id: String(r.experiment_id),
        name: r.name,
        artifact_location: r.artifact_location,
        lifecycle_stage: r.lifecycle_stage,
        last_update_time: r.last_update_time,
        creation_time: r.creation_time,
        tags: tags.get(id),
      }) as WireExperiment,
    )
  }
  return out
}

/** Renames an active experiment; a taken name is RESOURCE_ALREADY_EXISTS. */
export function renameExperiment(db: Db, id: number, name: string, now: number): void {
  db.transaction(() => {
    const row = requireExperiment(db, id)
    if (row.lifecycle_stage !== 'active') throw invalidParam('Cannot rename a non-active experiment.')
    const other = getExperimentByName(db, name)
    if (other && other.experiment_id !== id) throw alreadyExists(`Experiment(name=${name}) already exists.`)
    cachedStatement(db, 'UPDATE experiments SET name = ?, last_update_time = ? WHERE experiment_id = ?').run(name, now, id)
  })()
}

/**
 * Soft-deletes or restores an experiment together with its runs, as MLflow's SQL store does
 * (restoring brings back every run of the experiment). The Default experiment cannot be deleted.
 */
export function setExperimentLifecycle(db: Db, id: number, stage: 'active' | 'deleted', now: number): void {
  db.transaction(() => {
    const row = requireExperiment(db, id)
    if (stage === 'deleted') {
      if (id === DEFAULT_EXPERIMENT_ID)
        throw invalidParam(`Cannot delete the default experiment '${DEFAULT_EXPERIMENT_ID}'. This is an internally reserved experiment.`)
      if (row.lifecycle_stage === 'deleted') throw invalidParam(`Cannot delete an already deleted experiment: ${id}`)
      cachedStatement(db, "UPDATE runs SET lifecycle_stage = 'deleted', deleted_time = ? WHERE experiment_id = ? AND lifecycle_stage = 'active'").run(now, id)
    } else {
      if (row.lifecycle_stage === 'active') throw invalidParam(`Cannot restore an active experiment: ${id}`)
      cachedStatement(db, "UPDATE runs SET lifecycle_stage = 'active', deleted_time = NULL WHERE experiment_id = ?").run(id)
    }
    cachedStatement(db, 'UPDATE experiments SET lifecycle_stage = ?, last_update_time = ? WHERE experiment_id = ?').run(stage, now, id)
  })()
}

/** Sets (inserts or overwrites) an experiment tag; the experiment must be active. */
export function setExperimentTag(db: Db, id: number, key: string, value: string): void {
  db.transaction(() => {
    requireActiveExperiment(db, id)
    cachedStatement(db, 'INSERT INTO experiment_tags (experiment_id, key, value) VALUES (?, ?, ?) ON CONFLICT (experiment_id, key) DO UPDATE SET value = excluded.value').run(id, key, value)
  })()
}

/** Deletes an experiment tag; a missing tag is RESOURCE_DOES_NOT_EXIST as in MLflow. */
export function deleteExperimentTag(db: Db, id: number, key: string): void {
  db.transaction(() => {
    requireActiveExperiment(db, id)
    const res = cachedStatement(db, 'DELETE FROM experiment_tags WHERE experiment_id = ? AND key = ?').run(id, key)
    if (res.changes === 0) throw notFound(`No tag with name: ${key} in experiment with id ${id}`)
  })()
}

/** Runs a compiled search query (from server/search) that returns `experiment_id` rows. */
export function queryExperimentIds(db: Db, query: { sql: string; params: unknown[] }): number[] {
  return (db.prepare(query.sql).all(...query.params) as { experiment_id: number }[]).map((r) => r.experiment_id)
}
