import { invalidParam } from '../errors.ts'
import { nowMs } from '../wire.ts'
import { buildModelVersionsSearchQuery } from '../search/registry-sql.ts'
import { decodePageToken, encodePageToken } from '../search/page-token.ts'
import type { Db } from './db.ts'
import {
  DELETED_STAGE,
  latestVersionRows,
  loadModelVersion,
  requireModelRow,
  requireVersionRow,
  stmt,
  versionToWire,
  type ModelVersionRow,
  type SearchPage,
  type WireModelVersion,
} from './registry.ts'
import type { Stage } from './registry-validate.ts'

/**
 * Write side and search of model versions. Versions are created READY at once (as MLflow's SQL
 * store does, so clients never poll) and numbered max + 1 per model. Deleting a version
 * soft-deletes it as MLflow's SQL store does (stage Deleted_Internal, hidden from every read), so
 * version numbers are never reused: delete version 3 of 3 and the next create is version 4.
 */

export type CreateVersionInput = {
  name: string
  source: string
  runId?: string
  runLink?: string
  description?: string
  tags: { key: string; value: string }[]
}

/** Creates the next version of `name` (404 when the model is missing); bumps the model's timestamp. */
export function createModelVersion(db: Db, input: CreateVersionInput): WireModelVersion {
  const now = nowMs()
  const version = db.transaction(() => {
    requireModelRow(db, input.name)
    // Deleted versions count too: their rows stay, so a number is never given out twice.
    const max = stmt(db, 'SELECT MAX(version) AS v FROM model_versions WHERE name = ?').get(input.name) as { v: number | null }
    const next = (max.v ?? 0) + 1
    stmt(
      db,
      `INSERT INTO model_versions (name, version, creation_timestamp, last_updated_timestamp, description, current_stage,
         source, run_id, run_link, status) VALUES (?, ?, ?, ?, ?, 'None', ?, ?, ?, 'READY')`,
    ).run(input.name, next, now, now, input.description ?? '', input.source, input.runId || null, input.runLink ?? '')
    const insertTag = stmt(db, 'INSERT OR REPLACE INTO model_version_tags (name, version, key, value) VALUES (?, ?, ?, ?)')
    for (const tag of input.tags) insertTag.run(input.name, next, tag.key, tag.value)
    stmt(db, 'UPDATE registered_models SET last_updated_timestamp = ? WHERE name = ?').run(now, input.name)
    return next
  })()
  return loadModelVersion(db, input.name, version)
}

/** Sets a version's description (PATCH model-versions/update); the model's timestamp stays. */
export function updateModelVersion(db: Db, name: string, version: number, description: string | undefined): WireModelVersion {
  requireVersionRow(db, name, version)
  if (description !== undefined)
    stmt(db, 'UPDATE model_versions SET description = ?, last_updated_timestamp = ? WHERE name = ? AND version = ?').run(
      description,
      nowMs(),
      name,
      version,
    )
  return loadModelVersion(db, name, version)
}

/**
 * Deletes a version (404 when missing or deleted already): the aliases that pointed at it and its
 * tags go; the row stays in stage Deleted_Internal with its source, run and description redacted
 * (MLflow's SQL store writes the same REDACTED-* values), so that its number is never reused.
 * Bumps the model's timestamp.
 */
export function deleteModelVersion(db: Db, name: string, version: number): void {
  const now = nowMs()
  db.transaction(() => {
    requireVersionRow(db, name, version)
    stmt(db, 'DELETE FROM registered_model_aliases WHERE name = ? AND version = ?').run(name, version)
    stmt(db, 'DELETE FROM model_version_tags WHERE name = ? AND version = ?').run(name, version)
    stmt(
      db,
      `UPDATE model_versions SET current_stage = '${DELETED_STAGE}', last_updated_timestamp = ?, description = NULL, user_id = NULL,
         source = 'REDACTED-SOURCE-PATH', run_id = 'REDACTED-RUN-ID', run_link = 'REDACTED-RUN-LINK', status_message = NULL
       WHERE name = ? AND version = ?`,
    ).run(now, name, version)
    stmt(db, 'UPDATE registered_models SET last_updated_timestamp = ? WHERE name = ?').run(now, name)
  })()
}

