/**
 * A tiny line tokenizer for light syntax highlighting of YAML and JSON in diffs: keys,
 * strings, numbers, literals (true/false/null) and comments. It works one line at a time
 * (diff rows are lines), so multi-line constructs are not understood; that is fine for colour.
 * The tokens of a line always concatenate back to the line exactly.
 */
import type { TextLanguage } from './artifact-candidates.ts'

export type TokenKind = 'key' | 'string' | 'number' | 'literal' | 'comment' | 'punct' | 'plain'
export type Token = { kind: TokenKind; text: string }

const NUMBER = /^[-+]?(?:\d[\d_]*\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/
const YAML_LITERAL = /^(?:true|false|null|~|True|False|Null|NULL|TRUE|FALSE|\.inf|-\.inf|\.nan)$/

function push(out: Token[], kind: TokenKind, text: string) {
  if (text === '') return
  const last = out[out.length - 1]
  if (last && last.kind === kind) last.text += text
  else out.push({ kind, text })
}

function scalarKind(text: string): TokenKind {
  const t = text.trim()
  if (t === '') return 'plain'
  if (/^(['"]).*\1$/.test(t)) return 'string'
  if (NUMBER.test(t)) return 'number'
  if (YAML_LITERAL.test(t)) return 'literal'
  return 'string'
}

/** Splits a YAML value part into value and a trailing ` # comment`. */
function yamlValue(out: Token[], rest: string) {
  let quote: string | null = null
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i]
    if (quote) {
      if (ch === quote) quote = null
    } else if (ch === '"' || ch === "'") quote = ch
    else if (ch === '#' && (i === 0 || /\s/.test(rest[i - 1]))) {
      pushScalar(out, rest.slice(0, i))
      push(out, 'comment', rest.slice(i))
      return
    }
  }
  pushScalar(out, rest)
}

function pushScalar(out: Token[], text: string) {
  const m = /^(\s*)(.*?)(\s*)$/s.exec(text)
  if (!m) return push(out, 'plain', text)
  push(out, 'plain', m[1])
  const body = m[2]
  if (/^[[{]/.test(body)) push(out, 'punct', body)
  else push(out, scalarKind(body), body)
  push(out, 'plain', m[3])
}

function tokenizeYaml(line: string): Token[] {
  const out: Token[] = []
  const m = /^(\s*)((?:-\s+)*)(.*)$/s.exec(line)
  if (!m) return [{ kind: 'plain', text: line }]
  push(out, 'plain', m[1])
  push(out, 'punct', m[2])
  const rest = m[3]
  if (rest.startsWith('#')) {
    push(out, 'comment', rest)
    return out
  }
  // `key:` followed by a space or the end of the line; quoted keys allowed.
  const key = /^((?:"[^"]*"|'[^']*'|[^\s#'"][^#]*?))(\s*:)(?=\s|$)/.exec(rest)
  if (key) {
    push(out, 'key', key[1])
    push(out, 'punct', key[2])
    yamlValue(out, rest.slice(key[0].length))
  } else yamlValue(out, rest)
  return out
}

function tokenizeJson(line: string): Token[] {
  const out: Token[] = []
  const re = /("(?:[^"\\]|\\.)*"?)(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|\b(true|false|null|NaN|Infinity)\b|([{}[\],:])/g
  let at = 0
  for (let m = re.exec(line); m; m = re.exec(line)) {
    push(out, 'plain', line.slice(at, m.index))
    if (m[1] !== undefined) {
      push(out, m[2] ? 'key' : 'string', m[1])
      if (m[2]) push(out, 'punct', m[2])
    } else if (m[3] !== undefined) push(out, 'number', m[3])
    else if (m[4] !== undefined) push(out, 'literal', m[4])
    else push(out, 'punct', m[5] ?? '')
    at = m.index + m[0].length
  }
  push(out, 'plain', line.slice(at))
  return out
}

/**
 * Tokens of one line for `language`. `text` gives a single plain token (logs are shown as is).
 * Empty line → []. Never throws; the concatenated token texts equal `line`.
 */
export function tokenizeLine(line: string, language: TextLanguage): Token[] {
  if (line === '') return []
  if (language === 'yaml') return tokenizeYaml(line)
  if (language === 'json') return tokenizeJson(line)
  return [{ kind: 'plain', text: line }]
}
