/**
 * N-way comparison of run params (strings) against a baseline run (index 0).
 * Sized for 50 runs × 2,000 keys: one pass per row, parsing only values that differ as text.
 */
import { canonicalize, looksStructured, parsePythonLiteral } from './python-literal.ts'

/** How a cell relates to the baseline cell of its row. */
export type CellKind = 'same' | 'changed' | 'missing' | 'added'

/** Numeric change of a cell against the baseline; `ratio` is null when the baseline is 0. */
export type NumericDelta = { delta: number; ratio: number | null }

export type ParamRow = {
  key: string
  /** Raw values, one per run, `undefined` when the run lacks the key. */
  values: (string | undefined)[]
  /**
   * Per run: 'missing' when the run lacks the key (the baseline included), 'added' when it
   * has it but the baseline lacks it, else 'same' or 'changed' against the baseline.
   */
  kinds: CellKind[]
  /** True when any cell is not 'same' (a presence difference counts). */
  differs: boolean
  /** Per run, set only when the baseline and that cell both parse as finite numbers. */
  numeric: (NumericDelta | undefined)[] | undefined
}

const NUMERIC_RE = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/
const SCALAR_WORDS: Record<string, string> = { True: 'true', true: 'true', False: 'false', false: 'false', None: 'null', null: 'null' }

/** Parses a param as a finite number (`'3e-3'`, `' 1.0 '`); undefined for anything else. */
export function parseNumericParam(value: string): number | undefined {
  if (!NUMERIC_RE.test(value)) return undefined
  const n = Number(value)
  return Number.isFinite(n) ? n : undefined
}

/**
 * A formatting-free form of a param for equality: numbers by value ('1e-3' ≡ '0.001'),
 * True/true, False/false, None/null alike, and list/dict/tuple literals (JSON or Python) by
 * structure, dict keys unordered. Anything else is itself. `cache` memoises per raw string.
 */
export function normalizeParam(value: string, cache?: Map<string, string>): string {
  const hit = cache?.get(value)
  if (hit !== undefined) return hit
  let out = '\u0000s' + value
  const n = parseNumericParam(value)
  if (n !== undefined) out = '\u0000n' + String(n)
  else if (value in SCALAR_WORDS) out = '\u0000w' + SCALAR_WORDS[value]
  else if (looksStructured(value)) {
    const parsed = parsePythonLiteral(value)
    if (parsed.ok) out = '\u0000j' + canonicalize(parsed.value)
  }
  cache?.set(value, out)
  return out
}

type ParamColumns = { keys: readonly string[]; values: readonly (string | undefined)[] }

const columnCache = new WeakMap<object, ParamColumns>()

/**
 * Keys and values of one run's params in the same (insertion) order, remembered per params object.
 * `Object.keys` of a 2,000-key map costs ~0.3-0.8 ms; calling this as each run arrives moves that
 * work out of the final diff. The params object must not be mutated afterwards (query data is not).
 */
function paramColumns(params: Readonly<Record<string, string>>): ParamColumns {
  let cols = columnCache.get(params)
  if (!cols) {
    const keys = Object.keys(params)
    // Own values only (never inherited members such as `toString`); a non-string is no param.
    const values = keys.map((k) => { const v: unknown = params[k]; return typeof v === 'string' ? v : undefined })
    cols = { keys, values }
    columnCache.set(params, cols)
  }
  return cols
}

/**
 * The keys of one run's params, remembered per params object (treat the result as read-only).
 * Call it as each run arrives to take the key (and value) listing out of the final diff.
 */
export function paramKeys(params: Readonly<Record<string, string>>): readonly string[] {
  return paramColumns(params).keys
}

