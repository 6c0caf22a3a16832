import { randomInt } from 'node:crypto'
import { invalidParam } from '../errors.ts'
import type { RequestInput } from '../http.ts'
import type { DatasetInput } from '../storage/datasets.ts'
import { int64, LIMITS, stringValue, validateKey, validateLength } from '../validation.ts'
import { parseMetricValue, type WireKeyValue } from '../wire.ts'

/** Request-body readers shared by the run write endpoints (validation with MLflow's limits). */

/** The run id of a request: `run_id`, or the legacy `run_uuid`; required. */
export function runIdParam(input: RequestInput): string {
  const id = input.str('run_id') || input.str('run_uuid')
  if (!id) throw invalidParam("Missing value for required parameter 'run_id'.")
  return id
}

const ADJECTIVES = ['agreeable', 'bold', 'brave', 'calm', 'clever', 'eager', 'gentle', 'honest', 'kind', 'lively', 'nimble', 'quiet', 'rare', 'sassy', 'swift', 'wise']
const NOUNS = ['ant', 'bat', 'crab', 'deer', 'eel', 'finch', 'fox', 'gull', 'hare', 'lark', 'mole', 'owl', 'seal', 'slug', 'toad', 'wolf']

/** MLflow-style random run name (`adjective-noun-123`) for runs created without a name. */
export function randomRunName(): string {
  return `${ADJECTIVES[randomInt(ADJECTIVES.length)]}-${NOUNS[randomInt(NOUNS.length)]}-${randomInt(1000)}`
}

/** A run tag `{key, value}` validated with MLflow's run-tag limits. */
export function runTag(raw: Record<string, unknown>, path: string): WireKeyValue {
  const key = validateKey('tag', raw.key, `${path}key`)
  return { key, value: validateLength('Tag value', LIMITS.tagValue, stringValue(raw.value, `${path}value`)) }
}

/** A param `{key, value}` validated with MLflow's param limits. */
export function runParam(raw: Record<string, unknown>, path: string): WireKeyValue {
  const key = validateKey('parameter', raw.key, `${path}key`)
  return { key, value: validateLength('Param value', LIMITS.paramValue, stringValue(raw.value, `${path}value`)) }
}

/** A metric point from a request object (value may be "NaN"/"Infinity"/a number). */
export function runMetric(raw: Record<string, unknown>, path: string) {
  const key = validateKey('metric', raw.key, `${path}key`)
  const { value, isNan } = parseMetricValue(raw.value, `${path}value`)
  const timestamp = int64(raw.timestamp, `${path}timestamp`)
  const step = int64(raw.step, `${path}step`, 0)
  return { key, value, isNan, timestamp, step }
}

/** One `datasets[i]` entry of runs/log-inputs. */
export function datasetInput(raw: Record<string, unknown>, i: number): { tags: WireKeyValue[]; dataset: DatasetInput } {
  const d = raw.dataset
  if (typeof d !== 'object' || d === null || Array.isArray(d)) throw invalidParam(`Missing value for required parameter 'datasets[${i}].dataset'.`)
  const ds = d as Record<string, unknown>
  const field = (name: string, limit: number, required: boolean) => {
    const v = stringValue(ds[name], `datasets[${i}].dataset.${name}`, required)
    if (required && v === '') throw invalidParam(`Missing value for required parameter 'datasets[${i}].dataset.${name}'.`)
    return validateLength(`Dataset ${name}`, limit, v)
  }
  const tagsRaw = raw.tags ?? []
  if (!Array.isArray(tagsRaw)) throw invalidParam(`Invalid value for parameter 'datasets[${i}].tags': expected a list.`)
  const tags = (tagsRaw as Record<string, unknown>[]).map((t, j) => {
    const key = validateLength('Input tag key', LIMITS.inputTagKey, stringValue(t?.key, `datasets[${i}].tags[${j}].key`, true))
    return { key, value: validateLength('Input tag value', LIMITS.inputTagValue, stringValue(t?.value, `datasets[${i}].tags[${j}].value`, true)) }
  })
  return {
    tags,
    dataset: {
      name: field('name', LIMITS.datasetName, true),
      digest: field('digest', LIMITS.datasetDigest, true),
      source_type: field('source_type', 1000, true),
      source: field('source', LIMITS.datasetSource, true),
      schema: field('schema', LIMITS.datasetSchema, false) || undefined,
      profile: field('profile', LIMITS.datasetProfile, false) || undefined,
    },
  }
}

