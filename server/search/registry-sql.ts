import { parseFilter, type FilterClause } from './filter.ts'
import { parseOrderBy } from './order-by.ts'
import { columnOrder, compare, keyValueFilter, SelectBuilder, type SqlQuery } from './sql-builder.ts'

export type RegistrySearchRequest = { filter?: string; orderBy?: string[]; limit: number; offset: number }

/** MLflow marks prompts with this tag; models without it count as `'false'` (see tagFilter). */
const IS_PROMPT_TAG = 'mlflow.prompt.is_prompt'

/**
 * Tag filter with MLflow's prompt special case: `tags.mlflow.prompt.is_prompt = 'false'` and
 * `!= 'true'` also match entities that lack the tag (plain models), as MLflow's registry does.
 */
function tagFilter(b: SelectBuilder, table: string, link: (a: string) => string, c: FilterClause): void {
  const missingMatches = c.key === IS_PROMPT_TAG && ((c.comparator === '=' && c.value === 'false') || (c.comparator === '!=' && c.value === 'true'))
  if (!missingMatches) return keyValueFilter(b, table, link, c)
  const cmp = compare('t.value', c.comparator, c.value)
  b.where(
    `(EXISTS (SELECT 1 FROM ${table} t WHERE ${link('t')} AND t.key = ? AND ${cmp.sql})
      OR NOT EXISTS (SELECT 1 FROM ${table} t WHERE ${link('t')} AND t.key = ?))`,
    [c.key, ...cmp.params, c.key],
  )
}

const MODEL_COLUMNS: Record<string, string> = {
  name: 'm.name',
  creation_timestamp: 'm.creation_timestamp',
  last_updated_timestamp: 'm.last_updated_timestamp',
}

/**
 * Compiles registered-models/search to a SELECT returning `name` rows: order_by terms
 * (`name`, `creation_timestamp`, `last_updated_timestamp`/`timestamp`), then `name ASC`.
 * Filters: `name` (=, !=, LIKE, ILIKE) and `tags.x` (=, !=, LIKE, ILIKE).
 */
export function buildRegisteredModelsSearchQuery(req: RegistrySearchRequest): SqlQuery {
  const clauses = parseFilter('registered_models', req.filter)
  const orders = parseOrderBy('registered_models', req.orderBy)
  const b = new SelectBuilder()
  const link = (a: string) => `${a}.name = m.name`
  for (const c of clauses) {
    if (c.type === 'tag') {
      tagFilter(b, 'registered_model_tags', link, c)
    } else {
      const cmp = compare(MODEL_COLUMNS[c.key], c.comparator, c.value)
      b.where(cmp.sql, cmp.params)
    }
  }
  for (const o of orders) columnOrder(b, MODEL_COLUMNS[o.key], o.ascending, false)
  if (!orders.some((o) => o.key === 'name')) b.orderBy('m.name ASC')
  return b.build('m.name AS name', 'registered_models m', req.limit, req.offset)
}

const VERSION_COLUMNS: Record<string, string> = {
  name: 'v.name',
  run_id: 'v.run_id',
  source_path: 'v.source',
  version_number: 'v.version',
  creation_timestamp: 'v.creation_timestamp',
  last_updated_timestamp: 'v.last_updated_timestamp',
}

/**
 * Compiles model-versions/search to a SELECT returning `name`, `version` rows: order_by
 * terms, then `name ASC` and `version DESC` unless ordered on (MLflow's default is therefore
 * newest version first within each model). Filters: `name`, `source_path` (=, !=, LIKE,
 * ILIKE), `run_id` (also IN), `version_number` (numeric), `tags.x`. Versions in MLflow's
 * internal deleted stage are never returned.
 */
export function buildModelVersionsSearchQuery(req: RegistrySearchRequest): SqlQuery {
  const clauses = parseFilter('model_versions', req.filter)
  const orders = parseOrderBy('model_versions', req.orderBy)
  const b = new SelectBuilder()
  const link = (a: string) => `${a}.name = v.name AND ${a}.version = v.version`
  b.where("v.current_stage != 'Deleted_Internal'")
  for (const c of clauses) {
    if (c.type === 'tag') {
      tagFilter(b, 'model_version_tags', link, c)
    } else {
      const cmp = compare(VERSION_COLUMNS[c.key], c.comparator, c.value)
      b.where(cmp.sql, cmp.params)
    }
  }
  for (const o of orders) columnOrder(b, VERSION_COLUMNS[o.key], o.ascending, false)
  if (!orders.some((o) => o.key === 'name')) b.orderBy('v.name ASC')
  if (!orders.some((o) => o.key === 'version_number')) b.orderBy('v.version DESC')
  return b.build('v.name AS name, v.version AS version', 'model_versions v', req.limit, req.offset)
}
