import { invalidParam } from '../errors.ts'

/** The four searchable entity kinds; each has its own keys and comparators (as MLflow). */
export type EntityKind = 'runs' | 'experiments' | 'registered_models' | 'model_versions'

/** Where a filter key lives. `attribute` is a column of the entity itself. */
export type KeyType = 'metric' | 'param' | 'tag' | 'attribute' | 'dataset'

export type Comparator =
  | '=' | '!=' | '>' | '>=' | '<' | '<='
  | 'LIKE' | 'ILIKE' | 'IN' | 'NOT IN' | 'IS NULL' | 'IS NOT NULL'

/**
 * One `AND`-ed comparison. `value` is a number for numeric comparisons (metrics, times,
 * version numbers), a string for string comparisons, a string list for IN / NOT IN and
 * null for IS NULL / IS NOT NULL. `key` is the canonical attribute name for attributes
 * (e.g. `run_name` for `attributes.\`Run name\``) and the raw key otherwise.
 */
export type FilterClause = {
  type: KeyType
  key: string
  comparator: Comparator
  value: number | string | string[] | null
}

/**
 * Parses an MLflow search filter for `kind` into its AND-ed clauses.
 * `undefined`, `''` and whitespace-only filters mean "no filter" (`[]`).
 * Throws MlflowError INVALID_PARAMETER_VALUE with an MLflow-style message otherwise.
 */
export function parseFilter(kind: EntityKind, filter: string | undefined): FilterClause[] {
  if (filter === undefined || filter.trim() === '') return []
  throw invalidParam(`Filter parsing for ${kind} is not implemented yet`)
}
