import { posix } from 'node:path'
import { invalidParam } from './errors.ts'

/**
 * MLflow's input limits (mlflow/utils/validation.py, 3.x values) and the checks that use them.
 * Every check throws MLflow's INVALID_PARAMETER_VALUE with MLflow's wording where it is known.
 */
export const LIMITS = {
  /** Longest metric/param/tag key, in characters. */
  entityKey: 250,
  paramValue: 6000,
  tagValue: 8000,
  experimentName: 500,
  experimentTagKey: 250,
  experimentTagValue: 5000,
  /** log-batch: at most this many metrics, params, tags, and entities in total. */
  batchMetrics: 1000,
  batchParamsTags: 100,
  batchEntities: 1000,
  datasetName: 500,
  datasetDigest: 36,
  datasetSource: 65535,
  datasetSchema: 1048575,
  datasetProfile: 16777215,
  inputTagKey: 255,
  inputTagValue: 500,
  /** max_results caps: experiments/search and runs/search. */
  searchExperimentsMax: 50000,
  searchRunsMax: 50000,
  /** runs/search default when max_results is absent (MLflow's SEARCH_MAX_RESULTS_DEFAULT). */
  searchRunsDefault: 1000,
  /** get-history-bulk: run ids per request and total points. */
  bulkRuns: 100,
  historyMax: 25000,
  /** get-history-bulk-interval max_results range (MLflow's MAX_RESULTS_PER_RUN). */
  intervalMax: 2500,
} as const

/** Python's `posixpath.normpath`, enough for MLflow's `path_not_unique` check. */
function normpath(p: string): string {
  if (p === '') return '.'
  const n = posix.normalize(p)
  // posix.normalize keeps a trailing slash and maps '//x' to '/x'; Python drops the slash.
  return n.length > 1 && n.endsWith('/') ? n.slice(0, -1) : n
}

/**
 * Validates a metric/param/tag key: required, at most 250 characters, and not a path that
 * resolves to another name ('a/../b', '/abs', '.'), as MLflow's `path_not_unique`. Any other
 * characters are allowed and stored verbatim.
 */
export function validateKey(kind: 'metric' | 'parameter' | 'tag', key: unknown, field = 'key'): string {
  if (key === undefined || key === null || key === '')
    throw invalidParam(`Missing value for required parameter '${field}'.`)
  if (typeof key !== 'string') throw invalidParam(`Invalid value ${JSON.stringify(key)} for parameter '${field}' supplied: expected a string.`)
  const norm = normpath(key)
  if (norm !== key || norm === '.' || norm.startsWith('..') || norm.startsWith('/'))
    throw invalidParam(
      `Invalid ${kind} name: '${key}'. Names may be treated as files in certain cases, and must not resolve to other names when treated as such. This name would resolve to '${norm}'`,
    )
  const label = kind === 'metric' ? 'Metric name' : kind === 'parameter' ? 'Param key' : 'Tag key'
  validateLength(label, LIMITS.entityKey, key)
  return key
}

/** Throws MLflow's length-limit error when `value` is longer than `limit` characters. */
export function validateLength(entity: string, limit: number, value: string): string {
  if (value.length > limit)
    throw invalidParam(`${entity} '${value.slice(0, 250)}' had length ${value.length}, which exceeded length limit of ${limit}`)
  return value
}

/** A param/tag value: a string (numbers/booleans are stringified as MLflow's proto parser does). */
export function stringValue(raw: unknown, field: string, required = false): string {
  if (raw === undefined || raw === null) {
    if (required) throw invalidParam(`Missing value for required parameter '${field}'.`)
    return ''
  }
  if (typeof raw === 'string') return raw
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw)
  throw invalidParam(`Invalid value ${JSON.stringify(raw)} for parameter '${field}' supplied: expected a string.`)
}

/** Validates an experiment name: required, a string, at most 500 characters. */
export function validateExperimentName(name: string | undefined): string {
  if (name === undefined || name === '') throw invalidParam(`Invalid experiment name: '${name ?? ''}'`)
  if (name.length > LIMITS.experimentName)
    throw invalidParam(`Experiment name exceeds the maximum length of ${LIMITS.experimentName} characters`)
  return name
}

/**
 * Parses an experiment id as MLflow 3.x does: a base-10 integer (negative ids are not valid
 * either), else 400 "Invalid experiment ID". Whitespace is not trimmed.
 */
export function parseExperimentId(raw: string): number {
  if (!/^\d{1,15}$/.test(raw)) throw invalidParam(`Invalid experiment ID '${raw}'. Experiment ID must be a valid integer.`)
  return Number(raw)
}

/** MLflow's batch-size limits for runs/log-batch. */
export function validateBatchLimits(metrics: number, params: number, tags: number): void {
  const check = (entity: string, limit: number, n: number) => {
    if (n > limit)
      throw invalidParam(
        `A batch logging request can contain at most ${limit} ${entity}. Got ${n} ${entity}. Please split up ${entity} across multiple requests and try again.`,
      )
  }
  check('metrics', LIMITS.batchMetrics, metrics)
  check('params', LIMITS.batchParamsTags, params)
  check('tags', LIMITS.batchParamsTags, tags)
  check('metrics, params, and tags', LIMITS.batchEntities, metrics + params + tags)
}

/**
 * An int64 field (timestamp, step) given as a JSON number or numeric string. Missing → `fallback`
 * (or an error when `fallback` is undefined).
 */
export function int64(raw: unknown, field: string, fallback?: number): number {
  if (raw === undefined || raw === null || raw === '') {
    if (fallback === undefined) throw invalidParam(`Missing value for required parameter '${field}'.`)
    return fallback
  }
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : NaN
  if (!Number.isSafeInteger(n))
    throw invalidParam(`Invalid value ${JSON.stringify(raw)} for parameter '${field}' supplied: expected an integer.`)
  return n
}

/** `max_results` for searches: required positive integer up to `cap`, MLflow's messages. */
export function validateMaxResults(value: number | undefined, cap: number, fallback?: number): number {
  const n = value ?? fallback ?? 0
  if (n <= 0) throw invalidParam(`Invalid value ${n} for parameter 'max_results' supplied. It must be a positive integer`)
  if (n > cap) throw invalidParam(`Invalid value ${n} for parameter 'max_results' supplied. It must be at most ${cap}`)
  return n
}

/** The run lifecycle filter of searches; MLflow also accepts the numeric enum values 1..3. */
export type ViewType = 'ACTIVE_ONLY' | 'DELETED_ONLY' | 'ALL'

/** Parses `view_type`/`run_view_type`; absent → ACTIVE_ONLY. */
export function parseViewType(raw: string | undefined, field: string): ViewType {
  if (raw === undefined || raw === '') return 'ACTIVE_ONLY'
  const byNumber: Record<string, ViewType> = { '1': 'ACTIVE_ONLY', '2': 'DELETED_ONLY', '3': 'ALL' }
  const v = byNumber[raw] ?? raw.toUpperCase()
  if (v === 'ACTIVE_ONLY' || v === 'DELETED_ONLY' || v === 'ALL') return v
  throw invalidParam(`Invalid value ${JSON.stringify(raw)} for parameter '${field}' supplied.`)
}
