/**
 * Line diffs of two texts (artifacts, YAML configs) for unified and side-by-side views, over
 * jsdiff's `diffLines`. Unchanged stretches far from a change are collapsed into one row.
 */
import { diffLines } from 'diff'

/** Inputs larger than this (UTF-8 bytes, either side) are not diffed. */
export const MAX_TEXT_DIFF_BYTES = 5 * 1024 * 1024

export type LineKind = 'context' | 'add' | 'del'
/** One line; numbers are 1-based, null on the side the line does not exist on. */
export type DiffLine = { kind: LineKind; oldNo: number | null; newNo: number | null; text: string }
/** Hidden unchanged lines; `oldStart`/`newStart` are the 1-based numbers of the first hidden line. */
export type CollapsedRow = { kind: 'collapsed'; count: number; oldStart: number; newStart: number }
export type UnifiedRow = DiffLine | CollapsedRow
export type Hunk = { oldStart: number; oldLines: number; newStart: number; newLines: number; lines: DiffLine[] }

export type SideCell = { no: number; text: string }
export type SideRow = { kind: 'pair'; left: SideCell | null; right: SideCell | null; changed: boolean } | CollapsedRow

export type TooLarge = { tooLarge: true; reason: 'size' | 'complexity'; bytes: number }
type Stats = { tooLarge: false; identical: boolean; added: number; removed: number; eofNewlineDiffers: boolean }
export type UnifiedDiff = Stats & { rows: UnifiedRow[]; hunks: Hunk[] }
export type SideBySideDiff = Stats & { rows: SideRow[] }

export type TextDiffOptions = {
  /** Unchanged lines kept around each change (default 3). */
  context?: number
  /** Give up (→ tooLarge 'complexity') after this many ms (default 3000). */
  timeoutMs?: number
}

/** UTF-8 byte length without allocating an encoded copy. */
export function utf8Length(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4
      i++
    } else n += 3
  }
  return n
}

function splitLines(value: string): string[] {
  const body = value.endsWith('\n') ? value.slice(0, -1) : value
  return body.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l))
}

function computeLines(a: string, b: string, timeoutMs: number): { lines: DiffLine[]; stats: Stats } | TooLarge {
  const bytes = Math.max(utf8Length(a), utf8Length(b))
  if (bytes > MAX_TEXT_DIFF_BYTES) return { tooLarge: true, reason: 'size', bytes }
  const changes = a === b ? [{ value: a, added: false, removed: false, count: 0 }] : diffLines(a, b, { timeout: timeoutMs, ignoreNewlineAtEof: true, stripTrailingCr: true })
  if (!changes) return { tooLarge: true, reason: 'complexity', bytes }
  const lines: DiffLine[] = []
  let oldNo = 1
  let newNo = 1
  let added = 0
  let removed = 0
  for (const ch of changes) {
    if (ch.value === '') continue
    for (const text of splitLines(ch.value)) {
      if (ch.added) {
        lines.push({ kind: 'add', oldNo: null, newNo: newNo++, text })
        added++
      } else if (ch.removed) {
        lines.push({ kind: 'del', oldNo: oldNo++, newNo: null, text })
        removed++
      } else lines.push({ kind: 'context', oldNo: oldNo++, newNo: newNo++, text })
    }
  }
  const eofNewlineDiffers = a !== '' && b !== '' && a.endsWith('\n') !== b.endsWith('\n')
  return { lines, stats: { tooLarge: false, identical: added === 0 && removed === 0, added, removed, eofNewlineDiffers } }
}

/**
 * Keeps rows within `context` of a changed row and replaces every other run of unchanged rows
 * with one CollapsedRow. `first(row)` gives the row's 1-based old/new line numbers.
 */
function collapse<R>(rows: R[], isChange: (r: R) => boolean, first: (r: R) => [number, number], context: number): (R | CollapsedRow)[] {
  const visible = new Uint8Array(rows.length)
  rows.forEach((r, i) => {
    if (!isChange(r)) return
    for (let j = Math.max(0, i - context); j <= Math.min(rows.length - 1, i + context); j++) visible[j] = 1
  })
  const out: (R | CollapsedRow)[] = []
  for (let i = 0; i < rows.length; ) {
    if (visible[i]) {
      out.push(rows[i++])
      continue
    }
    const start = i
    while (i < rows.length && !visible[i]) i++
    const [oldStart, newStart] = first(rows[start])
    out.push({ kind: 'collapsed', count: i - start, oldStart, newStart })
  }
  return out
}

