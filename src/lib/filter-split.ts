/**
 * Runlens accepts `OR` and parentheses in the run filter; MLflow accepts only `AND`. A filter is
 * parsed, converted to disjunctive normal form, and run as several AND-only MLflow searches
 * whose results the caller merges with `mergeRunPages`.
 */
import { isKeyword, tokenizeFilter, type FilterToken } from './filter-tokens.ts'

/** At most this many AND-only searches come out of one filter. */
export const MAX_DNF_CLAUSES = 16

export type SplitFilterResult =
  | { ok: true; filters: string[] }
  | { ok: false; message: string; /** Offset in the filter where the problem is. */ position: number }

type Node = { type: 'cmp'; text: string } | { type: 'and' | 'or'; items: Node[] }

class FilterSyntaxError extends Error {
  constructor(message: string, readonly position: number) {
    super(message)
  }
}

function parse(src: string, tokens: FilterToken[]): { node: Node; hasOr: boolean; hasGroups: boolean } {
  let pos = 0
  let hasOr = false
  let hasGroups = false
  const at = () => tokens[pos]
  const here = () => at()?.start ?? src.length
  const isBoundary = (t: FilterToken | undefined) => t === undefined || t.type === 'rparen' || isKeyword(t, 'AND') || isKeyword(t, 'OR')

  const parseComparison = (): Node => {
    const first = pos
    let depth = 0
    while (pos < tokens.length && (depth > 0 || !isBoundary(at()))) {
      const t = at()
      if (t.unterminated) throw new FilterSyntaxError(t.type === 'string' ? 'Unterminated string' : 'Unterminated back-quoted name', t.start)
      // A '(' inside a comparison is a value list (`IN ('a', 'b')`), not a group.
      if (t.type === 'lparen') depth++
      if (t.type === 'rparen') depth--
      pos++
    }
    if (depth > 0) throw new FilterSyntaxError("Missing ')'", src.length)
    if (pos === first) throw new FilterSyntaxError('Expected a condition', here())
    return { type: 'cmp', text: src.slice(tokens[first].start, tokens[pos - 1].end) }
  }
  const parsePrimary = (): Node => {
    if (at()?.type !== 'lparen') return parseComparison()
    hasGroups = true
    const open = at().start
    pos++
    const inner = parseOr()
    if (at()?.type !== 'rparen') throw new FilterSyntaxError("Missing ')' for the '(' here", open)
    pos++
    return inner
  }
  const parseChain = (kind: 'and' | 'or', word: string, next: () => Node): Node => {
    const items = [next()]
    while (isKeyword(at(), word)) {
      if (kind === 'or') hasOr = true
      pos++
      items.push(next())
    }
    return items.length === 1 ? items[0] : { type: kind, items }
  }
  const parseAnd = () => parseChain('and', 'AND', parsePrimary)
  const parseOr = (): Node => parseChain('or', 'OR', parseAnd)

  const node = parseOr()
  if (pos < tokens.length) throw new FilterSyntaxError(at().type === 'rparen' ? "Unexpected ')'" : 'Unexpected text', here())
  return { node, hasOr, hasGroups }
}

function uniqueClauses(clauses: string[][]): string[][] {
  const seen = new Set<string>()
  const out: string[][] = []
  for (const clause of clauses) {
    const unique = [...new Set(clause)]
    const id = [...unique].sort().join('\u0000')
    if (seen.has(id)) continue
    seen.add(id)
    out.push(unique)
  }
  return out
}

function toDnf(node: Node, max: number): string[][] {
  if (node.type === 'cmp') return [[node.text]]
  if (node.type === 'or') {
    const out = uniqueClauses(node.items.flatMap((n) => toDnf(n, max)))
    if (out.length > max) throw new FilterSyntaxError(`This filter needs ${out.length} separate searches; the limit is ${max}. Simplify the OR groups.`, 0)
    return out
  }
  let acc: string[][] = [[]]
  for (const item of node.items) {
    const part = toDnf(item, max)
    if (acc.length * part.length > max) {
      throw new FilterSyntaxError(`This filter needs ${acc.length * part.length}+ separate searches; the limit is ${max}. Simplify the OR groups.`, 0)
    }
    acc = uniqueClauses(acc.flatMap((a) => part.map((p) => [...a, ...p])))
  }
  return acc
}

/**
 * Splits a Runlens filter into AND-only MLflow filters. `AND`/`OR` are case-insensitive; `OR`
 * binds looser than `AND`; parentheses group, except after `IN` where they hold a value list.
 * A filter without OR or grouping parentheses comes back unchanged (trimmed) as one filter; an
 * empty filter gives `['']`. Comparisons keep their source text; duplicate conditions and
 * clauses are dropped. More than `maxClauses` (default 16) searches → `{ok: false}`.
 * Never throws.
 */
export function splitFilter(filter: string, maxClauses = MAX_DNF_CLAUSES): SplitFilterResult {
  const src = filter.trim()
  if (src === '') return { ok: true, filters: [''] }
  try {
    const { node, hasOr, hasGroups } = parse(src, tokenizeFilter(src))
    if (!hasOr && !hasGroups) return { ok: true, filters: [src] }
    return { ok: true, filters: toDnf(node, maxClauses).map((clause) => clause.join(' AND ')) }
  } catch (e) {
    if (e instanceof FilterSyntaxError) return { ok: false, message: e.message, position: e.position + (filter.length - filter.trimStart().length) }
    throw e
  }
}

function defaultRunId(run: unknown): string {
  if (typeof run !== 'object' || run === null) return String(run)
  const r = run as { runId?: unknown; run_id?: unknown; info?: { runId?: unknown; run_id?: unknown } }
  return String(r.runId ?? r.run_id ?? r.info?.runId ?? r.info?.run_id)
}

/**
 * Merges the result lists of the split searches, dropping repeats of a run (the first
 * appearance wins, so list order then in-list order is kept). `getId` defaults to `runId`,
 * `run_id`, `info.runId` or `info.run_id`, whichever the item has.
 */
export function mergeRunPages<T>(lists: readonly (readonly T[])[], getId: (run: T) => string = defaultRunId): T[] {
  const seen = new Set<string>()
  const out: T[] = []
  for (const list of lists) {
    for (const run of list) {
      const id = getId(run)
      if (seen.has(id)) continue
      seen.add(id)
      out.push(run)
    }
  }
  return out
}
