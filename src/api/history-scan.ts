import { decodeMetricValue } from '../lib/metric-value.ts'
import type { HistoryPageColumns } from './metric-columns.ts'
import { ascii, CLOSE_ARRAY, CLOSE_OBJECT, COLON, COMMA, decodeString, literal, OPEN_ARRAY, OPEN_OBJECT, QUOTE, readNumber, readSmallInteger, readString, skipWs, type ScanState } from './json-scan.ts'

/*
 * A byte-level reader for the one JSON shape get-history pages have:
 *   {"metrics": [{"key": "...", "value": 0.5, "timestamp": 1716624000000, "step": 3}, ...],
 *    "next_page_token": "..."}
 * It writes numbers straight into Float64Arrays instead of building 25,000 objects per page
 * (JSON.parse took ~25 ms of the ~30 ms a 1.9 MB page cost to decode). It accepts any JSON
 * whitespace, any key order and escaped strings, and gives up (returns null) on anything else:
 * another field, a string step, a missing value, malformed JSON. Callers then decode with
 * JSON.parse + decodeHistoryPage, which has the reference rules and the error messages.
 */

const FIELD_NAMES = ['key', 'value', 'timestamp', 'step', 'metrics', 'next_page_token'] as const
type FieldName = (typeof FIELD_NAMES)[number]
const FIELD_BYTES = FIELD_NAMES.map(ascii)

/** A field name: sets out.field to its index in FIELD_NAMES, or -1 for any other name. */
function readFieldName(b: Uint8Array, p: number, out: ScanState): number {
  p = readString(b, p, out)
  if (p < 0) return -1
  out.field = -1
  if (out.escaped) return p
  const start = out.stringStart
  const length = out.stringEnd - start
  for (let f = 0; f < FIELD_BYTES.length; f++) {
    const name = FIELD_BYTES[f]
    if (name.length !== length || name[0] !== b[start]) continue
    let i = 1
    while (i < length && name[i] === b[start + i]) i++
    if (i === length) out.field = f
    break
  }
  return p
}

/** `value`: a number or a string decodeMetricValue accepts; sets out.number (-1 when neither). */
function readMetricValue(b: Uint8Array, p: number, out: ScanState): number {
  if (b[p] === QUOTE) {
    p = readString(b, p, out)
    if (p < 0) return -1
    const v = decodeMetricValue(decodeString(b, out))
    if (v === undefined) return -1
    out.number = v
    return p
  }
  p = readNumber(b, p, out)
  if (p < 0) return -1
  // Same clamping as decodeMetricValue: ±MAX_VALUE and beyond mean ±Infinity.
  if (out.number >= Number.MAX_VALUE) out.number = Infinity
  else if (out.number <= -Number.MAX_VALUE) out.number = -Infinity
  return p
}

type Columns = { steps: Float64Array; timestamps: Float64Array; values: Float64Array }

const allocate = (capacity: number): Columns => ({ steps: new Float64Array(capacity), timestamps: new Float64Array(capacity), values: new Float64Array(capacity) })

function resized(c: Columns, n: number, capacity: number): Columns {
  const next = allocate(capacity)
  next.steps.set(c.steps.subarray(0, n))
  next.timestamps.set(c.timestamps.subarray(0, n))
  next.values.set(c.values.subarray(0, n))
  return next
}

const KEY = FIELD_NAMES.indexOf('key')
const VALUE = FIELD_NAMES.indexOf('value')
const TIMESTAMP = FIELD_NAMES.indexOf('timestamp')
const STEP = FIELD_NAMES.indexOf('step')

/** One point object; writes row n of `c`. */
function readPoint(b: Uint8Array, p: number, out: ScanState, c: Columns, n: number): number {
  if (b[p] !== OPEN_OBJECT) return -1
  p = skipWs(b, p + 1)
  let hasValue = false
  c.steps[n] = 0
  c.timestamps[n] = 0
  if (b[p] === CLOSE_OBJECT) return -1 // no value: the reference decoder reports it
  for (;;) {
    p = readFieldName(b, p, out)
    if (p < 0) return -1
    const field = out.field
    p = skipWs(b, p)
    if (b[p] !== COLON) return -1
    p = skipWs(b, p + 1)
    if (field === VALUE) {
      p = readMetricValue(b, p, out)
      if (p < 0) return -1
      c.values[n] = out.number
      hasValue = true
    } else if (field === STEP || field === TIMESTAMP) {
      // int64 as a JSON number (digit strings and fractions: reference decoder)
      p = readNumber(b, p, out)
      if (p < 0 || !Number.isInteger(out.number)) return -1
      ;(field === STEP ? c.steps : c.timestamps)[n] = out.number
    } else if (field === KEY) {
      p = readString(b, p, out)
      if (p < 0) return -1
    } else return -1
    p = skipWs(b, p)
    if (b[p] === COMMA) p = skipWs(b, p + 1)
    else if (b[p] === CLOSE_OBJECT) return hasValue ? p + 1 : -1
    else return -1
  }
}

