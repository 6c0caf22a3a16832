import { invalidParam } from '../errors.ts'

/**
 * Tokens of MLflow's search-filter language. `ident` covers dotted identifiers such as
 * `metrics.loss`, ``params.`model.backbone.name` `` and `tags.mlflow.parentRunId`; `parts`
 * holds each dot-separated part with its quotes removed (and `quoted` says which were quoted).
 */
export type Token =
  | { kind: 'ident'; text: string; pos: number; parts: string[]; quoted: boolean[] }
  | { kind: 'keyword'; text: string; pos: number; word: Keyword }
  | { kind: 'string'; text: string; pos: number; value: string; quote: '"' | "'" }
  | { kind: 'number'; text: string; pos: number; value: number }
  | { kind: 'op'; text: string; pos: number }
  | { kind: 'lparen' | 'rparen' | 'comma' | 'eof'; text: string; pos: number }

export type Keyword = 'AND' | 'OR' | 'LIKE' | 'ILIKE' | 'IN' | 'NOT' | 'IS' | 'NULL'
const KEYWORDS = new Set<string>(['AND', 'OR', 'LIKE', 'ILIKE', 'IN', 'NOT', 'IS', 'NULL'])

const WORD = /[A-Za-z0-9_]/
const NUMBER = /-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?(?![A-Za-z0-9_.])/y

/** 1-based character position for messages ("at character 7"). */
export const at = (pos: number) => `at character ${pos + 1}`

/**
 * Reads a quoted run starting at `start` (which holds the quote). A doubled quote or a
 * backslash-escaped quote stands for the quote itself. Returns the unquoted value and the
 * index just past the closing quote.
 */
function readQuoted(src: string, start: number): { value: string; end: number } {
  const q = src[start]
  let value = ''
  let i = start + 1
  while (i < src.length) {
    const c = src[i]
    if (c === '\\' && (src[i + 1] === q || src[i + 1] === '\\')) {
      value += src[i + 1]
      i += 2
    } else if (c === q) {
      if (src[i + 1] === q) {
        value += q
        i += 2
      } else {
        return { value, end: i + 1 }
      }
    } else {
      value += c
      i++
    }
  }
  const what = q === '`' ? 'back-quoted key' : 'string'
  throw invalidParam(`Invalid filter: unterminated ${what} starting ${at(start)}: ${src.slice(start)}. Close it with ${q}.`)
}

/** Reads one identifier part (bare word, `back-quoted`, "double-quoted") at `i`. */
function readPart(src: string, i: number): { value: string; end: number; quoted: boolean } | undefined {
  const c = src[i]
  if (c === '`' || c === '"') {
    const { value, end } = readQuoted(src, i)
    return { value, end, quoted: true }
  }
  if (c === undefined || !WORD.test(c)) return undefined
  let end = i
  while (end < src.length && WORD.test(src[end])) end++
  return { value: src.slice(i, end), end, quoted: false }
}

/**
 * Splits a filter string into tokens. Throws INVALID_PARAMETER_VALUE on characters that
 * cannot start any token and on unterminated quotes, naming the position.
 */
export function tokenize(src: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < src.length) {
    const c = src[i]
    if (/\s/.test(c)) {
      i++
      continue
    }
    const pos = i
    if (c === '(' || c === ')' || c === ',') {
      tokens.push({ kind: c === '(' ? 'lparen' : c === ')' ? 'rparen' : 'comma', text: c, pos })
      i++
      continue
    }
    if (c === "'") {
      const { value, end } = readQuoted(src, i)
      tokens.push({ kind: 'string', text: src.slice(pos, end), pos, value, quote: "'" })
      i = end
      continue
    }
    if ('<>=!'.includes(c)) {
      while (i < src.length && '<>=!'.includes(src[i])) i++
      tokens.push({ kind: 'op', text: src.slice(pos, i), pos })
      continue
    }
    NUMBER.lastIndex = i
    const num = NUMBER.exec(src)
    if (num && (c === '-' || c === '.' || /\d/.test(c))) {
      tokens.push({ kind: 'number', text: num[0], pos, value: Number(num[0]) })
      i += num[0].length
      continue
    }
    if (c === '"' || c === '`' || WORD.test(c)) {
      // A dotted identifier; a lone double-quoted part is a string value (MLflow accepts both quotes).
      const parts: string[] = []
      const quoted: boolean[] = []
      let part = readPart(src, i)
      while (part) {
        parts.push(part.value)
        quoted.push(part.quoted)
        i = part.end
        if (src[i] !== '.') break
        part = readPart(src, i + 1)
        if (!part) throw invalidParam(`Invalid filter: expected a key after '${src.slice(pos, i + 1)}' ${at(i + 1)}. Back-quote keys with special characters, e.g. metrics.\`a/b\`.`)
      }
      const text = src.slice(pos, i)
      if (parts.length === 1 && c === '"') {
        tokens.push({ kind: 'string', text, pos, value: parts[0], quote: '"' })
      } else if (parts.length === 1 && !quoted[0] && KEYWORDS.has(parts[0].toUpperCase())) {
        tokens.push({ kind: 'keyword', text, pos, word: parts[0].toUpperCase() as Keyword })
      } else {
        tokens.push({ kind: 'ident', text, pos, parts, quoted })
      }
      continue
    }
    throw invalidParam(`Invalid filter: unexpected character '${c}' ${at(pos)}. Back-quote keys with special characters, e.g. metrics.\`a/b\`.`)
  }
  tokens.push({ kind: 'eof', text: '', pos: src.length })
  return tokens
}
