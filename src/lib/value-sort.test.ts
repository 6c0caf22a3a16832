import { describe, expect, it } from 'vitest'
import { compareSortValues, sortByValues, type SortValue } from './value-sort.ts'

describe('sortByValues', () => {
  const vals: SortValue[] = [3, undefined, NaN, -Infinity, 'b', 1, Infinity, 'a10', 'a2']
  it.each<['asc' | 'desc', SortValue[]]>([
    ['asc', [-Infinity, 1, 3, Infinity, 'a2', 'a10', 'b', NaN, undefined]],
    ['desc', ['b', 'a10', 'a2', Infinity, 3, 1, -Infinity, NaN, undefined]],
  ])('%s keeps NaN and missing last', (dir, expected) => {
    expect(sortByValues(vals, [{ get: (v) => v, dir }])).toEqual(expected)
  })
  it('sorts by several keys and is stable', () => {
    const rows = [
      { id: 1, a: 1, b: 'x' },
      { id: 2, a: 0, b: 'y' },
      { id: 3, a: 1, b: 'a' },
      { id: 4, a: 1, b: 'a' },
    ]
    const out = sortByValues(rows, [{ get: (r) => r.a, dir: 'desc' }, { get: (r) => r.b, dir: 'asc' }])
    expect(out.map((r) => r.id)).toEqual([3, 4, 1, 2])
  })
  it('no specs → copy in input order', () => {
    const rows = [2, 1]
    const out = sortByValues(rows, [])
    expect(out).toEqual([2, 1])
    expect(out).not.toBe(rows)
  })
  it.each<[SortValue, SortValue, number]>([
    [undefined, undefined, 0],
    [NaN, NaN, 0],
    [1, 'a', -1],
  ])('compare %s %s', (a, b, sign) => expect(Math.sign(compareSortValues(a, b, 'asc'))).toBe(sign))
})