const KEY_OPEN = ascii('{"key":')
const VALUE_FIELD = ascii(',"value":')
const TIMESTAMP_FIELD = ascii(',"timestamp":')
const STEP_FIELD = ascii(',"step":')

/**
 * The bytes a page's points start with when written the usual way (MLflow's and the embedded
 * server's: key first, no whitespace): `{"key":K,"value":` with the first point's K; null when
 * the first point is written otherwise.
 */
function usualPointHead(b: Uint8Array, p: number, out: ScanState): Uint8Array | null {
  const keyStart = literal(b, p, KEY_OPEN)
  if (keyStart < 0) return null
  const keyEnd = readString(b, keyStart, out)
  if (keyEnd < 0) return null
  const end = literal(b, keyEnd, VALUE_FIELD)
  return end < 0 ? null : b.slice(p, end)
}

/**
 * A point written exactly as `head` + number + `,"timestamp":` + integer + `,"step":` + integer
 * + `}`: the shape of nearly every point, read without field-name lookups. Writes row n of `c`
 * and returns the position after the point, or -1 (nothing written that readPoint won't
 * rewrite), and the caller reads the point with readPoint.
 */
function readUsualPoint(b: Uint8Array, p: number, head: Uint8Array, out: ScanState, c: Columns, n: number): number {
  p = literal(b, p, head)
  if (p < 0) return -1
  p = readMetricValue(b, p, out)
  if (p < 0) return -1
  const value = out.number
  p = literal(b, p, TIMESTAMP_FIELD)
  if (p < 0 || (p = readSmallInteger(b, p, out)) < 0) return -1
  const timestamp = out.number
  p = literal(b, p, STEP_FIELD)
  if (p < 0 || (p = readSmallInteger(b, p, out)) < 0 || b[p] !== CLOSE_OBJECT) return -1
  c.values[n] = value
  c.timestamps[n] = timestamp
  c.steps[n] = out.number
  return p + 1
}

/** The `metrics` array: its columns and the position after it, or null. */
function readMetrics(b: Uint8Array, p: number, out: ScanState): { columns: Columns; end: number } | null {
  if (b[p] !== OPEN_ARRAY) return null
  p = skipWs(b, p + 1)
  // ~75 bytes a point in MLflow's JSON: start there, double when full, trim at the end.
  let c = allocate(Math.max(16, Math.ceil(b.length / 70)))
  let n = 0
  if (b[p] === CLOSE_ARRAY) return { columns: allocate(0), end: p + 1 }
  const head = usualPointHead(b, p, out)
  for (;;) {
    if (n === c.steps.length) c = resized(c, n, n * 2)
    const usual = head ? readUsualPoint(b, p, head, out, c, n) : -1
    p = usual >= 0 ? usual : readPoint(b, p, out, c, n)
    if (p < 0) return null
    n++
    p = skipWs(b, p)
    if (b[p] === COMMA) p = skipWs(b, p + 1)
    else if (b[p] === CLOSE_ARRAY) break
    else return null
  }
  return { columns: n === c.steps.length ? c : resized(c, n, n), end: p + 1 }
}

/**
 * Decodes a get-history body from its UTF-8 bytes in one pass, with exactly the result
 * `decodeHistoryPage(JSON.parse(text))` gives; null when the body is anything but the plain
 * page shape (the caller then uses that reference path, which also explains errors).
 */
export function scanHistoryPage(b: Uint8Array): HistoryPageColumns | null {
  const out: ScanState = { number: 0, field: -1, stringStart: 0, stringEnd: 0, escaped: false }
  let columns: Columns | undefined
  let token: string | undefined
  let p = skipWs(b, 0)
  if (b[p] !== OPEN_OBJECT) return null
  p = skipWs(b, p + 1)
  if (b[p] === CLOSE_OBJECT) p++
  else {
    for (;;) {
      p = readFieldName(b, p, out)
      if (p < 0) return null
      const field = FIELD_NAMES[out.field] as FieldName | undefined
      p = skipWs(b, p)
      if (b[p] !== COLON) return null
      p = skipWs(b, p + 1)
      if (field === 'metrics') {
        const read = readMetrics(b, p, out)
        if (!read) return null
        columns = read.columns
        p = read.end
      } else if (field === 'next_page_token') {
        p = readString(b, p, out)
        if (p < 0) return null
        try {
          token = decodeString(b, out)
        } catch {
          return null
        }
      } else return null
      p = skipWs(b, p)
      if (b[p] === COMMA) p = skipWs(b, p + 1)
      else if (b[p] === CLOSE_OBJECT) {
        p++
        break
      } else return null
    }
  }
  if (skipWs(b, p) !== b.length) return null
  return { columns: columns ?? allocate(0), nextPageToken: token ? token : undefined }
}