const sameKeys = (a: readonly string[], b: readonly string[]) => {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Each run's values aligned to `keys` (sorted union): column[i][row]. Runs logged from the same
 * config have the same keys in the same order, so one key → row lookup per key of the first run
 * serves all of them; only runs with other keys pay a lookup per key.
 */
function alignColumns(cols: readonly ParamColumns[]): { keys: string[]; aligned: (string | undefined)[][] } {
  const first = cols[0].keys
  const same = cols.map((c) => sameKeys(c.keys, first))
  let keys: string[]
  if (same.every(Boolean)) keys = [...first]
  else {
    const set = new Set<string>()
    for (const c of cols) for (const k of c.keys) set.add(k)
    keys = [...set]
  }
  keys.sort(byCodeUnits)
  const rowOf = new Map<string, number>()
  for (let r = 0; r < keys.length; r++) rowOf.set(keys[r], r)
  const firstRows = first.map((k) => rowOf.get(k) ?? 0)
  const aligned = cols.map((c, i) => {
    const column = new Array<string | undefined>(keys.length).fill(undefined)
    const rows = same[i] ? firstRows : c.keys.map((k) => rowOf.get(k) ?? 0)
    for (let j = 0; j < rows.length; j++) column[rows[j]] = c.values[j]
    return column
  })
  return { keys, aligned }
}

/**
 * Compares params of N runs; run 0 is the baseline. Returns one row per key in the union of
 * all runs, sorted by key (code-unit order). Formatting-only differences are not differences
 * (see `normalizeParam`). Empty input → [].
 *
 * Cost: each run's values are first laid out by row (array writes, no per-cell key lookups);
 * rows whose values are all the identical string (the vast majority in a sweep) share one
 * frozen `kinds` array and one frozen `numeric` array, so only differing rows allocate per
 * cell. Treat the returned arrays as read-only. 50 runs × 2,000 keys take a few ms.
 */
export function diffParams(runs: readonly Readonly<Record<string, string>>[]): ParamRow[] {
  const n = runs.length
  if (n === 0) return []
  const { keys, aligned } = alignColumns(runs.map(paramColumns))
  const cache = new Map<string, string>()
  const allSame: readonly CellKind[] = Object.freeze(new Array<CellKind>(n).fill('same'))
  const unitDelta = Object.freeze({ delta: 0, ratio: 1 })
  const zeroDelta = Object.freeze({ delta: 0, ratio: null })
  const unitRow = Object.freeze(new Array<NumericDelta>(n).fill(unitDelta))
  const zeroRow = Object.freeze(new Array<NumericDelta>(n).fill(zeroDelta))
  const rows: ParamRow[] = new Array(keys.length)
  const baseColumn = aligned[0]
  for (let r = 0; r < keys.length; r++) {
    const key = keys[r]
    const values: (string | undefined)[] = new Array(n)
    const base = baseColumn[r]
    let identical = base !== undefined
    for (let i = 0; i < n; i++) {
      const v = aligned[i][r]
      values[i] = v
      if (v !== base) identical = false
    }
    const baseNum = base === undefined ? undefined : parseNumericParam(base)
    if (identical) {
      const numeric = baseNum === undefined ? undefined : baseNum === 0 ? zeroRow : unitRow
      rows[r] = { key, values, kinds: allSame as CellKind[], differs: false, numeric: numeric as (NumericDelta | undefined)[] | undefined }
      continue
    }
    rows[r] = diffRow(key, values, base, baseNum, cache)
  }
  return rows
}

/** One row whose values are not all the identical string: per-cell kinds and numeric deltas. */
function diffRow(key: string, values: (string | undefined)[], base: string | undefined, baseNum: number | undefined, cache: Map<string, string>): ParamRow {
  const n = values.length
  const kinds: CellKind[] = new Array(n)
  let baseNorm: string | undefined
  let numeric: (NumericDelta | undefined)[] | undefined
  let differs = false
  for (let i = 0; i < n; i++) {
    const v = values[i]
    let kind: CellKind
    if (v === undefined) kind = 'missing'
    else if (base === undefined) kind = 'added'
    else if (v === base) kind = 'same'
    else {
      baseNorm ??= normalizeParam(base, cache)
      kind = normalizeParam(v, cache) === baseNorm ? 'same' : 'changed'
    }
    kinds[i] = kind
    if (kind !== 'same') differs = true
    if (baseNum !== undefined && v !== undefined) {
      const num = v === base ? baseNum : parseNumericParam(v)
      if (num !== undefined) {
        numeric ??= new Array(n).fill(undefined)
        numeric[i] = { delta: num - baseNum, ratio: baseNum === 0 ? null : num / baseNum }
      }
    }
  }
  return { key, values, kinds, differs, numeric }
}

export type RowFilter = { search?: string; differencesOnly?: boolean }

/**
 * Keeps rows matching every whitespace-separated search term (case-insensitive substring of
 * the key or of any value) and, with `differencesOnly`, only rows that differ. Returns the
 * input array itself when nothing filters.
 */
export function filterRows<R extends Pick<ParamRow, 'key' | 'values' | 'differs'>>(rows: readonly R[], filter: RowFilter): readonly R[] {
  const terms = (filter.search ?? '').toLowerCase().split(/\s+/).filter(Boolean)
  if (terms.length === 0 && !filter.differencesOnly) return rows
  return rows.filter((row) => {
    if (filter.differencesOnly && !row.differs) return false
    return terms.every((t) => row.key.toLowerCase().includes(t) || row.values.some((v) => v !== undefined && v.toLowerCase().includes(t)))
  })
}
