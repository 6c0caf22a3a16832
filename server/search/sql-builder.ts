import type { Comparator, FilterClause } from './filter.ts'

/** A parameterised SQL statement; run it with `db.prepare(sql).all(...params)`. */
export type SqlQuery = { sql: string; params: unknown[] }

export type ViewType = 'ACTIVE_ONLY' | 'DELETED_ONLY' | 'ALL'

/** The lifecycle_stage values a view type selects. */
export function lifecycleStages(viewType: ViewType): string[] {
  if (viewType === 'ALL') return ['active', 'deleted']
  return viewType === 'DELETED_ONLY' ? ['deleted'] : ['active']
}

export const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ')

/**
 * Turns a SQL LIKE pattern into the equivalent GLOB pattern. MLflow's SQL store makes LIKE
 * case-sensitive on SQLite (PRAGMA case_sensitive_like); GLOB is SQLite's case-sensitive
 * matcher and can use an index on a constant prefix, so we translate instead of touching the
 * connection's pragmas. `%` → `*`, `_` → `?`; GLOB's own metacharacters become literals.
 */
export function likeToGlob(pattern: string): string {
  let out = ''
  for (const ch of pattern) {
    if (ch === '%') out += '*'
    else if (ch === '_') out += '?'
    else if (ch === '*' || ch === '?' || ch === '[') out += `[${ch}]`
    else out += ch
  }
  return out
}

/**
 * A value comparison on `column` with bound parameters (never inlined). LIKE is
 * case-sensitive, ILIKE case-insensitive (ASCII letters only, as SQLite's LIKE and lower()).
 */
export function compare(column: string, comparator: Comparator, value: FilterClause['value']): { sql: string; params: unknown[] } {
  switch (comparator) {
    case 'LIKE':
      return { sql: `${column} GLOB ?`, params: [likeToGlob(String(value))] }
    case 'ILIKE':
      return { sql: `${column} LIKE ?`, params: [value] }
    case 'IN':
    case 'NOT IN': {
      const list = Array.isArray(value) ? value : [String(value)]
      return { sql: `${column} ${comparator} (${placeholders(list.length)})`, params: list }
    }
    case 'IS NULL':
    case 'IS NOT NULL':
      return { sql: `${column} ${comparator}`, params: [] }
    default:
      return { sql: `${column} ${comparator} ?`, params: [value] }
  }
}

/**
 * Accumulates the parts of one SELECT in text order so that bound parameters line up:
 * joins (with their ON parameters), WHERE conditions, ORDER BY terms.
 */
export class SelectBuilder {
  private readonly joins: string[] = []
  private readonly joinParams: unknown[] = []
  private readonly conditions: string[] = []
  private readonly whereParams: unknown[] = []
  private readonly orderTerms: string[] = []
  private aliasCount = 0

  /** A fresh table alias (`f1`, `o2`, …). */
  alias(prefix: string): string {
    this.aliasCount += 1
    return `${prefix}${this.aliasCount}`
  }

  join(sql: string, params: unknown[] = []): void {
    this.joins.push(sql)
    this.joinParams.push(...params)
  }

  where(sql: string, params: unknown[] = []): void {
    this.conditions.push(sql)
    this.whereParams.push(...params)
  }

  orderBy(term: string): void {
    this.orderTerms.push(term)
  }

  build(select: string, from: string, limit: number, offset: number): SqlQuery {
    const parts = [`SELECT ${select}`, `FROM ${from}`, ...this.joins]
    if (this.conditions.length) parts.push(`WHERE ${this.conditions.join('\n  AND ')}`)
    if (this.orderTerms.length) parts.push(`ORDER BY ${this.orderTerms.join(', ')}`)
    parts.push('LIMIT ? OFFSET ?')
    return { sql: parts.join('\n'), params: [...this.joinParams, ...this.whereParams, limit, offset] }
  }
}

/**
 * Filters on a key/value side table (params, tags, experiment tags, …) linked to the main row
 * by `link(alias)`. Comparisons join the row holding the key, so rows lacking the key never
 * match (MLflow's inner join, also for `!=`); IS NULL / IS NOT NULL test for the key's absence
 * or presence.
 */
export function keyValueFilter(b: SelectBuilder, table: string, link: (alias: string) => string, c: FilterClause): void {
  const a = b.alias('f')
  if (c.comparator === 'IS NULL' || c.comparator === 'IS NOT NULL') {
    const exists = `EXISTS (SELECT 1 FROM ${table} ${a} WHERE ${link(a)} AND ${a}.key = ?)`
    b.where(c.comparator === 'IS NULL' ? `NOT ${exists}` : exists, [c.key])
    return
  }
  const cmp = compare(`${a}.value`, c.comparator, c.value)
  b.join(`JOIN ${table} ${a} ON ${link(a)} AND ${a}.key = ? AND ${cmp.sql}`, [c.key, ...cmp.params])
}

/**
 * Orders by a key/value side table's value: rows lacking the key come last in both
 * directions (MLflow's SQL store sorts on a "missing" flag first), values compare as text.
 */
export function keyValueOrder(b: SelectBuilder, table: string, link: (alias: string) => string, key: string, ascending: boolean): void {
  const a = b.alias('o')
  b.join(`LEFT JOIN ${table} ${a} ON ${link(a)} AND ${a}.key = ?`, [key])
  b.orderBy(`(${a}.value IS NULL)`)
  b.orderBy(`${a}.value ${ascending ? 'ASC' : 'DESC'}`)
}

/** Orders by a column; NULLs come last in both directions, as in MLflow's SQL store. */
export function columnOrder(b: SelectBuilder, column: string, ascending: boolean, nullable: boolean): void {
  if (nullable) b.orderBy(`(${column} IS NULL)`)
  b.orderBy(`${column} ${ascending ? 'ASC' : 'DESC'}`)
}
