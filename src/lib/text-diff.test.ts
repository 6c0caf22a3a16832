import { describe, expect, it } from 'vitest'
import { looksBinary, MAX_TEXT_DIFF_BYTES, sideBySideDiff, unifiedDiff, utf8Length, type UnifiedDiff, type UnifiedRow } from './text-diff'

const lines = (n: number, f = (i: number) => `line ${i}`) => Array.from({ length: n }, (_, i) => f(i + 1)).join('\n') + '\n'

function show(rows: UnifiedRow[]): string[] {
  return rows.map((r) =>
    r.kind === 'collapsed' ? `… ${r.count} @${r.oldStart}/${r.newStart}` : `${r.kind === 'add' ? '+' : r.kind === 'del' ? '-' : ' '}${r.oldNo ?? '_'}:${r.newNo ?? '_'} ${r.text}`,
  )
}

function ok(d: ReturnType<typeof unifiedDiff>): UnifiedDiff {
  if (d.tooLarge) throw new Error('unexpected tooLarge')
  return d
}

describe('unifiedDiff', () => {
  it.each([
    { name: 'one change in the middle', a: lines(10), b: lines(10, (i) => (i === 5 ? 'FIVE' : `line ${i}`)), context: 1, rows: ['… 3 @1/1', ' 4:4 line 4', '-5:_ line 5', '+_:5 FIVE', ' 6:6 line 6', '… 4 @7/7'] },
    { name: 'identical', a: lines(3), b: lines(3), context: 3, rows: ['… 3 @1/1'] },
    { name: 'empty vs text', a: '', b: 'x\ny\n', context: 3, rows: ['+_:1 x', '+_:2 y'] },
    { name: 'CRLF is not a change', a: 'a\r\nb\r\n', b: 'a\nb\n', context: 0, rows: ['… 2 @1/1'] },
    { name: 'missing final newline is not a change', a: 'a\nb', b: 'a\nb\n', context: 0, rows: ['… 2 @1/1'] },
    { name: 'insertion at end', a: 'a\n', b: 'a\nb\n', context: 0, rows: ['… 1 @1/1', '+_:2 b'] },
  ])('$name', ({ a, b, context, rows }) => {
    expect(show(ok(unifiedDiff(a, b, { context })).rows)).toEqual(rows)
  })

  it('builds hunks with unified ranges and splits far-apart changes', () => {
    const b = lines(30, (i) => (i === 3 || i === 25 ? `X${i}` : `line ${i}`))
    const d = ok(unifiedDiff(lines(30), b, { context: 2 }))
    expect(d.hunks.map((h) => [h.oldStart, h.oldLines, h.newStart, h.newLines])).toEqual([
      [1, 5, 1, 5],
      [23, 5, 23, 5],
    ])
    expect(d).toMatchObject({ added: 2, removed: 2, identical: false })
  })

  it('merges changes closer than 2×context into one hunk', () => {
    const b = lines(20, (i) => (i === 5 || i === 9 ? `X${i}` : `line ${i}`))
    expect(ok(unifiedDiff(lines(20), b, { context: 2 })).hunks).toHaveLength(1)
  })

  it('reports the preceding line for a pure insertion with no context', () => {
    const d = ok(unifiedDiff('a\nb\nc\n', 'a\nb\nNEW\nc\n', { context: 0 }))
    expect(d.hunks.map((h) => [h.oldStart, h.oldLines, h.newStart, h.newLines])).toEqual([[2, 0, 3, 1]])
  })

  it('flags a differing final newline without counting it', () => {
    expect(ok(unifiedDiff('a', 'a\n'))).toMatchObject({ identical: true, eofNewlineDiffers: true, hunks: [] })
  })

  it('refuses inputs over 5 MB', () => {
    const big = 'x'.repeat(MAX_TEXT_DIFF_BYTES + 1)
    expect(unifiedDiff(big, 'y')).toEqual({ tooLarge: true, reason: 'size', bytes: MAX_TEXT_DIFF_BYTES + 1 })
    expect(sideBySideDiff('y', big).tooLarge).toBe(true)
  })
})

describe('sideBySideDiff', () => {
  it('pairs deletions with additions and pads the longer side', () => {
    const d = sideBySideDiff('a\nb\nc\nz\n', 'a\nB\nC\nD\nz\n', { context: 5 })
    if (d.tooLarge) throw new Error('tooLarge')
    expect(d.rows.map((r) => (r.kind === 'collapsed' ? 'collapsed' : `${r.left?.no ?? '_'}${r.left?.text ?? ''}|${r.right?.no ?? '_'}${r.right?.text ?? ''}${r.changed ? '*' : ''}`))).toEqual([
      '1a|1a',
      '2b|2B*',
      '3c|3C*',
      '_|4D*',
      '4z|5z',
    ])
  })
  it('collapses far unchanged pairs', () => {
    const d = sideBySideDiff(lines(10), lines(10, (i) => (i === 10 ? 'TEN' : `line ${i}`)), { context: 1 })
    if (d.tooLarge) throw new Error('tooLarge')
    expect(d.rows[0]).toEqual({ kind: 'collapsed', count: 8, oldStart: 1, newStart: 1 })
    expect(d.rows).toHaveLength(3)
  })
})

describe('looksBinary / utf8Length', () => {
  it.each([
    ['plain text\nwith lines\t', false],
    ['', false],
    ['nul\u0000inside', true],
    ['\u0001\u0002\u0003\u0004abc', true],
    ['\ufffd\ufffd\ufffdab', true],
    ['ansi \u001b[31mred\u001b[0m', false],
    [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), true],
    [new TextEncoder().encode('héllo wörld'), false],
  ] as [string | Uint8Array, boolean][])('%j → %s', (input, expected) => {
    expect(looksBinary(input)).toBe(expected)
  })
  it.each([
    ['abc', 3],
    ['é', 2],
    ['€', 3],
    ['😀', 4],
  ])('utf8Length(%s) = %i', (s, n) => {
    expect(utf8Length(s)).toBe(n)
    expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length)
  })
})
