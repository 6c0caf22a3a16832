import { invalidParam } from '../errors.ts'
import { at, tokenize, type Token } from './filter-lexer.ts'
import { comparatorSetMessage, DATASET_KEYS, KIND_SPECS, type KindSpec } from './filter-kinds.ts'

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
 * (e.g. `run_name` for ``attributes.`Run name` ``, `start_time` for `created`) and the raw
 * key otherwise (quotes removed: ``params.`a.b` `` → `a.b`).
 */
export type FilterClause = {
  type: KeyType
  key: string
  comparator: Comparator
  value: number | string | string[] | null
}

type Value = FilterClause['value']
const EXAMPLE = "e.g. metrics.loss < 0.5 AND params.optimizer = 'adamw'"

/**
 * Parses an MLflow search filter for `kind` into its AND-ed clauses.
 * `undefined`, `''` and whitespace-only filters mean "no filter" (`[]`). Keywords are
 * case-insensitive; stray leading/trailing ANDs are ignored, as MLflow does.
 * Throws MlflowError INVALID_PARAMETER_VALUE with an MLflow-style message otherwise: checks
 * run in MLflow's order (key, then value, then comparator), so the same mistake gets the
 * same message as from MLflow.
 */
export function parseFilter(kind: EntityKind, filter: string | undefined): FilterClause[] {
  if (filter === undefined || filter.trim() === '') return []
  const spec = KIND_SPECS[kind]
  const tokens = tokenize(filter)
  const clauses: FilterClause[] = []
  let i = 0
  const isAnd = (t: Token) => t.kind === 'keyword' && t.word === 'AND'
  for (;;) {
    while (isAnd(tokens[i])) i++
    const keyTok = tokens[i]
    if (keyTok.kind === 'eof') break
    if (keyTok.kind === 'keyword' && keyTok.word === 'OR') throw orError(filter, keyTok)
    if (keyTok.kind !== 'ident') {
      throw invalidParam(`Invalid filter: expected a key ${at(keyTok.pos)} but found '${keyTok.text}' (${EXAMPLE}).`)
    }
    const { comparator, next } = readComparator(tokens, i + 1, keyTok.text)
    let valueTok: Token | string[] | undefined
    if (comparator === 'IS NULL' || comparator === 'IS NOT NULL') {
      i = next
    } else {
      const read = readValue(tokens, next, `${keyTok.text} ${comparator}`)
      valueTok = read.value
      i = read.next
    }
    clauses.push(buildClause(spec, keyTok, comparator, valueTok))
    const after = tokens[i]
    if (after.kind === 'eof') break
    if (after.kind === 'keyword' && after.word === 'OR') throw orError(filter, after)
    if (!isAnd(after)) {
      throw invalidParam(
        `Invalid clause(s) in filter string: '${after.text}' ${at(after.pos)}. Expected AND between conditions (${EXAMPLE}).`,
      )
    }
  }
  return clauses
}

function orError(filter: string, t: Token) {
  return invalidParam(
    `Invalid clause(s) in filter string: 'OR' ${at(t.pos)}. MLflow search filters support only AND; run one search per alternative instead (filter: ${filter}).`,
  )
}

function readComparator(tokens: Token[], i: number, key: string): { comparator: Comparator; next: number } {
  const t = tokens[i]
  const word = (j: number) => {
    const tok = tokens[j]
    return tok.kind === 'keyword' ? tok.word : undefined
  }
  if (t.kind === 'op') return { comparator: t.text as Comparator, next: i + 1 }
  if (word(i) === 'LIKE' || word(i) === 'ILIKE' || word(i) === 'IN') return { comparator: word(i) as Comparator, next: i + 1 }
  if (word(i) === 'NOT' && word(i + 1) === 'IN') return { comparator: 'NOT IN', next: i + 2 }
  if (word(i) === 'IS' && word(i + 1) === 'NULL') return { comparator: 'IS NULL', next: i + 2 }
  if (word(i) === 'IS' && word(i + 1) === 'NOT' && word(i + 2) === 'NULL') return { comparator: 'IS NOT NULL', next: i + 3 }
  const found = t.kind === 'eof' ? 'the end of the filter' : `'${t.text}'`
  throw invalidParam(
    `Invalid comparison clause: expected a comparator (=, !=, <, <=, >, >=, LIKE, ILIKE, IN, NOT IN, IS NULL, IS NOT NULL) after '${key}' ${at(t.pos)}, found ${found}.`,
  )
}

function readValue(tokens: Token[], i: number, before: string): { value: Token | string[]; next: number } {
  const t = tokens[i]
  if (t.kind === 'string' || t.kind === 'number' || t.kind === 'ident') return { value: t, next: i + 1 }
  if (t.kind === 'lparen') {
    const items: string[] = []
    let j = i + 1
    if (tokens[j].kind === 'rparen') {
      throw invalidParam('While parsing a list in the query, expected a non-empty list of string values, but got empty list')
    }
    for (;;) {
      const item = tokens[j]
      if (item.kind !== 'string') {
        throw invalidParam(
          `While parsing a list in the query, expected string value, punctuation, or whitespace, but got different type in list: '${item.text}' ${at(item.pos)}. Quote each value, e.g. ('a', 'b').`,
        )
      }
      items.push(item.value)
      const sep = tokens[j + 1]
      if (sep.kind === 'rparen') return { value: items, next: j + 2 }
      if (sep.kind !== 'comma') {
        throw invalidParam(`While parsing a list in the query, expected ',' or ')' ${at(sep.pos)} but found '${sep.text || 'end of filter'}'.`)
      }
      j += 2
    }
  }
  const found = t.kind === 'eof' ? 'the end of the filter' : `'${t.text}'`
  throw invalidParam(`Invalid comparison clause: expected a value after '${before}' ${at(t.pos)}, found ${found}.`)
}

