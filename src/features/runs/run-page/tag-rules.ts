/**
 * Client-side checks for run tags, mirroring what MLflow's server enforces, so a bad key or an
 * oversized value is flagged inline before the request (the server's answer is still shown
 * if it disagrees).
 */
import { formatCount } from '../../../lib/format.ts'

/** MLflow's limit on tag keys (`MAX_ENTITY_KEY_LENGTH`). */
export const MAX_TAG_KEY_LENGTH = 250
/** MLflow's limit on run tag values (`MAX_TAG_VAL_LENGTH`, 8000 characters). */
export const MAX_TAG_VALUE_LENGTH = 8000
/** Tags MLflow writes itself (`mlflow.runName`, `mlflow.source.*`, `mlflow.note.content`, …). */
export const SYSTEM_TAG_PREFIX = 'mlflow.'
/** The run description, rendered as markdown. */
export const NOTE_TAG = 'mlflow.note.content'

// MLflow's `_VALID_PARAM_AND_METRIC_NAMES`: word characters, `/`, `.`, `-`, space and `:`.
const KEY_CHARS = /^[\w/.\- :]+$/

/** True for tags MLflow manages (`mlflow.*`); they are shown apart and not edited inline. */
export function isSystemTag(key: string): boolean {
  return key.startsWith(SYSTEM_TAG_PREFIX)
}

/**
 * Problem with a tag key, or null when it is fine. `existing` are the run's current keys; a
 * key already there is refused for a new tag (editing happens on its row instead).
 */
export function tagKeyError(key: string, existing: readonly string[] = []): string | null {
  if (key.trim() === '') return 'Enter a key.'
  if (key !== key.trim()) return 'The key may not start or end with a space.'
  if (key.length > MAX_TAG_KEY_LENGTH) return `The key is ${key.length} characters long; the limit is ${MAX_TAG_KEY_LENGTH}.`
  if (!KEY_CHARS.test(key)) return 'Keys may hold letters, digits, and _ - . / : and spaces only.'
  if (key.split('/').some((part) => part === '..' || part === '.')) return 'A key may not contain "." or ".." path segments.'
  if (isSystemTag(key)) return `Keys starting with "${SYSTEM_TAG_PREFIX}" are reserved for MLflow.`
  if (existing.includes(key)) return 'This run already has a tag with that key; edit it in the list.'
  return null
}

/** Problem with a tag value (≤ 8,000 characters; empty is allowed), or null. */
export function tagValueError(value: string): string | null {
  if (value.length > MAX_TAG_VALUE_LENGTH) return `The value is ${formatCount(value.length)} characters long; the limit is ${formatCount(MAX_TAG_VALUE_LENGTH)}.`
  return null
}

export type TagEntry = { key: string; value: string }

/** Splits tags into user tags and `mlflow.*` system tags, each sorted by key (code-point order). */
export function splitTags(tags: Readonly<Record<string, string>>): { user: TagEntry[]; system: TagEntry[] } {
  const entries = Object.entries(tags)
    .map(([key, value]) => ({ key, value }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return { user: entries.filter((t) => !isSystemTag(t.key)), system: entries.filter((t) => isSystemTag(t.key)) }
}
