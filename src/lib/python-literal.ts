/**
 * A safe parser for the values MLflow params usually hold: JSON and Python literals as
 * `str(obj)` writes them (`['hflip', 'mosaic']`, `{'a': 1, 'b': True, 'c': None}`, `(1, 2)`).
 * It never evaluates anything; unknown syntax is a parse error.
 */

/** A parsed literal. Tuples and sets become arrays; dict keys become strings. */
export type LiteralValue = null | boolean | number | string | LiteralValue[] | { [key: string]: LiteralValue }

export type LiteralParseResult = { ok: true; value: LiteralValue } | { ok: false; message: string; offset: number }

const WORDS: Record<string, LiteralValue> = {
  True: true, False: false, None: null, true: true, false: false, null: null,
  NaN: NaN, nan: NaN, Infinity: Infinity, inf: Infinity,
}
const NUMBER_RE = /^[+-]?(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?/
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '0': '\0', '\\': '\\', "'": "'", '"': '"', '/': '/' }
/** Nesting deeper than this is refused, so hostile params cannot blow the stack. */
const MAX_DEPTH = 200

class LiteralError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message)
  }
}

/**
 * Parses JSON or a Python literal. Accepts single/double quoted strings (no triple quotes,
 * no r/b prefixes), ints/floats with `_` separators, True/False/None (and JSON spellings),
 * nan/inf, lists, tuples (`(1,)`), dicts and sets (`{1, 2}` → array), trailing commas.
 * Leading/trailing whitespace is ignored. Never throws.
 */
export function parsePythonLiteral(text: string): LiteralParseResult {
  let pos = 0
  const fail = (message: string): never => {
    throw new LiteralError(message, pos)
  }
  const skipWs = () => {
    while (pos < text.length && /\s/.test(text[pos])) pos++
  }
  const parseString = (): string => {
    const quote = text[pos++]
    let out = ''
    while (pos < text.length) {
      const ch = text[pos++]
      if (ch === quote) return out
      if (ch !== '\\') {
        out += ch
        continue
      }
      const esc = text[pos++]
      if (esc === 'u' || esc === 'x') {
        const len = esc === 'u' ? 4 : 2
        const hex = text.slice(pos, pos + len)
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) fail('bad escape')
        out += String.fromCharCode(parseInt(hex, 16))
        pos += len
      } else if (esc !== undefined && esc in ESCAPES) out += ESCAPES[esc]
      else if (esc === undefined) break
      else out += '\\' + esc
    }
    return fail('unterminated string')
  }
  const parseSeq = (close: string, depth: number): LiteralValue[] => parseSeqTail(close, depth)
  // Expects `pos` on the opener (or on the comma before the remaining items).
  const parseSeqTail = (close: string, depth: number): LiteralValue[] => {
    const items: LiteralValue[] = []
    pos++
    for (;;) {
      skipWs()
      if (text[pos] === close) {
        pos++
        return items
      }
      items.push(parseValue(depth + 1))
      skipWs()
      if (text[pos] === ',') pos++
      else if (text[pos] !== close) fail(`expected ',' or '${close}'`)
    }
  }
  // Parses the first item once, then decides dict vs set (re-parsing would be exponential in depth).
  const parseBrace = (depth: number): LiteralValue => {
    pos++
    skipWs()
    if (text[pos] === '}') {
      pos++
      return {}
    }
    const first = parseValue(depth + 1)
    skipWs()
    if (text[pos] !== ':') {
      const items = [first]
      if (text[pos] === ',') pos++
      else if (text[pos] !== '}') fail("expected ',' or '}'")
      pos--
      return items.concat(parseSeqTail('}', depth))
    }
    const obj: Record<string, LiteralValue> = {}
    let key: LiteralValue = first
    for (;;) {
      if (key !== null && typeof key === 'object') fail('unhashable dict key')
      skipWs()
      if (text[pos++] !== ':') fail("expected ':'")
      obj[keyString(key)] = parseValue(depth + 1)
      skipWs()
      if (text[pos] === ',') pos++
      else if (text[pos] !== '}') fail("expected ',' or '}'")
      skipWs()
      if (text[pos] === '}') {
        pos++
        return obj
      }
      key = parseValue(depth + 1)
    }
  }
  const parseValue = (depth: number): LiteralValue => {
    if (depth > MAX_DEPTH) fail('nesting too deep')
    skipWs()
    const ch = text[pos]
    if (ch === undefined) return fail('unexpected end')
    if (ch === '"' || ch === "'") return parseString()
    if (ch === '[') return parseSeq(']', depth)
    if (ch === '(') return parseSeq(')', depth)
    if (ch === '{') return parseBrace(depth)
    const word = /^[+-]?[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(pos, pos + 64))?.[0]
    if (word !== undefined) {
      const sign = word[0] === '-' ? -1 : 1
      const bare = word.replace(/^[+-]/, '')
      const value = WORDS[bare]
      if (value === undefined || (bare !== word && typeof value !== 'number')) fail(`unknown name '${word}'`)
      pos += word.length
      return typeof value === 'number' ? sign * value : value
    }
    const num = NUMBER_RE.exec(text.slice(pos, pos + 400))?.[0]
    if (num === undefined || /_$|_\.|\._/.test(num)) return fail('unexpected character')
    pos += num.length
    if (text[pos] === 'j' || text[pos] === 'J') fail('complex numbers are not supported')
    return Number(num.replace(/_/g, ''))
  }
  try {
    const value = parseValue(0)
    skipWs()
    if (pos < text.length) fail('unexpected trailing text')
    return { ok: true, value }
  } catch (e) {
    if (e instanceof LiteralError) return { ok: false, message: e.message, offset: e.offset }
    return { ok: false, message: String(e), offset: pos }
  }
}

function keyString(key: LiteralValue): string {
  return typeof key === 'string' ? key : canonicalize(key)
}

/** True when `text` starts like a container literal (`[`, `{`, `(`), the cheap pre-check before parsing. */
export function looksStructured(text: string): boolean {
  const first = text.trimStart()[0]
  return first === '[' || first === '{' || first === '('
}

/**
 * A stable string form for equality: dict keys sorted, numbers in JS shortest form
 * (1.0 → 1, 1e-3 → 0.001), strings JSON-quoted. Equal canonical strings ⇔ equal values,
 * except that dict key order and float formatting are ignored (Python `==` semantics).
 */
export function canonicalize(value: LiteralValue): string {
  if (value === null) return 'null'
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value)
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'string') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(canonicalize).join(',')}]`
  const keys = Object.keys(value).sort()
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalize(value[k])}`).join(',')}}`
}

function inline(value: LiteralValue): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value)
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`
  return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')}}`
}

/**
 * Pretty-prints a parsed value as JSON-like text (NaN/Infinity spelled out). Containers whose
 * one-line form fits in `width` characters (default 60) stay on one line; others are indented
 * by two spaces per level. Key order is preserved as parsed.
 */
export function prettyValue(value: LiteralValue, width = 60, indent = ''): string {
  const flat = inline(value)
  if (value === null || typeof value !== 'object' || flat.length + indent.length <= width) return flat
  const inner = indent + '  '
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    return `[\n${value.map((v) => inner + prettyValue(v, width, inner)).join(',\n')}\n${indent}]`
  }
  const entries = Object.entries(value)
  if (entries.length === 0) return '{}'
  const body = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${prettyValue(v, width, inner)}`)
  return `{\n${body.join(',\n')}\n${indent}}`
}