const isCollapsed = (r: UnifiedRow | SideRow): r is CollapsedRow => r.kind === 'collapsed'

/**
 * Unified diff of `a` (old) and `b` (new): rows (lines plus collapsed regions, ready to
 * render) and hunks (the visible stretches with their `@@` ranges). CRLF vs LF and a missing
 * final newline are not differences (`eofNewlineDiffers` reports the latter). Identical texts
 * give one collapsed row and no hunks. Over 5 MB → `{tooLarge: true, reason: 'size'}`.
 */
export function unifiedDiff(a: string, b: string, options: TextDiffOptions = {}): UnifiedDiff | TooLarge {
  const computed = computeLines(a, b, options.timeoutMs ?? 3000)
  if ('tooLarge' in computed) return computed
  const { lines, stats } = computed
  const rows = collapse<DiffLine>(lines, (l) => l.kind !== 'context', (l) => [l.oldNo ?? 0, l.newNo ?? 0], options.context ?? 3)
  const hunks: Hunk[] = []
  let current: DiffLine[] = []
  // Last old/new line numbers before the current stretch: a side with no lines in a hunk
  // reports the line it comes after (unified-diff convention, e.g. `@@ -4,0 +5,2 @@`).
  let lastOld = 0
  let lastNew = 0
  const flush = () => {
    const olds = current.filter((l) => l.oldNo !== null)
    const news = current.filter((l) => l.newNo !== null)
    if (current.some((l) => l.kind !== 'context')) {
      hunks.push({ oldStart: olds[0]?.oldNo ?? lastOld, oldLines: olds.length, newStart: news[0]?.newNo ?? lastNew, newLines: news.length, lines: current })
    }
    lastOld = olds.at(-1)?.oldNo ?? lastOld
    lastNew = news.at(-1)?.newNo ?? lastNew
    current = []
  }
  for (const row of rows) {
    if (!isCollapsed(row)) {
      current.push(row)
      continue
    }
    flush()
    lastOld = row.oldStart + row.count - 1
    lastNew = row.newStart + row.count - 1
  }
  flush()
  return { ...stats, rows, hunks }
}

/**
 * Side-by-side diff: each row pairs an old line (left) with a new line (right). Within a
 * changed block, deleted and added lines are paired in order; the longer side gets `null`
 * partners. Same collapsing, guards and newline rules as `unifiedDiff`.
 */
export function sideBySideDiff(a: string, b: string, options: TextDiffOptions = {}): SideBySideDiff | TooLarge {
  const computed = computeLines(a, b, options.timeoutMs ?? 3000)
  if ('tooLarge' in computed) return computed
  const { lines, stats } = computed
  type Pair = Extract<SideRow, { kind: 'pair' }>
  const pairs: Pair[] = []
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]
    if (line.kind === 'context') {
      pairs.push({ kind: 'pair', left: { no: line.oldNo ?? 0, text: line.text }, right: { no: line.newNo ?? 0, text: line.text }, changed: false })
      i++
      continue
    }
    const dels: SideCell[] = []
    const adds: SideCell[] = []
    for (; i < lines.length && lines[i].kind !== 'context'; i++) {
      const l = lines[i]
      if (l.kind === 'del') dels.push({ no: l.oldNo ?? 0, text: l.text })
      else adds.push({ no: l.newNo ?? 0, text: l.text })
    }
    for (let k = 0; k < Math.max(dels.length, adds.length); k++) pairs.push({ kind: 'pair', left: dels[k] ?? null, right: adds[k] ?? null, changed: true })
  }
  // A pair with only one side still belongs to a position on the other side (for collapsed numbering).
  const rows = collapse<Pair>(pairs, (p) => p.changed, (p) => [p.left?.no ?? 0, p.right?.no ?? 0], options.context ?? 3)
  return { ...stats, rows }
}

/**
 * Heuristic binary check on the first 8,000 bytes/chars: a NUL, or more than 10% control
 * characters (other than tab, newline, carriage return, form feed, backspace, escape) or U+FFFD
 * replacement characters (bytes decoded as UTF-8 that were not text). Empty input → false.
 */
export function looksBinary(input: Uint8Array | string): boolean {
  const n = Math.min(input.length, 8000)
  if (n === 0) return false
  let odd = 0
  for (let i = 0; i < n; i++) {
    const c = typeof input === 'string' ? input.charCodeAt(i) : input[i]
    if (c === 0) return true
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 8 && c !== 27) || c === 0xfffd) odd++
  }
  return odd / n > 0.1
}
