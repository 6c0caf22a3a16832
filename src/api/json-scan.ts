/*
 * The JSON lexer pieces of history-scan.ts: whitespace, strings and numbers read straight from
 * UTF-8 bytes, without building JS values for them (see that module for why).
 */

/** Bytes of JSON's structural characters. */
export const QUOTE = 0x22
const BACKSLASH = 0x5c
export const COMMA = 0x2c
export const COLON = 0x3a
const MINUS = 0x2d
const PLUS = 0x2b
const DOT = 0x2e
const ZERO = 0x30
const LOWER_E = 0x65
const UPPER_E = 0x45
export const OPEN_OBJECT = 0x7b
export const CLOSE_OBJECT = 0x7d
export const OPEN_ARRAY = 0x5b
export const CLOSE_ARRAY = 0x5d

/** Exact powers of ten: a ≤15-digit integer times or divided by one of these rounds correctly (Clinger's fast path). */
const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`))

/*
 * The scanning functions below take the bytes and a position and return the next position, or
 * -1 when the input is not what they read; values go to `out` (one per scan, no per-point
 * allocation). Written as plain functions over locals: this loop runs over every byte of 150 MB
 * when 20 long runs are compared.
 */
/** Where a scan puts what it read (reused for every value: no allocation per point). */
export type ScanState = { number: number; field: number; stringStart: number; stringEnd: number; escaped: boolean }

const isDigit = (c: number) => c >= 0x30 && c <= 0x39

/** The position of the first non-whitespace byte at or after `p` (JSON whitespace only). */
export function skipWs(b: Uint8Array, p: number): number {
  while (p < b.length) {
    const c = b[p]
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return p
    p++
  }
  return p
}

/** A string from its opening quote: sets out.stringStart/End (contents) and out.escaped. */
export function readString(b: Uint8Array, p: number, out: ScanState): number {
  if (b[p] !== QUOTE) return -1
  out.stringStart = ++p
  out.escaped = false
  while (p < b.length) {
    const c = b[p]
    if (c === QUOTE) {
      out.stringEnd = p
      return p + 1
    }
    if (c === BACKSLASH) {
      out.escaped = true
      p += 2
    } else if (c < 0x20) return -1
    else p++
  }
  return -1
}

/** A JSON number: sets out.number to exactly what JSON.parse gives (fast path for ≤15 significant digits). */
export function readNumber(b: Uint8Array, p: number, out: ScanState): number {
  const start = p
  const negative = b[p] === MINUS
  if (negative) p++
  let mantissa = 0
  let digits = 0
  let scale = 0
  const intStart = p
  while (p < b.length && isDigit(b[p])) {
    mantissa = mantissa * 10 + (b[p] - ZERO)
    if (mantissa !== 0) digits++
    p++
  }
  if (p === intStart || (b[intStart] === ZERO && p - intStart > 1)) return -1
  if (b[p] === DOT) {
    const fracStart = ++p
    while (p < b.length && isDigit(b[p])) {
      mantissa = mantissa * 10 + (b[p] - ZERO)
      if (mantissa !== 0) digits++
      scale--
      p++
    }
    if (p === fracStart) return -1
  }
  if (b[p] === LOWER_E || b[p] === UPPER_E) {
    p++
    let sign = 1
    if (b[p] === MINUS || b[p] === PLUS) sign = b[p++] === MINUS ? -1 : 1
    const expStart = p
    let exp = 0
    while (p < b.length && isDigit(b[p])) {
      exp = Math.min(exp * 10 + (b[p] - ZERO), 1e6)
      p++
    }
    if (p === expStart) return -1
    scale += sign * exp
  }
  if (digits <= 15 && scale >= -22 && scale <= 22) {
    const v = scale < 0 ? mantissa / POW10[-scale] : mantissa * POW10[scale]
    out.number = negative ? -v : v
  } else {
    // Long mantissas (17-digit doubles) and big exponents: the engine rounds.
    let text = ''
    for (let i = start; i < p; i++) text += String.fromCharCode(b[i])
    out.number = Number(text)
  }
  return p
}

/** The bytes of an ASCII text (field names and the fixed parts of a point). */
export const ascii = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0))

/** The position after `text` when the bytes at `p` are exactly it, else -1. */
export function literal(b: Uint8Array, p: number, text: Uint8Array): number {
  if (p + text.length > b.length) return -1
  for (let i = 0; i < text.length; i++) if (b[p + i] !== text[i]) return -1
  return p + text.length
}

/**
 * An integer of at most 15 digits, written as JSON allows (optional minus, no leading zero), not
 * followed by a fraction or exponent; sets out.number. -1 for anything else (readNumber's work).
 */
export function readSmallInteger(b: Uint8Array, p: number, out: ScanState): number {
  const negative = b[p] === MINUS
  if (negative) p++
  const start = p
  let v = 0
  while (p < b.length && isDigit(b[p])) v = v * 10 + (b[p++] - ZERO)
  const digits = p - start
  if (digits === 0 || digits > 15 || (digits > 1 && b[start] === ZERO)) return -1
  if (b[p] === DOT || b[p] === LOWER_E || b[p] === UPPER_E) return -1
  out.number = negative ? -v : v
  return p
}

/** The string last read by `readString` as a JS string, escapes resolved (rare fields only). */
export const decodeString = (b: Uint8Array, out: ScanState): string => {
  const raw = new TextDecoder().decode(b.subarray(out.stringStart - 1, out.stringEnd + 1))
  return out.escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1)
}
