import { parseFilter } from './filter.ts'
import { parseOrderBy } from './order-by.ts'

export type ViewType = 'ACTIVE_ONLY' | 'DELETED_ONLY' | 'ALL'

export type RunsSearchRequest = {
  experimentIds: number[]
  filter?: string
  orderBy?: string[]
  viewType: ViewType
  limit: number
  offset: number
}

/** A parameterised SQL statement; run it with `db.prepare(sql).all(...params)`. */
export type SqlQuery = { sql: string; params: unknown[] }

/**
 * Compiles a runs/search request to one SELECT returning `run_uuid` rows in MLflow's order.
 * Throws INVALID_PARAMETER_VALUE for a bad filter or order_by.
 */
export function buildRunsSearchQuery(req: RunsSearchRequest): SqlQuery {
  parseFilter('runs', req.filter)
  parseOrderBy('runs', req.orderBy)
  const ids = req.experimentIds.length ? req.experimentIds : [-1]
  const lifecycle = req.viewType === 'ALL' ? ['active', 'deleted'] : req.viewType === 'DELETED_ONLY' ? ['deleted'] : ['active']
  return {
    sql: `SELECT r.run_uuid AS run_uuid FROM runs r WHERE r.experiment_id IN (${ids.map(() => '?').join(', ')})
      AND r.lifecycle_stage IN (${lifecycle.map(() => '?').join(', ')})
      ORDER BY r.start_time DESC, r.run_uuid ASC LIMIT ? OFFSET ?`,
    params: [...ids, ...lifecycle, req.limit, req.offset],
  }
}