const ACTIVE_STAGES: readonly Stage[] = ['Staging', 'Production']

/**
 * Moves a version to `stage`. With `archiveExisting`, the other versions currently in the
 * TARGET stage become Archived (only allowed for Staging/Production, as in MLflow). The version,
 * every archived version and the model get the same new `last_updated_timestamp`.
 */
export function transitionModelVersionStage(db: Db, name: string, version: number, stage: Stage, archiveExisting: boolean): WireModelVersion {
  if (archiveExisting && !ACTIVE_STAGES.includes(stage))
    throw invalidParam(
      `Model version transition cannot archive existing model versions because '${stage}' is not an Active stage. Valid stages are ${ACTIVE_STAGES.join(', ')}`,
    )
  const now = nowMs()
  db.transaction(() => {
    requireVersionRow(db, name, version)
    if (archiveExisting)
      stmt(
        db,
        `UPDATE model_versions SET current_stage = 'Archived', last_updated_timestamp = ?
         WHERE name = ? AND version != ? AND current_stage = ?`,
      ).run(now, name, version, stage)
    stmt(db, 'UPDATE model_versions SET current_stage = ?, last_updated_timestamp = ? WHERE name = ? AND version = ?').run(stage, now, name, version)
    stmt(db, 'UPDATE registered_models SET last_updated_timestamp = ? WHERE name = ?').run(now, name)
  })()
  return loadModelVersion(db, name, version)
}

export function setModelVersionTag(db: Db, name: string, version: number, key: string, value: string): void {
  requireVersionRow(db, name, version)
  stmt(db, 'INSERT OR REPLACE INTO model_version_tags (name, version, key, value) VALUES (?, ?, ?, ?)').run(name, version, key, value)
}

/** Deletes a version tag; an unset tag is not an error (MLflow's SQL store ignores it too). */
export function deleteModelVersionTag(db: Db, name: string, version: number, key: string): void {
  requireVersionRow(db, name, version)
  stmt(db, 'DELETE FROM model_version_tags WHERE name = ? AND version = ? AND key = ?').run(name, version, key)
}

/** `get-latest-versions`: newest version per requested stage (all stages when empty), with aliases (3.11). */
export function getLatestVersions(db: Db, name: string, stages: readonly Stage[]): WireModelVersion[] {
  requireModelRow(db, name)
  return latestVersionRows(db, name, stages).map((row) => versionToWire(db, row, true))
}

/** The URI a client downloads the version from: its `source`, as MLflow returns it. */
export function getModelVersionSource(db: Db, name: string, version: number): string {
  return requireVersionRow(db, name, version).source ?? ''
}

/** One page of model-versions/search (never with aliases). `limit` is validated by the caller. */
export function searchModelVersions(
  db: Db,
  req: { filter?: string; orderBy?: string[]; limit: number; pageToken?: string },
): SearchPage<WireModelVersion> {
  const offset = decodePageToken(req.pageToken)
  const query = buildModelVersionsSearchQuery({ filter: req.filter, orderBy: req.orderBy, limit: req.limit + 1, offset })
  const keys = db.prepare(query.sql).all(...query.params) as { name: string; version: number }[]
  const byKey = stmt(db, 'SELECT * FROM model_versions WHERE name = ? AND version = ?')
  const items = keys.slice(0, req.limit).flatMap((k) => {
    const row = byKey.get(k.name, Number(k.version)) as ModelVersionRow | undefined
    return row ? [versionToWire(db, row, false)] : []
  })
  return { items, nextPageToken: keys.length > req.limit ? encodePageToken(offset + req.limit) : undefined }
}
