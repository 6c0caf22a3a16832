import { parseFilter, type FilterClause } from './filter.ts'
import { parseOrderBy } from './order-by.ts'
import {
  columnOrder, compare, keyValueFilter, keyValueOrder, lifecycleStages, placeholders,
  SelectBuilder, type SqlQuery, type ViewType,
} from './sql-builder.ts'

export type { SqlQuery, ViewType } from './sql-builder.ts'

export type RunsSearchRequest = {
  experimentIds: number[]
  filter?: string
  orderBy?: string[]
  viewType: ViewType
  /** Rows to return (pass max_results + 1 to learn whether another page exists). */
  limit: number
  /** Rows to skip (from decodePageToken). */
  offset: number
}

/** Run attributes → `runs` columns, with whether the column may be NULL (sorted last). */
const RUN_COLUMNS: Record<string, { column: string; nullable: boolean }> = {
  run_id: { column: 'r.run_uuid', nullable: false },
  run_name: { column: 'r.name', nullable: false },
  status: { column: 'r.status', nullable: false },
  user_id: { column: 'r.user_id', nullable: false },
  artifact_uri: { column: 'r.artifact_uri', nullable: false },
  start_time: { column: 'r.start_time', nullable: true },
  end_time: { column: 'r.end_time', nullable: true },
  experiment_id: { column: 'r.experiment_id', nullable: false },
  lifecycle_stage: { column: 'r.lifecycle_stage', nullable: false },
}

const runLink = (a: string) => `${a}.run_uuid = r.run_uuid`
const DATASET_CONTEXT_TAG = 'mlflow.data.context'

/**
 * Compiles a runs/search request to one SELECT returning `run_uuid` rows in MLflow's order:
 * the order_by terms (missing metric/param/tag values last in both directions; for metrics
 * NaN sorts after real numbers and before missing), then `start_time DESC` unless start_time
 * was ordered on, then `run_uuid ASC`. Metric filters compare the latest value and never
 * match NaN. An empty `experimentIds` selects nothing. All user input is bound as parameters.
 * Throws INVALID_PARAMETER_VALUE for a bad filter or order_by.
 */
export function buildRunsSearchQuery(req: RunsSearchRequest): SqlQuery {
  const clauses = parseFilter('runs', req.filter)
  const orders = parseOrderBy('runs', req.orderBy)
  const b = new SelectBuilder()
  const stages = lifecycleStages(req.viewType)
  b.where(`r.experiment_id IN (${placeholders(Math.max(req.experimentIds.length, 1))})`, req.experimentIds.length ? req.experimentIds : [null])
  b.where(`r.lifecycle_stage IN (${placeholders(stages.length)})`, stages)
  // Runs matching a filter on metric K all have a real (non-NaN) K, so ordering on K can reuse
  // the filter's row and skip the missing/NaN buckets. When K is also the first order term,
  // drive the query from the (key, value) index: SQLite then reads rows already in value order
  // and stops after LIMIT + OFFSET instead of sorting every run (measured ~10x on 10k runs).
  const filteredMetric = new Map<string, string>()
  const first = orders[0]
  const driveFromMetric = first?.type === 'metric' && clauses.some((c) => c.type === 'metric' && c.key === first.key)
  for (const c of clauses) {
    const alias = addRunFilter(b, c, driveFromMetric && c.type === 'metric' && c.key === first.key && !filteredMetric.has(c.key))
    if (alias && !filteredMetric.has(c.key)) filteredMetric.set(c.key, alias)
  }

  for (const o of orders) {
    if (o.type === 'attribute') {
      const col = RUN_COLUMNS[o.key]
      columnOrder(b, col.column, o.ascending, col.nullable)
    } else if (o.type === 'metric') {
      const filtered = filteredMetric.get(o.key)
      if (filtered) {
        b.orderBy(`${filtered}.value ${o.ascending ? 'ASC' : 'DESC'}`)
        continue
      }
      const a = b.alias('o')
      b.join(`LEFT JOIN latest_metrics ${a} ON ${runLink(a)} AND ${a}.key = ?`, [o.key])
      b.orderBy(`(CASE WHEN ${a}.run_uuid IS NULL THEN 2 WHEN ${a}.is_nan = 1 THEN 1 ELSE 0 END)`)
      b.orderBy(`${a}.value ${o.ascending ? 'ASC' : 'DESC'}`)
    } else {
      keyValueOrder(b, o.type === 'param' ? 'params' : 'tags', runLink, o.key, o.ascending)
    }
  }
  if (!orders.some((o) => o.type === 'attribute' && o.key === 'start_time')) b.orderBy('r.start_time DESC')
  b.orderBy('r.run_uuid ASC')
  const from = driveFromMetric ? `latest_metrics ${DRIVER} CROSS JOIN runs r ON r.run_uuid = ${DRIVER}.run_uuid` : 'runs r'
  return b.build('r.run_uuid AS run_uuid', from, req.limit, req.offset)
}

/** Alias of the metric row that drives the query (see buildRunsSearchQuery). */
const DRIVER = 'm0'

/** Adds one filter clause; returns the alias of the joined metric row for metric clauses. */
function addRunFilter(b: SelectBuilder, c: FilterClause, isDriver: boolean): string | undefined {
  switch (c.type) {
    case 'attribute': {
      const cmp = compare(RUN_COLUMNS[c.key].column, c.comparator, c.value)
      b.where(cmp.sql, cmp.params)
      return
    }
    case 'metric': {
      const a = isDriver ? DRIVER : b.alias('f')
      const cmp = compare(`${a}.value`, c.comparator, c.value)
      // NaN is stored as value 0 with is_nan = 1; it must not satisfy any comparison.
      const condition = `${a}.key = ? AND ${a}.is_nan = 0 AND ${cmp.sql}`
      if (isDriver) b.where(condition, [c.key, ...cmp.params])
      else b.join(`JOIN latest_metrics ${a} ON ${runLink(a)} AND ${condition}`, [c.key, ...cmp.params])
      return a
    }
    case 'param':
      keyValueFilter(b, 'params', runLink, c)
      return
    case 'tag':
      keyValueFilter(b, 'tags', runLink, c)
      return
    case 'dataset': {
      addDatasetFilter(b, c)
      return
    }
  }
}

function addDatasetFilter(b: SelectBuilder, c: FilterClause): void {
  if (c.key === 'context') {
    const cmp = compare("json_extract(j.value, '$.value')", c.comparator, c.value)
    b.where(
      `EXISTS (SELECT 1 FROM run_inputs ri, json_each(ri.tags_json) j WHERE ri.run_uuid = r.run_uuid
        AND json_extract(j.value, '$.key') = ? AND ${cmp.sql})`,
      [DATASET_CONTEXT_TAG, ...cmp.params],
    )
    return
  }
  const cmp = compare(c.key === 'digest' ? 'd.digest' : 'd.name', c.comparator, c.value)
  b.where(
    `EXISTS (SELECT 1 FROM run_inputs ri JOIN datasets d ON d.dataset_uuid = ri.dataset_uuid
      WHERE ri.run_uuid = r.run_uuid AND ${cmp.sql})`,
    cmp.params,
  )
}
