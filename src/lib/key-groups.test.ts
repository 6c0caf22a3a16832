import { describe, expect, it } from 'vitest'
import { groupKeysByPrefix, keyPrefix, matchesKeyQuery, naturalCompare } from './key-groups.ts'

describe('keyPrefix', () => {
  it.each([
    ['model.backbone.name', 'model.'],
    ['system/gpu_0_utilization_percentage', 'system/'],
    ['optim.lr', 'optim.'],
    ['lr', ''],
    ['.hidden', ''],
    ['trailing.', ''],
    ['a/b.c', 'a/'],
  ])('%s → %j', (key, prefix) => expect(keyPrefix(key)).toBe(prefix))
})

describe('matchesKeyQuery', () => {
  it.each([
    ['model.backbone.name', '', true],
    ['model.backbone.name', '  ', true],
    ['model.backbone.name', 'BACK', true],
    ['model.backbone.name', 'model name', true],
    ['model.backbone.name', 'model lr', false],
    ['optim.lr', 'xyz', false],
  ])('%s ~ %j → %s', (key, q, ok) => expect(matchesKeyQuery(key, q)).toBe(ok))
})

describe('groupKeysByPrefix', () => {
  const keys = ['optim.lr', 'model.b', 'model.a', 'lr', 'system/gpu', 'system/cpu', 'solo.x', 'batch_size', 'lr']
  it('groups by first segment, loose keys first, singletons folded into loose', () => {
    expect(groupKeysByPrefix(keys)).toEqual([
      { prefix: '', keys: ['batch_size', 'lr', 'optim.lr', 'solo.x'] },
      { prefix: 'model.', keys: ['model.a', 'model.b'] },
      { prefix: 'system/', keys: ['system/cpu', 'system/gpu'] },
    ])
  })
  it('filters before grouping', () => {
    expect(groupKeysByPrefix(keys, 'gpu')).toEqual([{ prefix: '', keys: ['system/gpu'] }])
    expect(groupKeysByPrefix(keys, 'model')).toEqual([{ prefix: 'model.', keys: ['model.a', 'model.b'] }])
    expect(groupKeysByPrefix(keys, 'nothing')).toEqual([])
  })
  it('sorts naturally', () => {
    expect(groupKeysByPrefix(['l.layer10', 'l.layer2', 'l.Layer1'])[0].keys).toEqual(['l.Layer1', 'l.layer2', 'l.layer10'])
  })
  it('handles 10k keys quickly', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => `g${i % 50}.key_${i}`)
    const t = performance.now()
    const groups = groupKeysByPrefix(many, 'key_1')
    expect(performance.now() - t).toBeLessThan(500)
    expect(groups.reduce((n, g) => n + g.keys.length, 0)).toBe(many.filter((k) => k.includes('key_1')).length)
  })
})

describe('naturalCompare', () => {
  it.each([
    ['a2', 'a10', -1],
    ['B', 'a', 1],
    ['a', 'A', 1],
    ['x', 'x', 0],
  ])('%s vs %s', (a, b, sign) => expect(Math.sign(naturalCompare(a, b))).toBe(sign))
})
