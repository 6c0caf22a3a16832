import { describe, expect, it } from 'vitest'
import { assignColors, hashString, RUN_PALETTE, runColor, runColorIndex } from './run-colors.ts'

/** WCAG 2 relative luminance and contrast ratio, written out independently of the module. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

describe('RUN_PALETTE', () => {
  it('has 20 distinct #rrggbb colours', () => {
    expect(RUN_PALETTE).toHaveLength(20)
    expect(new Set(RUN_PALETTE).size).toBe(20)
    for (const c of RUN_PALETTE) expect(c).toMatch(/^#[0-9a-f]{6}$/)
  })

  it.each(RUN_PALETTE.map((c) => [c]))('%s reads on white and on the dark background (≥ 3:1)', (c) => {
    expect(contrast(c, '#ffffff')).toBeGreaterThanOrEqual(3)
    expect(contrast(c, '#111827')).toBeGreaterThanOrEqual(3)
  })
})

describe('hashString (FNV-1a 32-bit reference vectors)', () => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['b', 0xe70c2de5],
    ['foo', 0xa9f37ed7],
    ['foobar', 0xbf9cf968],
  ])('%j', (s, want) => {
    expect(hashString(s)).toBe(want)
  })
})

describe('runColor', () => {
  it.each([
    // index = hash % 20
    ['a', 0],
    ['foobar', 0],
    ['', 1],
    ['foo', 3],
    ['b', 17],
  ])('%j → palette[%i]', (id, index) => {
    expect(runColorIndex(id)).toBe(index)
    expect(runColor(id)).toBe(RUN_PALETTE[index])
  })

  it('is stable across calls', () => {
    const id = '4f1e2d3c5b6a79880123456789abcdef'
    expect(runColor(id)).toBe(runColor(id))
  })
})

describe('assignColors', () => {
  it.each([
    { name: 'no collision: everyone keeps their own colour', ids: ['a', 'b', 'foo'], want: { a: 0, b: 17, foo: 3 } },
    // 'a' and 'foobar' both want 0; 'a' sorts first and keeps it; 'foobar' takes 1 (nobody wants 1)
    { name: 'collision resolved by id order', ids: ['foobar', 'a', 'b'], want: { a: 0, foobar: 1, b: 17 } },
    // '' wants 1, so 'foobar' skips to 2
    { name: 'probing skips colours other ids prefer', ids: ['foobar', 'a', ''], want: { a: 0, '': 1, foobar: 2 } },
    { name: 'duplicates share one entry', ids: ['a', 'a', 'b'], want: { a: 0, b: 17 } },
    { name: 'empty', ids: [], want: {} },
  ])('$name', ({ ids, want }) => {
    const got = assignColors(ids)
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(Object.entries(want).map(([id, i]) => [id, RUN_PALETTE[i]])))
  })

  it('does not depend on list order', () => {
    const ids = ['run-1', 'run-2', 'a', 'foobar', 'b', 'c', 'foo']
    const forward = Object.fromEntries(assignColors(ids))
    const backward = Object.fromEntries(assignColors([...ids].reverse()))
    expect(backward).toEqual(forward)
  })

  it('gives 20 ids 20 distinct colours, and still colours a 21st', () => {
    const ids = Array.from({ length: 21 }, (_, i) => `run-${i}`)
    expect(new Set(assignColors(ids.slice(0, 20)).values()).size).toBe(20)
    const got = assignColors(ids)
    expect(got.size).toBe(21)
    expect(new Set(got.values()).size).toBe(20)
  })
})
