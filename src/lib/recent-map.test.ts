import { describe, expect, it } from 'vitest'
import { RecentMap } from './recent-map.ts'

describe('RecentMap', () => {
  it.each([
    { name: 'keeps the newest `capacity` entries', sets: ['a', 'b', 'c', 'd'], kept: ['b', 'c', 'd'] },
    { name: 'setting a key again makes it the newest', sets: ['a', 'b', 'c', 'a', 'd'], kept: ['c', 'a', 'd'] },
    { name: 'fewer than capacity: all kept', sets: ['a', 'b'], kept: ['a', 'b'] },
  ])('$name', ({ sets, kept }) => {
    const m = new RecentMap<string, number>(3)
    sets.forEach((k, i) => m.set(k, i))
    expect(m.size).toBe(kept.length)
    for (const k of ['a', 'b', 'c', 'd']) expect(m.get(k) !== undefined).toBe(kept.includes(k))
    expect(m.get(sets[sets.length - 1])).toBe(sets.length - 1)
  })

  it('clear empties it', () => {
    const m = new RecentMap<string, number>(2)
    m.set('a', 1)
    m.clear()
    expect(m.size).toBe(0)
    expect(m.get('a')).toBeUndefined()
  })
})
