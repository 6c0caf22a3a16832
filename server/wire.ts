import { randomBytes } from 'node:crypto'
import { invalidParam } from './errors.ts'

/**
 * Shared helpers for MLflow's JSON wire format, used by every route module.
 *
 * MLflow leaves out unset fields and empty lists, sends ids as strings, int64 values as plain
 * numbers, timestamps in epoch milliseconds, and NaN metric values as the string "NaN".
 */

/** The largest finite double: MLflow's SQL store keeps ±Infinity as ± this value. */
export const MAX_DOUBLE = 1.7976931348623157e308

/** A `{key, value}` pair as MLflow sends params and tags. */
export type WireKeyValue = { key: string; value: string }

/** A metric point on the wire; `value` is a number, or "NaN" for a stored NaN. */
export type WireMetric = { key: string; value: number | 'NaN'; timestamp: number; step: number }

/** A metric value as stored: ±Infinity already clamped to ±MAX_DOUBLE; NaN as 0 + isNan. */
export type StoredMetricValue = { value: number; isNan: boolean }

/** Current wall-clock time in epoch milliseconds. */
export function nowMs(): number {
  return Date.now()
}

/** A new run id: 32 lowercase hex characters, as MLflow's `uuid.uuid4().hex`. */
export function newRunId(): string {
  return randomBytes(16).toString('hex')
}

/** True for a string that has the shape of an MLflow run id (32 hex chars, any case). */
export function isRunIdShape(id: string): boolean {
  return /^[0-9a-fA-F]{32}$/.test(id)
}

/** Numeric database id → wire id (MLflow sends experiment ids and versions as strings). */
export function idToWire(id: number | bigint): string {
  return String(id)
}

/**
 * Returns a copy of `obj` without `undefined`/`null` values and empty arrays, which is how
 * MLflow's protobuf JSON omits unset fields. Empty strings and empty objects are kept
 * (`run_link: ""` and `outputs: {}` are sent by MLflow). Shallow: nested objects are built
 * with `omitEmpty` themselves.
 */
export function omitEmpty<T extends Record<string, unknown>>(obj: T): Partial<T> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined || v === null) continue
    if (Array.isArray(v) && v.length === 0) continue
    out[k] = v
  }
  return out as Partial<T>
}

/**
 * Stored metric value → wire value. NaN rows come back as "NaN"; ±Infinity stays the stored
 * ±1.7976931348623157e308 (JSON.stringify prints it as `1.7976931348623157e+308`, as MLflow).
 */
export function metricValueToWire(value: number, isNan: boolean | number): number | 'NaN' {
  if (isNan || Number.isNaN(value)) return 'NaN'
  if (value === Infinity) return MAX_DOUBLE
  if (value === -Infinity) return -MAX_DOUBLE
  return value
}

/**
 * Parses a metric value as clients send it: a JSON number, or a string ("NaN", "Infinity",
 * "-Infinity", "inf", or a decimal number, as the Python client and protobuf JSON allow).
 * ±Infinity is clamped to ±MAX_DOUBLE (MLflow's SQL store does the same); NaN is stored as 0
 * with `isNan`. Throws INVALID_PARAMETER_VALUE for anything else, naming `field`.
 */
export function parseMetricValue(raw: unknown, field = 'value'): StoredMetricValue {
  let n: number
  if (typeof raw === 'number') n = raw
  else if (typeof raw === 'string') {
    const s = raw.trim()
    if (/^[+-]?nan$/i.test(s)) n = NaN
    else if (/^\+?inf(inity)?$/i.test(s)) n = Infinity
    else if (/^-inf(inity)?$/i.test(s)) n = -Infinity
    else if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) n = Number(s)
    else throw invalidParam(`Invalid value ${JSON.stringify(raw)} for parameter '${field}' supplied: expected a number.`)
  } else {
    throw invalidParam(
      raw === undefined || raw === null
        ? `Missing value for required parameter '${field}'.`
        : `Invalid value ${JSON.stringify(raw)} for parameter '${field}' supplied: expected a number.`,
    )
  }
  if (Number.isNaN(n)) return { value: 0, isNan: true }
  if (n > MAX_DOUBLE) return { value: MAX_DOUBLE, isNan: false }
  if (n < -MAX_DOUBLE) return { value: -MAX_DOUBLE, isNan: false }
  return { value: n, isNan: false }
}

/** A stored `{key, value}` row → wire pair (kept separate so the key order stays MLflow's). */
export function keyValueToWire(row: { key: string; value: string }): WireKeyValue {
  return { key: row.key, value: row.value }
}

/** A stored metric row → wire metric `{key, value, timestamp, step}`. */
export function metricToWire(row: { key: string; value: number; is_nan: number; timestamp: number; step: number }): WireMetric {
  return { key: row.key, value: metricValueToWire(row.value, row.is_nan), timestamp: row.timestamp, step: row.step }
}
