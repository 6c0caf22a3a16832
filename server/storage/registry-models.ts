import { alreadyExists, invalidParam } from '../errors.ts'
import { nowMs } from '../wire.ts'
import { buildRegisteredModelsSearchQuery } from '../search/registry-sql.ts'
import { encodePageToken, decodePageToken } from '../search/page-token.ts'
import type { Db } from './db.ts'
import {
  loadRegisteredModel,
  modelToWire,
  requireModelRow,
  requireVersionRow,
  stmt,
  versionToWire,
  type RegisteredModelRow,
  type SearchPage,
  type WireModelVersion,
  type WireRegisteredModel,
} from './registry.ts'

/**
 * Write side and search of registered models (and their tags and aliases). Timestamps follow
 * MLflow 3.11: create/rename/update move `last_updated_timestamp`; tag and alias changes do not.
 */

export type CreateModelInput = { name: string; description?: string; tags: { key: string; value: string }[] }

/** Creates a registered model; a taken name is 400 RESOURCE_ALREADY_EXISTS, as MLflow answers. */
export function createRegisteredModel(db: Db, input: CreateModelInput): WireRegisteredModel {
  const now = nowMs()
  db.transaction(() => {
    if (stmt(db, 'SELECT 1 FROM registered_models WHERE name = ?').get(input.name))
      throw alreadyExists(`Registered Model (name=${input.name}) already exists.`)
    stmt(db, 'INSERT INTO registered_models (name, creation_timestamp, last_updated_timestamp, description) VALUES (?, ?, ?, ?)').run(
      input.name,
      now,
      now,
      input.description ?? null,
    )
    const insertTag = stmt(db, 'INSERT OR REPLACE INTO registered_model_tags (name, key, value) VALUES (?, ?, ?)')
    for (const tag of input.tags) insertTag.run(input.name, tag.key, tag.value)
  })()
  return loadRegisteredModel(db, input.name)
}

/** Renames a model; versions, tags and aliases follow through ON UPDATE CASCADE. */
export function renameRegisteredModel(db: Db, name: string, newName: string): WireRegisteredModel {
  db.transaction(() => {
    requireModelRow(db, name)
    if (newName === name) return
    if (stmt(db, 'SELECT 1 FROM registered_models WHERE name = ?').get(newName))
      throw alreadyExists(`Registered Model (name=${newName}) already exists.`)
    stmt(db, 'UPDATE registered_models SET name = ?, last_updated_timestamp = ? WHERE name = ?').run(newName, nowMs(), name)
  })()
  return loadRegisteredModel(db, newName)
}

/** Sets the description (`""` clears it to an empty string, as MLflow stores it). */
export function updateRegisteredModel(db: Db, name: string, description: string | undefined): WireRegisteredModel {
  requireModelRow(db, name)
  if (description !== undefined)
    stmt(db, 'UPDATE registered_models SET description = ?, last_updated_timestamp = ? WHERE name = ?').run(description, nowMs(), name)
  return loadRegisteredModel(db, name)
}

/** Deletes a model with all its versions, tags and aliases (FK cascades). 404 when missing. */
export function deleteRegisteredModel(db: Db, name: string): void {
  requireModelRow(db, name)
  stmt(db, 'DELETE FROM registered_models WHERE name = ?').run(name)
}

export function setRegisteredModelTag(db: Db, name: string, key: string, value: string): void {
  requireModelRow(db, name)
  stmt(db, 'INSERT OR REPLACE INTO registered_model_tags (name, key, value) VALUES (?, ?, ?)').run(name, key, value)
}

/** Deletes a tag; deleting a tag that is not set succeeds, as in MLflow's SQL store. */
export function deleteRegisteredModelTag(db: Db, name: string, key: string): void {
  requireModelRow(db, name)
  stmt(db, 'DELETE FROM registered_model_tags WHERE name = ? AND key = ?').run(name, key)
}

/**
 * Points `alias` at `version` (moving it if set elsewhere). The version must exist (404);
 * alias-name rules are checked by the caller (`validateAliasName`).
 */
export function setRegisteredModelAlias(db: Db, name: string, alias: string, version: number): void {
  db.transaction(() => {
    requireModelRow(db, name)
    requireVersionRow(db, name, version)
    stmt(db, 'INSERT OR REPLACE INTO registered_model_aliases (name, alias, version) VALUES (?, ?, ?)').run(name, alias, version)
  })()
}

/** Removes an alias; removing one that is not set succeeds (MLflow is idempotent here). */
export function deleteRegisteredModelAlias(db: Db, name: string, alias: string): void {
  requireModelRow(db, name)
  stmt(db, 'DELETE FROM registered_model_aliases WHERE name = ? AND alias = ?').run(name, alias)
}

/** The version an alias points at, with its aliases. Unknown alias → 400, as MLflow answers. */
export function getModelVersionByAlias(db: Db, name: string, alias: string): WireModelVersion {
  requireModelRow(db, name)
  const row = stmt(db, 'SELECT version FROM registered_model_aliases WHERE name = ? AND alias = ?').get(name, alias) as
    | { version: number }
    | undefined
  if (!row) throw invalidParam(`Registered model alias ${alias} not found.`)
  return versionToWire(db, requireVersionRow(db, name, row.version), true)
}

/**
 * One page of registered-models/search. `limit` is already validated (1..1000); the filter and
 * order are compiled by search/registry-sql.ts (which throws 400 on bad syntax).
 */
export function searchRegisteredModels(
  db: Db,
  req: { filter?: string; orderBy?: string[]; limit: number; pageToken?: string },
): SearchPage<WireRegisteredModel> {
  const offset = decodePageToken(req.pageToken)
  // One extra row tells whether another page exists, so the last page carries no token.
  const query = buildRegisteredModelsSearchQuery({ filter: req.filter, orderBy: req.orderBy, limit: req.limit + 1, offset })
  const names = db.prepare(query.sql).all(...query.params) as { name: string }[]
  const byName = stmt(db, 'SELECT * FROM registered_models WHERE name = ?')
  const items = names.slice(0, req.limit).flatMap((r) => {
    const row = byName.get(r.name) as RegisteredModelRow | undefined
    return row ? [modelToWire(db, row)] : []
  })
  return { items, nextPageToken: names.length > req.limit ? encodePageToken(offset + req.limit) : undefined }
}
