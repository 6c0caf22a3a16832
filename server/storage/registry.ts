import type Database from 'better-sqlite3'
import { notFound } from '../errors.ts'
import { omitEmpty, type WireKeyValue } from '../wire.ts'
import type { Db } from './db.ts'

/**
 * Read side of the model registry: row types, the wire shapes MLflow 3.11 returns, and loaders
 * that assemble a registered model (with `latest_versions`, tags, aliases) or a model version.
 * The write side lives in registry-models.ts and registry-versions.ts; all registry SQL is in
 * these three files.
 */

export type RegisteredModelRow = {
  name: string
  creation_timestamp: number
  last_updated_timestamp: number
  description: string | null
}

export type ModelVersionRow = {
  name: string
  version: number
  creation_timestamp: number
  last_updated_timestamp: number
  description: string | null
  user_id: string | null
  current_stage: string
  source: string | null
  run_id: string | null
  run_link: string | null
  status: string
  status_message: string | null
}

export type WireModelVersion = {
  name: string
  version: string
  creation_timestamp: number
  last_updated_timestamp: number
  current_stage: string
  description?: string
  user_id?: string
  source?: string
  run_id?: string
  status: string
  status_message?: string
  tags?: WireKeyValue[]
  run_link?: string
  aliases?: string[]
}

export type WireRegisteredModel = {
  name: string
  creation_timestamp: number
  last_updated_timestamp: number
  description?: string
  latest_versions?: WireModelVersion[]
  tags?: WireKeyValue[]
  aliases?: { alias: string; version: string }[]
}

/** One page of a registry search; `nextPageToken` only when another page exists. */
export type SearchPage<T> = { items: T[]; nextPageToken?: string }

const statements = new WeakMap<Db, Map<string, Database.Statement>>()

/** A prepared statement, cached per database connection (preparing costs more than running). */
export function stmt(db: Db, sql: string): Database.Statement {
  let cache = statements.get(db)
  if (!cache) statements.set(db, (cache = new Map()))
  let s = cache.get(sql)
  if (!s) cache.set(sql, (s = db.prepare(sql)))
  return s
}

export const modelNotFound = (name: string) => notFound(`Registered Model with name=${name} not found`)
export const versionNotFound = (name: string, version: number | string) =>
  notFound(`Model Version (name=${name}, version=${version}) not found`)

/** The registered model row, or RESOURCE_DOES_NOT_EXIST (404) in MLflow's wording. */
export function requireModelRow(db: Db, name: string): RegisteredModelRow {
  const row = stmt(db, 'SELECT * FROM registered_models WHERE name = ?').get(name) as RegisteredModelRow | undefined
  if (!row) throw modelNotFound(name)
  return row
}

/**
 * The stage MLflow's SQL store gives a deleted version: the row stays so that its number is
 * never given out again, and every read treats it as absent.
 */
export const DELETED_STAGE = 'Deleted_Internal'

/** The model version row (never a deleted one), or RESOURCE_DOES_NOT_EXIST (404) in MLflow's wording. */
export function requireVersionRow(db: Db, name: string, version: number): ModelVersionRow {
  const row = stmt(db, `SELECT * FROM model_versions WHERE name = ? AND version = ? AND current_stage != '${DELETED_STAGE}'`).get(name, version) as
    | ModelVersionRow
    | undefined
  if (!row) throw versionNotFound(name, version)
  return row
}

function versionTags(db: Db, name: string, version: number): WireKeyValue[] {
  // rowid-less table: keep insertion order is impossible, so order by key for stable output.
  return stmt(db, 'SELECT key, value FROM model_version_tags WHERE name = ? AND version = ? ORDER BY key').all(name, version) as WireKeyValue[]
}

function versionAliases(db: Db, name: string, version: number): string[] {
  const rows = stmt(db, 'SELECT alias FROM registered_model_aliases WHERE name = ? AND version = ? ORDER BY alias').all(name, version) as { alias: string }[]
  return rows.map((r) => r.alias)
}

/**
 * A version row → MLflow's wire object. `withAliases` adds `aliases` (model-versions/get,
 * alias lookup, transition, update, 3.11 get-latest-versions); searches and a model's
 * `latest_versions` leave it out, as MLflow does.
 */
export function versionToWire(db: Db, row: ModelVersionRow, withAliases: boolean): WireModelVersion {
  return omitEmpty({
    name: row.name,
    version: String(row.version),
    creation_timestamp: row.creation_timestamp,
    last_updated_timestamp: row.last_updated_timestamp,
    current_stage: row.current_stage,
    description: row.description,
    user_id: row.user_id || undefined,
    source: row.source,
    run_id: row.run_id || undefined,
    status: row.status,
    status_message: row.status_message || undefined,
    tags: versionTags(db, row.name, row.version),
    run_link: row.run_link ?? '',
    aliases: withAliases ? versionAliases(db, row.name, row.version) : undefined,
  }) as WireModelVersion
}

/** The model version as `model-versions/get` returns it (with aliases), or 404. */
export function loadModelVersion(db: Db, name: string, version: number): WireModelVersion {
  return versionToWire(db, requireVersionRow(db, name, version), true)
}

/**
 * The newest version per stage, in MLflow's order: versions are walked in ascending order and a
 * stage keeps the position where it was first seen (a dict in MLflow's SQL store). `stages`
 * (canonical names) restricts the result; empty means every stage, including None and Archived.
 * Deleted versions are never included.
 */
export function latestVersionRows(db: Db, name: string, stages: readonly string[] = []): ModelVersionRow[] {
  const rows = stmt(db, `SELECT * FROM model_versions WHERE name = ? AND current_stage != '${DELETED_STAGE}' ORDER BY version`).all(name) as ModelVersionRow[]
  const latest = new Map<string, ModelVersionRow>()
  for (const row of rows) {
    if (stages.length > 0 && !stages.includes(row.current_stage)) continue
    latest.set(row.current_stage, row)
  }
  return [...latest.values()]
}

/** A registered model row → wire object with `latest_versions`, `tags` and `aliases`. */
export function modelToWire(db: Db, row: RegisteredModelRow): WireRegisteredModel {
  const tags = stmt(db, 'SELECT key, value FROM registered_model_tags WHERE name = ? ORDER BY key').all(row.name) as WireKeyValue[]
  const aliases = stmt(db, 'SELECT alias, version FROM registered_model_aliases WHERE name = ? ORDER BY alias').all(row.name) as {
    alias: string
    version: number
  }[]
  return omitEmpty({
    name: row.name,
    creation_timestamp: row.creation_timestamp,
    last_updated_timestamp: row.last_updated_timestamp,
    description: row.description,
    latest_versions: latestVersionRows(db, row.name).map((v) => versionToWire(db, v, false)),
    tags,
    aliases: aliases.map((a) => ({ alias: a.alias, version: String(a.version) })),
  }) as WireRegisteredModel
}

/** The registered model as `registered-models/get` returns it, or 404. */
export function loadRegisteredModel(db: Db, name: string): WireRegisteredModel {
  return modelToWire(db, requireModelRow(db, name))
}
