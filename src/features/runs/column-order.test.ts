import { describe, expect, it } from 'vitest'
import { dropPlaceAt, moveNextTo } from './column-order.ts'

const cols = ['a', 'b', 'c', 'd']

describe('moveNextTo', () => {
  it.each([
    ['d', 'a', 'before', ['d', 'a', 'b', 'c']],
    ['a', 'd', 'after', ['b', 'c', 'd', 'a']],
    ['a', 'c', 'before', ['b', 'a', 'c', 'd']],
    ['d', 'b', 'after', ['a', 'b', 'd', 'c']],
    ['b', 'c', 'after', ['a', 'c', 'b', 'd']],
  ] as const)('moves %s %s → %s %s', (id, target, place, expected) => {
    expect(moveNextTo(cols, id, target, place)).toEqual(expected)
  })

  it.each([
    ['a', 'a', 'before'],
    ['x', 'a', 'before'],
    ['a', 'x', 'after'],
    ['a', 'b', 'before'],
    ['b', 'a', 'after'],
  ] as const)('returns the same list when nothing changes (%s onto %s, %s)', (id, target, place) => {
    expect(moveNextTo(cols, id, target, place)).toBe(cols)
  })
})

describe('dropPlaceAt', () => {
  it.each([
    [100, 'before'],
    [149, 'before'],
    [150, 'after'],
    [199, 'after'],
  ] as const)('x=%i over [100, 200) drops %s', (x, place) => {
    expect(dropPlaceAt(x, { left: 100, width: 100 })).toBe(place)
  })
})
