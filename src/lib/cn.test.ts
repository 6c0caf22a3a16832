import { describe, expect, it } from 'vitest'
import { cn } from './cn.ts'

describe('cn', () => {
  it.each([
    [['a', 'b'], 'a b'],
    [['a', false, null, undefined, 0, ''], 'a'],
    [[], ''],
  ] as const)('%j → %s', (input, want) => expect(cn(...input)).toBe(want))
})
