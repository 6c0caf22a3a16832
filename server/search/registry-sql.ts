import { parseFilter } from './filter.ts'
import { parseOrderBy } from './order-by.ts'
import type { SqlQuery } from './runs-sql.ts'

export type RegistrySearchRequest = { filter?: string; orderBy?: string[]; limit: number; offset: number }

/** Compiles registered-models/search to a SELECT returning `name` rows (default: name ASC). */
export function buildRegisteredModelsSearchQuery(req: RegistrySearchRequest): SqlQuery {
  parseFilter('registered_models', req.filter)
  parseOrderBy('registered_models', req.orderBy)
  return { sql: 'SELECT m.name AS name FROM registered_models m ORDER BY m.name ASC LIMIT ? OFFSET ?', params: [req.limit, req.offset] }
}

/** Compiles model-versions/search to a SELECT returning `name`, `version` rows in MLflow's order. */
export function buildModelVersionsSearchQuery(req: RegistrySearchRequest): SqlQuery {
  parseFilter('model_versions', req.filter)
  parseOrderBy('model_versions', req.orderBy)
  return {
    sql: 'SELECT v.name AS name, v.version AS version FROM model_versions v ORDER BY v.name ASC, v.version DESC LIMIT ? OFFSET ?',
    params: [req.limit, req.offset],
  }
}
