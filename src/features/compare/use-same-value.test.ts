import { describe, expect, it } from 'vitest'
import { sameList } from './use-same-value.ts'

describe('sameList', () => {
  it.each([
    [[], [], true],
    [['a', 'b'], ['a', 'b'], true],
    [['a', 'b'], ['b', 'a'], false],
    [['a'], ['a', 'b'], false],
    [[['loss'], ['val_mAP', 'val_mAP50']], [['loss'], ['val_mAP', 'val_mAP50']], true],
    [[['loss'], ['val_mAP']], [['loss'], ['val_mAP50']], false],
    [[NaN], [NaN], true],
  ] as const)('%j vs %j → %s', (a, b, want) => {
    expect(sameList(a as readonly unknown[], b as readonly unknown[])).toBe(want)
  })
})