function resolveKey(spec: KindSpec, tok: Extract<Token, { kind: 'ident' }>): { type: KeyType; key: string } {
  if (tok.parts.length === 1) return { type: 'attribute', key: tok.parts[0] }
  const prefix = tok.parts[0]
  const type = Object.hasOwn(spec.prefixes, prefix) ? spec.prefixes[prefix] : undefined
  if (type === undefined) throw invalidParam(spec.invalidPrefixMessage(prefix))
  return { type, key: tok.parts.slice(1).join('.') }
}

const isList = (v: Token | string[] | undefined): v is string[] => Array.isArray(v)
const shown = (v: Token | string[]) => (isList(v) ? `(${v.map((s) => `'${s}'`).join(', ')})` : v.text)
const unquotedMessage = (v: Token) =>
  `Parameter value is either not quoted or unidentified quote types used for string value ${v.text}. Use either single or double quotes.`

function buildClause(spec: KindSpec, keyTok: Extract<Token, { kind: 'ident' }>, comparator: Comparator, v: Token | string[] | undefined): FilterClause {
  const resolved = resolveKey(spec, keyTok)
  let { key } = resolved
  const { type } = resolved
  let allowed: readonly Comparator[]
  let value: Value = null
  // MLflow prints no closing quote after the set for these types; keep its exact wording.
  let closingQuote = "'"
  if (type === 'attribute') {
    const attr = Object.hasOwn(spec.attributes, key) ? spec.attributes[key] : undefined
    if (!attr) throw invalidParam(`Invalid attribute key '${key}' specified. Valid keys are '${spec.attributeKeysMessage}'`)
    key = attr.canonical
    allowed = attr.comparators
    if (attr.numeric) closingQuote = ''
    if (v !== undefined) value = attributeValue(key, attr.numeric, attr.acceptsList === true, v)
  } else {
    if (type === 'dataset' && !(DATASET_KEYS as readonly string[]).includes(key)) {
      throw invalidParam(`Invalid dataset key '${key}' specified. Valid keys are '{'name', 'digest', 'context'}'`)
    }
    allowed = spec.comparators[type] ?? []
    if (type !== 'param') closingQuote = ''
    if (v !== undefined) value = keyValue(type, v)
  }
  if (!allowed.includes(comparator)) {
    throw invalidParam(`Invalid comparator '${comparator}' not one of '${comparatorSetMessage(allowed)}${closingQuote}`)
  }
  const listComparator = comparator === 'IN' || comparator === 'NOT IN'
  if (listComparator && !Array.isArray(value)) {
    throw invalidParam(`Invalid comparison clause: ${comparator} needs a parenthesized list of quoted values, e.g. ${keyTok.text} ${comparator} ('a', 'b').`)
  }
  if (!listComparator && Array.isArray(value)) {
    throw invalidParam(`Invalid comparison clause: a list of values needs IN or NOT IN, e.g. ${keyTok.text} IN ${shown(value)}.`)
  }
  return { type, key, comparator, value }
}

function attributeValue(key: string, numeric: boolean, acceptsList: boolean, v: Token | string[]): Value {
  if (numeric) {
    if (!isList(v) && v.kind === 'number') return v.value
    // Model-version numbers arrive quoted from some clients ('3'); MLflow accepts those too.
    if (!isList(v) && v.kind === 'string' && key === 'version_number' && /^\d+$/.test(v.value)) return Number(v.value)
    throw invalidParam(`Expected numeric value type for numeric attribute: ${key}. Found ${shown(v)}`)
  }
  if (isList(v)) {
    if (!acceptsList) throw invalidParam("Only the 'run_id' attribute supports comparison with a list of quoted string values.")
    return v
  }
  if (v.kind === 'string') return v.value
  if (v.kind === 'ident') throw invalidParam(unquotedMessage(v))
  throw invalidParam(`Expected a quoted string value for attributes. Got value ${v.text}`)
}

function keyValue(type: KeyType, v: Token | string[]): Value {
  if (type === 'metric') {
    if (!isList(v) && v.kind === 'number') return v.value
    throw invalidParam(`Expected numeric value type for metric. Found ${shown(v)}`)
  }
  if (isList(v)) {
    if (type === 'dataset') return v
    throw invalidParam(`Expected a quoted string value for ${type === 'param' ? 'parameter' : type} (e.g. 'my-value'). Got value ${shown(v)}`)
  }
  if (v.kind === 'string') return v.value
  if (v.kind === 'ident') throw invalidParam(unquotedMessage(v))
  const label = type === 'param' ? 'parameter' : type === 'dataset' ? 'dataset attributes' : type
  throw invalidParam(`Expected a quoted string value for ${label} (e.g. 'my-value'). Got value ${v.text}`)
}
