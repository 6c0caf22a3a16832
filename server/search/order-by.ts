import { invalidParam, MlflowError } from '../errors.ts'
import { tokenize, type Token } from './filter-lexer.ts'
import { KIND_SPECS } from './filter-kinds.ts'
import type { EntityKind, KeyType } from './filter.ts'

/**
 * One parsed `order_by` item. `key` is canonical for attributes (`created` → `start_time`,
 * registered-model `timestamp` → `last_updated_timestamp`) and the raw, unquoted key otherwise.
 */
export type OrderByClause = { type: KeyType; key: string; ascending: boolean }

type OrderSpec = { keys: Readonly<Record<string, string>>; keysMessage: string; entities: readonly KeyType[] }

const RUN_KEYS = {
  run_id: 'run_id', run_name: 'run_name', status: 'status', user_id: 'user_id', artifact_uri: 'artifact_uri',
  start_time: 'start_time', created: 'start_time', Created: 'start_time', end_time: 'end_time',
  experiment_id: 'experiment_id', lifecycle_stage: 'lifecycle_stage',
}

const ORDER_SPECS: Readonly<Record<EntityKind, OrderSpec>> = {
  runs: {
    keys: RUN_KEYS,
    keysMessage: `{${Object.keys(RUN_KEYS).map((k) => `'${k}'`).join(', ')}}`,
    entities: ['attribute', 'metric', 'param', 'tag'],
  },
  experiments: {
    keys: { name: 'name', experiment_id: 'experiment_id', creation_time: 'creation_time', last_update_time: 'last_update_time' },
    keysMessage: "{'name', 'experiment_id', 'creation_time', 'last_update_time'}",
    entities: ['attribute'],
  },
  registered_models: {
    keys: { name: 'name', creation_timestamp: 'creation_timestamp', last_updated_timestamp: 'last_updated_timestamp', timestamp: 'last_updated_timestamp' },
    keysMessage: "{'name', 'creation_timestamp', 'last_updated_timestamp'}",
    entities: ['attribute'],
  },
  model_versions: {
    keys: { name: 'name', version_number: 'version_number', creation_timestamp: 'creation_timestamp', last_updated_timestamp: 'last_updated_timestamp' },
    keysMessage: "{'name', 'version_number', 'creation_timestamp', 'last_updated_timestamp'}",
    entities: ['attribute'],
  },
}

const cannotParse = (clause: string, why: string) =>
  invalidParam(`Invalid order_by clause '${clause}'. Could not be parsed. ${why}`)

/**
 * Parses MLflow `order_by` strings for `kind`: `metrics.val_mAP DESC`, ``params.`optim.lr` ASC``,
 * `attributes.start_time`, `start_time`, `name`. The direction is case-insensitive and defaults
 * to ascending. Runs accept metrics/params/tags/attributes; the other kinds attributes only.
 * Repeating a field throws, as MLflow does. Invalid → INVALID_PARAMETER_VALUE.
 */
export function parseOrderBy(kind: EntityKind, orderBy: string[] | undefined): OrderByClause[] {
  if (!orderBy || orderBy.length === 0) return []
  const spec = ORDER_SPECS[kind]
  const parsed = orderBy.map((clause) => parseOne(kind, spec, clause))
  const seen = new Set<string>()
  for (const c of parsed) {
    const id = `${c.type}\u0000${c.key}`
    if (seen.has(id)) throw invalidParam(`\`order_by\` contains duplicate fields: ${JSON.stringify(orderBy)}`)
    seen.add(id)
  }
  return parsed
}

function parseOne(kind: EntityKind, spec: OrderSpec, clause: string): OrderByClause {
  let tokens: Token[]
  try {
    tokens = tokenize(clause).filter((t) => t.kind !== 'eof')
  } catch (e) {
    throw cannotParse(clause, e instanceof MlflowError ? e.message.replace(/^Invalid filter: /, '') : '')
  }
  const [first, dir, ...rest] = tokens
  if (!first) throw cannotParse(clause, 'Expected a key such as metrics.loss, params.lr or start_time.')
  if (first.kind !== 'ident') throw cannotParse(clause, `Expected a key but found '${first.text}'.`)
  if (rest.length > 0) throw cannotParse(clause, 'Expected "<key> [ASC|DESC]"; back-quote keys containing spaces.')
  let ascending = true
  if (dir) {
    const word = dir.kind === 'ident' && dir.parts.length === 1 ? dir.parts[0].toLowerCase() : ''
    if (word !== 'asc' && word !== 'desc') {
      throw invalidParam(`Invalid ordering key in order_by clause '${clause}'. Use ASC or DESC after the key.`)
    }
    ascending = word === 'asc'
  }
  let type: KeyType = 'attribute'
  let key = first.parts[0]
  if (first.parts.length > 1) {
    const prefixes = KIND_SPECS[kind].prefixes
    const prefixType = Object.hasOwn(prefixes, first.parts[0]) ? prefixes[first.parts[0]] : undefined
    if (prefixType === undefined) throw invalidParam(KIND_SPECS[kind].invalidPrefixMessage(first.parts[0]))
    type = prefixType
    key = first.parts.slice(1).join('.')
  }
  if (!spec.entities.includes(type)) {
    throw invalidParam(
      kind === 'runs' ? `Invalid identifier type '${type}'` : `Invalid order_by entity: ${type}. Only attributes can be ordered by (${spec.keysMessage}).`,
    )
  }
  if (type === 'attribute') {
    const canonical = Object.hasOwn(spec.keys, key) ? spec.keys[key] : undefined
    if (canonical === undefined) throw invalidParam(`Invalid attribute key '${key}' specified. Valid keys are '${spec.keysMessage}'`)
    key = canonical
  }
  return { type, key, ascending }
}
