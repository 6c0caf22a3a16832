import { invalidParam } from '../errors.ts'
import type { EntityKind, KeyType } from './filter.ts'

/** One parsed `order_by` item. `key` is canonical for attributes (e.g. `start_time`). */
export type OrderByClause = { type: KeyType; key: string; ascending: boolean }

/**
 * Parses MLflow `order_by` strings for `kind` (`metrics.val_mAP DESC`, ``params.`a.b` ASC``,
 * `start_time`, `name`). Missing direction → ascending. Invalid → INVALID_PARAMETER_VALUE.
 */
export function parseOrderBy(kind: EntityKind, orderBy: string[] | undefined): OrderByClause[] {
  if (!orderBy || orderBy.length === 0) return []
  throw invalidParam(`order_by for ${kind} is not implemented yet`)
}
