import { MAX_DOUBLE } from '../wire.ts'

/**
 * A page of one metric history as three parallel columns, in MLflow's history order.
 * `values[i]` is null for a NaN point; ±Infinity is allowed (it is sent as ±MAX_DOUBLE).
 */
export type HistoryColumns = { values: (number | null)[]; timestamps: number[]; steps: number[] }

// "0000".."9999" as ASCII digits, 4 bytes per entry: integers are written four digits at a time.
const DIGITS4 = new Uint8Array(40_000)
for (let i = 0; i < 10_000; i++) {
  DIGITS4[i * 4] = 48 + Math.floor(i / 1000)
  DIGITS4[i * 4 + 1] = 48 + (Math.floor(i / 100) % 10)
  DIGITS4[i * 4 + 2] = 48 + (Math.floor(i / 10) % 10)
  DIGITS4[i * 4 + 3] = 48 + (i % 10)
}

/** Writes 0 ≤ n < 10,000 as exactly four digits (zero-padded). */
function write4(out: Uint8Array, p: number, n: number): number {
  const k = n << 2
  out[p] = DIGITS4[k]
  out[p + 1] = DIGITS4[k + 1]
  out[p + 2] = DIGITS4[k + 2]
  out[p + 3] = DIGITS4[k + 3]
  return p + 4
}

/** Writes 0 ≤ n < 100,000,000 without leading zeros. */
function writeSmall(out: Uint8Array, p: number, n: number): number {
  let head = n
  let tail = -1
  if (n >= 10_000) {
    head = (n / 10_000) | 0
    tail = n - head * 10_000
  }
  const k = head << 2
  for (let j = head >= 1000 ? 0 : head >= 100 ? 1 : head >= 10 ? 2 : 3; j < 4; j++) out[p++] = DIGITS4[k + j]
  return tail < 0 ? p : write4(out, p, tail)
}

/** Writes `v` as JSON.stringify prints it: safe integers digit by digit, anything else through JSON.stringify. */
function writeNumber(out: Uint8Array, p: number, v: number): number {
  if (!Number.isSafeInteger(v)) return writeAscii(out, p, JSON.stringify(v))
  if (v < 0) {
    out[p++] = 45
    v = -v
  }
  if (v < 100_000_000) return writeSmall(out, p, v)
  // Below 2^53: the high part fits in 8 digits, the low part is exactly 8 (zero-padded).
  const high = Math.floor(v / 100_000_000)
  const low = v - high * 100_000_000
  const mid = (low / 10_000) | 0
  p = writeSmall(out, p, high)
  p = write4(out, p, mid)
  return write4(out, p, low - mid * 10_000)
}

/** Copies an ASCII string (JSON number text) byte for byte. */
function writeAscii(out: Uint8Array, p: number, s: string): number {
  for (let i = 0; i < s.length; i++) out[p++] = s.charCodeAt(i)
  return p
}

/** Copies a short template (a loop beats a native set() call for a few dozen bytes). */
function writeBytes(out: Uint8Array, p: number, bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) out[p++] = bytes[i]
  return p
}

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'))
const TIMESTAMP = utf8(',"timestamp":')
const STEP = utf8(',"step":')
const NAN = utf8('"NaN"')
/** Longest JSON text of a number (`-1.7976931348623157e+308` is 24). */
const MAX_NUMBER_CHARS = 25

/** Where the timestamps and steps come from: writes point i's pair, or returns -1 to give up. */
type PairWriter = (out: Uint8Array, p: number, i: number) => number

/**
 * The page's bytes: `{"metrics":[…]` with `count` points, then the token. Returns undefined when
 * `writePair` gives up. Doubles are printed by V8 (one JSON.stringify of the value column, so
 * the digits are exactly JSON's); NaN (null) becomes "NaN", ±Infinity ±MAX_DOUBLE (in place).
 */
