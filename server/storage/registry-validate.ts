import { invalidParam } from '../errors.ts'

/**
 * Input checks of the model registry, with MLflow's limits and messages. Pure functions: every
 * one either returns the normalised value or throws INVALID_PARAMETER_VALUE.
 */

/** MLflow's limits for registry tags (mlflow/utils/validation.py, 3.x). */
export const MAX_REGISTRY_TAG_KEY_LENGTH = 250
export const MAX_REGISTRY_TAG_VALUE_LENGTH = 100_000
/** Our own caps (MLflow has none for these): generous, but they keep one row bounded. */
export const MAX_MODEL_NAME_LENGTH = 256
export const MAX_ALIAS_LENGTH = 255
export const MAX_DESCRIPTION_LENGTH = 1_000_000
export const MAX_SOURCE_LENGTH = 4096

/** The four stages, in MLflow's canonical spelling. `Deleted_Internal` is never exposed. */
export const STAGES = ['None', 'Staging', 'Production', 'Archived'] as const
export type Stage = (typeof STAGES)[number]

/**
 * Case-insensitive stage name → canonical spelling (`"staging"` → `"Staging"`).
 * Throws MLflow's "Invalid Model Version stage" error for anything else (`"Prod"`).
 */
export function canonicalStage(stage: string): Stage {
  const found = STAGES.find((s) => s.toLowerCase() === stage.trim().toLowerCase())
  if (!found) throw invalidParam(`Invalid Model Version stage: ${stage}. Value must be one of ${STAGES.join(', ')}.`)
  return found
}

/**
 * A model version number as sent on the wire (`"3"` or 3). Non-integers (`"latest"`) are 400,
 * as in MLflow 3.11; negative numbers parse and then simply match no version (404).
 */
export function parseVersion(raw: string | undefined): number {
  if (raw === undefined || raw === '') throw invalidParam(`Missing value for required parameter 'version'.`)
  const s = raw.trim()
  if (!/^-?\d{1,15}$/.test(s)) throw invalidParam(`Parameter 'version' must be an integer, got '${raw}'.`)
  return Number(s)
}

/** A registered model name: non-empty and at most MAX_MODEL_NAME_LENGTH characters. */
export function validateModelName(name: string | undefined, param = 'name'): string {
  if (name === undefined || name === '') throw invalidParam(`Missing value for required parameter '${param}'.`)
  checkLength(`Registered model ${param}`, name, MAX_MODEL_NAME_LENGTH)
  return name
}

/** Throws when `value` is longer than `max` characters (MLflow's `_validate_length_limit`). */
export function checkLength(what: string, value: string, max: number): void {
  if (value.length > max) throw invalidParam(`${what} '${value.slice(0, 50)}...' had length ${value.length}, which exceeded length limit of ${max}`)
}

const TAG_KEY_CHARS = /^[\p{L}\p{N}_/.\- :]+$/u

/**
 * A registry tag `{key, value}`. Keys follow MLflow's tag-name rule (letters, digits, `_ - . /`,
 * space and `:`, and no path tricks such as `a/../b` or a leading `/`); values may be empty.
 */
export function validateTag(key: string | undefined, value: string | undefined): { key: string; value: string } {
  if (key === undefined || key === '') throw invalidParam(`Missing value for required parameter 'key'.`)
  checkLength('Tag key', key, MAX_REGISTRY_TAG_KEY_LENGTH)
  if (!TAG_KEY_CHARS.test(key))
    throw invalidParam(`Invalid tag name: '${key}'. Names may only contain alphanumerics, underscores (_), dashes (-), periods (.), spaces ( ), colons (:) and slashes (/).`)
  const parts = key.split('/')
  if (key.startsWith('/') || parts.some((p) => p === '' || p === '.' || p === '..'))
    throw invalidParam(`Invalid tag name: '${key}'. Names may be treated as files in certain cases, and must not resolve to other names when treated as such.`)
  if (value === undefined) throw invalidParam(`Missing value for required parameter 'value'.`)
  checkLength('Tag value', value, MAX_REGISTRY_TAG_VALUE_LENGTH)
  return { key, value }
}

/**
 * A list of `{key, value}` objects from a create request; `undefined` values are rejected,
 * duplicate keys keep the last value (as a dict would in MLflow).
 */
export function validateTagList(list: Record<string, unknown>[]): { key: string; value: string }[] {
  const byKey = new Map<string, string>()
  for (const item of list) {
    const key = typeof item.key === 'string' ? item.key : undefined
    const raw = item.value
    const value = typeof raw === 'string' ? raw : typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : undefined
    const tag = validateTag(key, value)
    byKey.set(tag.key, tag.value)
  }
  return [...byKey].map(([key, value]) => ({ key, value }))
}

/**
 * An alias name for `registered-models/alias`: letters, digits, `_` and `-`; `latest` (any case)
 * and version-like names (`v4`, `V12`) are reserved, with MLflow's messages.
 */
export function validateAliasName(alias: string | undefined): string {
  if (alias === undefined || alias === '') throw invalidParam(`Missing value for required parameter 'alias'.`)
  checkLength('Registered model alias name', alias, MAX_ALIAS_LENGTH)
  if (!/^[\w-]+$/.test(alias))
    throw invalidParam(`Invalid alias name: '${alias}'. Names may only contain alphanumerics, underscores (_), and dashes (-).`)
  if (alias.toLowerCase() === 'latest') throw invalidParam(`'latest' alias name (case insensitive) is reserved.`)
  if (/^[vV]\d+$/.test(alias)) throw invalidParam(`Version alias name '${alias}' is reserved.`)
  return alias
}

/** An optional free-text field (description, run_link): length-capped, passed through. */
export function optionalText(what: string, value: string | undefined, max = MAX_DESCRIPTION_LENGTH): string | undefined {
  if (value !== undefined) checkLength(what, value, max)
  return value
}
