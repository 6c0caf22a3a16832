import { describe, expect, it } from 'vitest'
import { flattenRunTree } from './run-tree.ts'

type R = { id: string; parent?: string }
const flat = (items: R[], expanded: string[] = []) =>
  flattenRunTree(items, (r) => r.id, (r) => r.parent, new Set(expanded)).map((row) => `${'  '.repeat(row.depth)}${row.item.id}${row.childCount ? `(${row.childCount}${row.isExpanded ? '+' : ''})` : ''}`)

describe('flattenRunTree', () => {
  const items: R[] = [{ id: 'c1', parent: 'p' }, { id: 'a' }, { id: 'p' }, { id: 'c2', parent: 'p' }, { id: 'g', parent: 'c1' }, { id: 'orphan', parent: 'missing' }]
  it.each<[string, string[], string[]]>([
    ['collapsed: children hidden', [], ['a', 'p(2)', 'orphan']],
    ['expanded parent shows children in input order', ['p'], ['a', 'p(2+)', '  c1(1)', '  c2', 'orphan']],
    ['grandchildren need their own expansion', ['p', 'c1'], ['a', 'p(2+)', '  c1(1+)', '    g', '  c2', 'orphan']],
    ['expanding a child of a collapsed parent shows nothing', ['c1'], ['a', 'p(2)', 'orphan']],
  ])('%s', (_name, expanded, expected) => expect(flat(items, expanded)).toEqual(expected))

  it('breaks cycles and self-parents', () => {
    expect(flat([{ id: 'x', parent: 'y' }, { id: 'y', parent: 'x' }, { id: 's', parent: 's' }], ['x', 'y'])).toEqual(['x', 'y', 's'])
  })
  it('empty input', () => expect(flat([])).toEqual([]))
  it('keeps every item exactly once when all expanded', () => {
    const many: R[] = Array.from({ length: 500 }, (_, i) => ({ id: `r${i}`, parent: i % 5 ? `r${i - (i % 5)}` : undefined }))
    const rows = flattenRunTree(many, (r) => r.id, (r) => r.parent, new Set(many.map((r) => r.id)))
    expect(rows).toHaveLength(500)
    expect(new Set(rows.map((r) => r.item.id)).size).toBe(500)
  })
})
