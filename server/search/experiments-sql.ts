import { parseFilter } from './filter.ts'
import { parseOrderBy } from './order-by.ts'
import type { SqlQuery, ViewType } from './runs-sql.ts'

export type ExperimentsSearchRequest = { filter?: string; orderBy?: string[]; viewType: ViewType; limit: number; offset: number }

/** Compiles experiments/search to a SELECT returning `experiment_id` rows in MLflow's order. */
export function buildExperimentsSearchQuery(req: ExperimentsSearchRequest): SqlQuery {
  parseFilter('experiments', req.filter)
  parseOrderBy('experiments', req.orderBy)
  const lifecycle = req.viewType === 'ALL' ? ['active', 'deleted'] : req.viewType === 'DELETED_ONLY' ? ['deleted'] : ['active']
  return {
    sql: `SELECT e.experiment_id AS experiment_id FROM experiments e
      WHERE e.lifecycle_stage IN (${lifecycle.map(() => '?').join(', ')})
      ORDER BY e.creation_time DESC, e.experiment_id ASC LIMIT ? OFFSET ?`,
    params: [...lifecycle, req.limit, req.offset],
  }
}