function writePage(key: string, values: (number | null)[], count: number, tokenPart: string, pairBytes: number, writePair: PairWriter): Uint8Array | undefined {
  const n = Math.min(count, values.length)
  if (n === 0) return utf8(`{${tokenPart}}`)
  for (let i = 0; i < n; i++) {
    const v = values[i]
    // JSON.stringify prints ±Infinity as null, which would read as NaN below.
    if (v === Infinity) values[i] = MAX_DOUBLE
    else if (v === -Infinity) values[i] = -MAX_DOUBLE
  }
  // "[v0,v1,…]": ASCII only (digits, '.', 'e', '+', '-', "null").
  const valueText = JSON.stringify(n === values.length ? values : values.slice(0, n))
  const head = utf8(`{"key":${JSON.stringify(key)},"value":`)
  const tail = utf8(tokenPart ? `],${tokenPart}}` : ']}')
  const perPoint = 1 + head.length + TIMESTAMP.length + STEP.length + 1 + NAN.length
  const out = Buffer.allocUnsafeSlow(12 + n * perPoint + pairBytes + valueText.length + tail.length)
  let p = writeAscii(out, 0, '{"metrics":[')
  let q = 1 // into valueText, past '['
  for (let i = 0; i < n; i++) {
    if (i > 0) out[p++] = 44 // ,
    p = writeBytes(out, p, head)
    let c = valueText.charCodeAt(q)
    if (c === 110) {
      // "null": a NaN point
      p = writeBytes(out, p, NAN)
      q += 5
    } else {
      while (c !== 44 && c !== 93) {
        out[p++] = c
        c = valueText.charCodeAt(++q)
      }
      q++
    }
    p = writePair(out, p, i)
    if (p < 0) return undefined
    out[p++] = 125 // }
  }
  p = writeBytes(out, p, tail)
  return out.subarray(0, p)
}

const tokenJson = (token: string | undefined) => (token === undefined ? '' : `"next_page_token":${JSON.stringify(token)}`)

/**
 * The UTF-8 JSON text of a get-history page, byte for byte what `JSON.stringify` prints for
 * `{metrics: [{key, value, timestamp, step}, …], next_page_token}` (either part left out when
 * absent; `{}` when both are), with MLflow's values: "NaN" for null, ±MAX_DOUBLE for ±Infinity
 * (rewritten in `cols.values`). Only the first `count` points of `cols` are written.
 *
 * Why not JSON.stringify of point objects: building 25,000 objects and printing them cost about
 * twice this. Integers (timestamps, steps) are written digit by digit.
 *
 * The result is a view on its own, unpooled ArrayBuffer (safe to transfer to another thread);
 * the buffer may be longer than the view.
 */
export function historyJsonBytes(key: string, cols: HistoryColumns, count: number, nextPageToken?: string): Uint8Array {
  const { timestamps, steps } = cols
  const page = writePage(key, cols.values, count, tokenJson(nextPageToken), 2 * MAX_NUMBER_CHARS * Math.min(count, cols.values.length), (out, p, i) => {
    p = writeBytes(out, p, TIMESTAMP)
    p = writeNumber(out, p, timestamps[i])
    p = writeBytes(out, p, STEP)
    return writeNumber(out, p, steps[i])
  })
  return page!
}

/**
 * historyJsonBytes for a page whose timestamps and steps SQLite already printed as one text,
 * `"t0,s0,t1,s1,…"` (one group_concat: two plucked columns and their digits cost about twice
 * that). Every piece must be a plain integer of at most 15 digits, printed alike by SQLite and
 * JSON.stringify, and the pairs must be sorted in the page's order (`stepFirst`: by (step,
 * timestamp), else by (timestamp, step)). Then they are the page's pairs exactly, whatever order
 * SQLite's aggregate kept (points that tie on the order share their pair's text). Returns
 * undefined otherwise (an integer beyond 2^53, a non-integer, out of order, too few pairs): the
 * caller then reads the columns.
 */
export function historyJsonFromPairs(
  key: string,
  values: (number | null)[],
  pairs: string,
  stepFirst: boolean,
  count: number,
  nextPageToken?: string,
): Uint8Array | undefined {
  let r = 0 // into pairs
  let parsed = 0
  /** Copies the integer at `r` (sets `parsed`); the new `p`, or -1 unless it is plain and ends at ',' (or the text's end). */
  const copyInteger = (out: Uint8Array, p: number): number => {
    let c = pairs.charCodeAt(r)
    const negative = c === 45
    if (negative) {
      out[p++] = c
      c = pairs.charCodeAt(++r)
    }
    const start = r
    let n = 0
    while (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48)
      out[p++] = c
      c = pairs.charCodeAt(++r)
    }
    if (r === start || r - start > 15 || !(c === 44 || r === pairs.length)) return -1
    r++
    parsed = negative ? -n : n
    return p
  }
  let prevMajor = -Infinity
  let prevMinor = -Infinity
  return writePage(key, values, count, tokenJson(nextPageToken), pairs.length, (out, p) => {
    p = copyInteger(out, writeBytes(out, p, TIMESTAMP))
    if (p < 0) return -1
    const timestamp = parsed
    p = copyInteger(out, writeBytes(out, p, STEP))
    if (p < 0) return -1
    const step = parsed
    const major = stepFirst ? step : timestamp
    const minor = stepFirst ? timestamp : step
    if (major < prevMajor || (major === prevMajor && minor < prevMinor)) return -1
    prevMajor = major
    prevMinor = minor
    return p
  })
}
