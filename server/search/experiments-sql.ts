import { parseFilter } from './filter.ts'
import { parseOrderBy } from './order-by.ts'
import { columnOrder, compare, keyValueFilter, lifecycleStages, placeholders, SelectBuilder, type SqlQuery, type ViewType } from './sql-builder.ts'

export type ExperimentsSearchRequest = { filter?: string; orderBy?: string[]; viewType: ViewType; limit: number; offset: number }

const EXPERIMENT_COLUMNS: Record<string, string> = {
  name: 'e.name',
  experiment_id: 'e.experiment_id',
  creation_time: 'e.creation_time',
  last_update_time: 'e.last_update_time',
}

const experimentLink = (a: string) => `${a}.experiment_id = e.experiment_id`

/**
 * Compiles experiments/search to a SELECT returning `experiment_id` rows in MLflow's order:
 * default `creation_time DESC, experiment_id ASC`; with an order_by, its terms then
 * `experiment_id DESC` as tie-breaker (MLflow's choice) unless experiment_id was ordered on.
 * Filters: `name` (=, !=, LIKE, ILIKE), `creation_time`/`last_update_time` (numeric), `tags.x`
 * (=, !=, LIKE, ILIKE, IS NULL, IS NOT NULL). Throws INVALID_PARAMETER_VALUE on bad input.
 */
export function buildExperimentsSearchQuery(req: ExperimentsSearchRequest): SqlQuery {
  const clauses = parseFilter('experiments', req.filter)
  const orders = parseOrderBy('experiments', req.orderBy)
  const b = new SelectBuilder()
  const stages = lifecycleStages(req.viewType)
  b.where(`e.lifecycle_stage IN (${placeholders(stages.length)})`, stages)
  for (const c of clauses) {
    if (c.type === 'tag') {
      keyValueFilter(b, 'experiment_tags', experimentLink, c)
    } else {
      const cmp = compare(EXPERIMENT_COLUMNS[c.key], c.comparator, c.value)
      b.where(cmp.sql, cmp.params)
    }
  }
  if (orders.length === 0) {
    b.orderBy('e.creation_time DESC')
    b.orderBy('e.experiment_id ASC')
  } else {
    for (const o of orders) columnOrder(b, EXPERIMENT_COLUMNS[o.key], o.ascending, false)
    if (!orders.some((o) => o.key === 'experiment_id')) b.orderBy('e.experiment_id DESC')
  }
  return b.build('e.experiment_id AS experiment_id', 'experiments e', req.limit, req.offset)
}
