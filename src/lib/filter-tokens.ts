/**
 * Tokenizer for MLflow run filters (`metrics.rmse < 1 and params.`model.name` = 'tree'`),
 * shared by the OR-splitter and autocomplete. It only finds token boundaries; MLflow's server
 * stays the judge of what a comparison means.
 */

export type FilterTokenType = 'ident' | 'string' | 'number' | 'op' | 'lparen' | 'rparen' | 'comma' | 'other'

export type FilterToken = {
  type: FilterTokenType
  /** Source text of the token, quotes included. */
  text: string
  /** Offsets into the source, `end` exclusive. */
  start: number
  end: number
  /** Set on a string or back-quoted identifier whose closing quote is missing. */
  unterminated?: boolean
}

const WORD = /[A-Za-z0-9_.]/
const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/

/** Reads a quoted run starting at `start` (the quote); backslash escapes the next char. */
function readQuoted(src: string, start: number): { end: number; closed: boolean } {
  const quote = src[start]
  for (let i = start + 1; i < src.length; i++) {
    if (src[i] === '\\') i++
    else if (src[i] === quote) return { end: i + 1, closed: true }
  }
  return { end: src.length, closed: false }
}

/**
 * Splits a filter into tokens; never throws. An identifier is a run of `[A-Za-z0-9_.]` plus
 * back-quoted segments, and a quoted segment right after a dot (``params.`a.b` ``, `tags."x y"`).
 * A run that parses as a number is a 'number'; AND/OR/IN/… stay 'ident' (see `isKeyword`).
 */
export function tokenizeFilter(src: string): FilterToken[] {
  const tokens: FilterToken[] = []
  let i = 0
  while (i < src.length) {
    const ch = src[i]
    if (/\s/.test(ch)) {
      i++
      continue
    }
    const start = i
    const push = (type: FilterTokenType, end: number, unterminated = false) => {
      tokens.push({ type, text: src.slice(start, end), start, end, ...(unterminated ? { unterminated } : {}) })
      i = end
    }
    if (ch === '(') push('lparen', i + 1)
    else if (ch === ')') push('rparen', i + 1)
    else if (ch === ',') push('comma', i + 1)
    else if (ch === "'" || ch === '"') {
      const q = readQuoted(src, i)
      push('string', q.end, !q.closed)
    } else if (/[=!<>]/.test(ch)) {
      const two = src.slice(i, i + 2)
      push('op', i + (['!=', '<=', '>=', '<>', '=='].includes(two) ? 2 : 1))
    } else if (WORD.test(ch) || ch === '`' || (ch === '-' && /[\d.]/.test(src[i + 1] ?? ''))) {
      let j = ch === '-' ? i + 1 : i
      let closed = true
      while (j < src.length) {
        const c = src[j]
        if (WORD.test(c)) j++
        // Exponent sign of a number such as 1e-3.
        else if ((c === '-' || c === '+') && /^-?[\d.]+[eE]$/.test(src.slice(start, j))) j++
        else if (c === '`' || ((c === '"' || c === "'") && src[j - 1] === '.')) {
          const q = readQuoted(src, j)
          j = q.end
          closed &&= q.closed
        } else break
      }
      const text = src.slice(start, j)
      push(NUMBER.test(text) ? 'number' : 'ident', j, !closed)
    } else push('other', i + 1)
  }
  return tokens
}

/** True when the token is the keyword `word` (case-insensitive), e.g. `isKeyword(t, 'AND')`. */
export function isKeyword(token: FilterToken | undefined, word: string): boolean {
  return token !== undefined && token.type === 'ident' && token.text.toUpperCase() === word
}
