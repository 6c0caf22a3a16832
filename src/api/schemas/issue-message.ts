import type * as z from 'zod/mini'

/**
 * Readable text for a zod issue, for `safeParse(body, { error: issueMessage })`.
 *
 * `zod/mini` ships no error messages (every issue reads "Invalid input" unless a locale is
 * loaded, which would cost more than the whole mini runtime we use). Response mismatches are
 * shown to users (see `parseBody`), so this covers the issue kinds our schemas raise, worded
 * like classic zod's English locale: "expected string, received number". Issues that already
 * carry a message (custom ones from transforms) keep it; zod does not call the map for them.
 */
export function issueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, received ${typeName(issue.input)}`
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join('|')}, received ${preview(issue.input)}`
    case 'invalid_format':
      return issue.format === 'regex' && 'pattern' in issue
        ? `invalid string ${preview(issue.input)}: must match pattern ${String(issue.pattern)}`
        : `invalid ${issue.format}: ${preview(issue.input)}`
    case 'too_small':
      return `too small: expected ${issue.origin} ${issue.origin === 'string' || issue.origin === 'array' ? 'length ' : ''}${issue.inclusive ? '>=' : '>'} ${String(issue.minimum)}`
    case 'too_big':
      return `too big: expected ${issue.origin} ${issue.origin === 'string' || issue.origin === 'array' ? 'length ' : ''}${issue.inclusive ? '<=' : '<'} ${String(issue.maximum)}`
    case 'unrecognized_keys':
      return `unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`
    case 'invalid_union':
      return `no accepted form matches ${preview(issue.input)}`
    default:
      return `invalid value (${issue.code})`
  }
}

/** `null`, `array` and `NaN` are told apart from `object`/`number`, as classic zod does. */
function typeName(input: unknown): string {
  if (input === null) return 'null'
  if (Array.isArray(input)) return 'array'
  if (typeof input === 'number' && Number.isNaN(input)) return 'NaN'
  return typeof input
}

/** A short rendering of the offending value (strings quoted, long ones cut at 40 chars). */
function preview(input: unknown): string {
  if (typeof input !== 'string') return typeName(input)
  const s = JSON.stringify(input)
  return s.length > 42 ? `${s.slice(0, 40)}…"` : s
}
