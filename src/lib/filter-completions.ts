/**
 * Autocomplete for the run filter box: suggests `params.`/`metrics.`/`tags.`/`attributes.`
 * prefixes and keys at the cursor, back-quoting keys MLflow cannot take bare.
 */
import { isKeyword, tokenizeFilter } from './filter-tokens.ts'
import { quoteFilterKey } from './filter-quote.ts'

export { quoteFilterKey }

export type CompletionKind = 'prefix' | 'param' | 'metric' | 'tag' | 'attribute'
export type CompletionItem = { label: string; insert: string; kind: CompletionKind }
/** Replace `text.slice(from, to)` with an item's `insert`. */
export type Completions = { from: number; to: number; items: CompletionItem[] }
export type FilterKeys = { params: readonly string[]; metrics: readonly string[]; tags: readonly string[] }

/** Run attributes MLflow's `runs/search` filter accepts. */
export const FILTER_ATTRIBUTES = ['run_id', 'run_name', 'status', 'start_time', 'end_time', 'user_id', 'artifact_uri'] as const

const ENTITIES: { prefix: string; kind: Exclude<CompletionKind, 'prefix'>; aliases: string[] }[] = [
  { prefix: 'params', kind: 'param', aliases: ['params', 'param', 'parameters', 'parameter'] },
  { prefix: 'metrics', kind: 'metric', aliases: ['metrics', 'metric'] },
  { prefix: 'tags', kind: 'tag', aliases: ['tags', 'tag'] },
  { prefix: 'attributes', kind: 'attribute', aliases: ['attributes', 'attribute', 'attr', 'run'] },
]

function unquote(s: string): string {
  return s.replace(/^[`"']/, '').replace(/[`"']$/, '')
}

/** Prefix matches first, then substring matches; case-insensitive; stable within each group. */
function rank(keys: readonly string[], needle: string): string[] {
  const n = needle.toLowerCase()
  const starts: string[] = []
  const contains: string[] = []
  for (const k of keys) {
    const l = k.toLowerCase()
    if (l.startsWith(n)) starts.push(k)
    else if (l.includes(n)) contains.push(k)
  }
  return [...starts, ...contains]
}

/**
 * Suggestions for the identifier ending at `cursor` (0..text.length). Only in key position:
 * at the start, or after `(`, AND or OR; never inside a quoted string or after an operator
 * (→ no items). With no dot typed yet it offers the entity prefixes and any key containing the
 * fragment; after `metrics.` (or an alias such as `metric.`) it offers metric keys.
 * At most `limit` items (default 50).
 */
export function filterKeyCompletions(text: string, cursor: number, keys: FilterKeys, limit = 50): Completions {
  const at = Math.max(0, Math.min(cursor, text.length))
  const tokens = tokenizeFilter(text.slice(0, at))
  let last = tokens.at(-1)
  let from = at
  let fragment = ''
  if (last && last.end === at && last.type === 'ident' && !isKeyword(last, 'AND') && !isKeyword(last, 'OR')) {
    fragment = last.text
    from = last.start
    tokens.pop()
    last = tokens.at(-1)
  } else if (last && last.end === at && (last.type === 'string' || last.type === 'number')) {
    return { from: at, to: at, items: [] }
  }
  const to = at + (/^[A-Za-z0-9_.]*/.exec(text.slice(at))?.[0].length ?? 0)
  const keyPosition = last === undefined || last.type === 'lparen' || isKeyword(last, 'AND') || isKeyword(last, 'OR')
  if (!keyPosition) return { from, to, items: [] }

  const sources: Record<Exclude<CompletionKind, 'prefix'>, readonly string[]> = {
    param: keys.params, metric: keys.metrics, tag: keys.tags, attribute: FILTER_ATTRIBUTES,
  }
  const items: CompletionItem[] = []
  const dot = fragment.indexOf('.')
  const head = dot < 0 ? fragment : fragment.slice(0, dot)
  const entity = dot < 0 ? undefined : ENTITIES.find((e) => e.aliases.includes(head.toLowerCase()))
  if (entity) {
    for (const key of rank(sources[entity.kind], unquote(fragment.slice(dot + 1)))) {
      items.push({ label: key, insert: `${entity.prefix}.${quoteFilterKey(key)}`, kind: entity.kind })
    }
  } else if (dot < 0) {
    for (const e of ENTITIES) {
      if (e.prefix.startsWith(head.toLowerCase())) items.push({ label: `${e.prefix}.`, insert: `${e.prefix}.`, kind: 'prefix' })
    }
    if (fragment !== '') {
      for (const e of ENTITIES) {
        for (const key of rank(sources[e.kind], unquote(fragment))) {
          items.push({ label: `${e.prefix}.${key}`, insert: `${e.prefix}.${quoteFilterKey(key)}`, kind: e.kind })
        }
      }
    }
  }
  return { from, to, items: items.slice(0, limit) }
}
