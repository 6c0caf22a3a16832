/**
 * What each searchable entity kind accepts, mirroring MLflow's SearchUtils subclasses
 * (mlflow/utils/search_utils.py). The `*Message` strings reproduce MLflow's printed Python
 * sets so error messages read the same as MLflow's.
 */
import type { Comparator, EntityKind, KeyType } from './filter.ts'

export type AttributeSpec = {
  /** Canonical key stored in the AST (aliases such as `created` map to `start_time`). */
  canonical: string
  numeric: boolean
  comparators: readonly Comparator[]
  /** Only these attributes accept `IN (...)` lists (MLflow: `run_id`). */
  acceptsList?: boolean
}

export type KindSpec = {
  /** Entity-prefix word → key type; `undefined` prefix = bare key = attribute. */
  prefixes: Readonly<Record<string, KeyType>>
  invalidPrefixMessage: (prefix: string) => string
  attributes: Readonly<Record<string, AttributeSpec>>
  attributeKeysMessage: string
  /** Comparators for non-attribute key types this kind supports. */
  comparators: Partial<Record<KeyType, readonly Comparator[]>>
}

export const NUMERIC_COMPARATORS = ['=', '!=', '>', '>=', '<', '<='] as const
const STRING_COMPARATORS = ['=', '!=', 'LIKE', 'ILIKE'] as const
const KEY_VALUE_COMPARATORS = [...STRING_COMPARATORS, 'IS NULL', 'IS NOT NULL'] as const

/** MLflow prints comparator sets in hash order; these orders are the ones MLflow 3.11 printed. */
export const COMPARATOR_SET_MESSAGES: Record<string, string> = {
  numeric: "{'<', '>', '>=', '<=', '!=', '='}",
  string: "{'!=', '=', 'LIKE', 'ILIKE'}",
  keyValue: "{'!=', '=', 'LIKE', 'ILIKE', 'IS NULL', 'IS NOT NULL'}",
  stringAttribute: "{'!=', '=', 'LIKE', 'ILIKE', 'IN', 'NOT IN'}",
  modelVersionStringAttribute: "{'!=', '=', 'LIKE', 'ILIKE', 'IN'}",
}

export function comparatorSetMessage(list: readonly Comparator[]): string {
  const key = Object.keys(COMPARATOR_SET_MESSAGES).find((k) => {
    const inner = COMPARATOR_SET_MESSAGES[k].slice(1, -1).split(', ').map((s) => s.slice(1, -1))
    return inner.length === list.length && inner.every((c) => list.includes(c as Comparator))
  })
  return key ? COMPARATOR_SET_MESSAGES[key] : `{${list.map((c) => `'${c}'`).join(', ')}}`
}

const num = (canonical: string): AttributeSpec => ({ canonical, numeric: true, comparators: NUMERIC_COMPARATORS })
const str = (canonical: string, comparators: readonly Comparator[] = STRING_COMPARATORS): AttributeSpec => ({
  canonical,
  numeric: false,
  comparators,
})

const RUN_STRING_ATTR = [...STRING_COMPARATORS, 'IN', 'NOT IN'] as const
const registryPrefixes = { attribute: 'attribute', tag: 'tag', tags: 'tag' } as const
const registryPrefixMessage = (p: string) =>
  `Invalid entity type '${p}'. Valid entity types are ('attribute', 'tag', 'tags')`

export const KIND_SPECS: Readonly<Record<EntityKind, KindSpec>> = {
  runs: {
    prefixes: {
      metric: 'metric', metrics: 'metric',
      parameter: 'param', parameters: 'param', param: 'param', params: 'param',
      tag: 'tag', tags: 'tag',
      attribute: 'attribute', attributes: 'attribute', attr: 'attribute', run: 'attribute',
      dataset: 'dataset', datasets: 'dataset',
    },
    invalidPrefixMessage: (p) =>
      `Invalid entity type '${p}'. Valid values are ['metric', 'parameter', 'tag', 'attribute', 'dataset']`,
    attributes: {
      run_id: { ...str('run_id', RUN_STRING_ATTR), acceptsList: true },
      run_name: str('run_name', RUN_STRING_ATTR),
      'run name': str('run_name', RUN_STRING_ATTR),
      'Run name': str('run_name', RUN_STRING_ATTR),
      'Run Name': str('run_name', RUN_STRING_ATTR),
      status: str('status', RUN_STRING_ATTR),
      user_id: str('user_id', RUN_STRING_ATTR),
      artifact_uri: str('artifact_uri', RUN_STRING_ATTR),
      start_time: num('start_time'),
      created: num('start_time'),
      Created: num('start_time'),
      end_time: num('end_time'),
    },
    attributeKeysMessage:
      "{'end_time', 'status', 'created', 'Created', 'run_name', 'run name', 'run_id', 'start_time', 'user_id', 'artifact_uri', 'Run name', 'Run Name'}",
    comparators: {
      metric: NUMERIC_COMPARATORS,
      param: KEY_VALUE_COMPARATORS,
      tag: KEY_VALUE_COMPARATORS,
      dataset: RUN_STRING_ATTR,
    },
  },
  experiments: {
    prefixes: registryPrefixes,
    invalidPrefixMessage: registryPrefixMessage,
    attributes: { name: str('name'), creation_time: num('creation_time'), last_update_time: num('last_update_time') },
    attributeKeysMessage: "{'name', 'creation_time', 'last_update_time'}",
    comparators: { tag: KEY_VALUE_COMPARATORS },
  },
  registered_models: {
    prefixes: registryPrefixes,
    invalidPrefixMessage: registryPrefixMessage,
    attributes: { name: str('name') },
    attributeKeysMessage: "{'name'}",
    comparators: { tag: STRING_COMPARATORS },
  },
  model_versions: {
    prefixes: registryPrefixes,
    invalidPrefixMessage: registryPrefixMessage,
    attributes: {
      name: str('name'),
      run_id: { ...str('run_id', [...STRING_COMPARATORS, 'IN']), acceptsList: true },
      source_path: str('source_path'),
      version_number: num('version_number'),
    },
    attributeKeysMessage: "{'name', 'version_number', 'source_path', 'run_id'}",
    comparators: { tag: STRING_COMPARATORS },
  },
}

/** Dataset keys searchable on runs (`datasets.name`, `datasets.digest`, `datasets.context`). */
export const DATASET_KEYS = ['name', 'digest', 'context'] as const
