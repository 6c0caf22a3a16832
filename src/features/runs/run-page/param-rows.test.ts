import { describe, expect, it } from 'vitest'
import { paramRows } from './param-rows.ts'

const params = { 'layer10.dim': '512', 'layer2.dim': '256', optimizer: 'SGD', lr: '0.02' }

describe('paramRows', () => {
  it.each([
    ['', ['layer2.dim', 'layer10.dim', 'lr', 'optimizer']],
    ['  LAYER ', ['layer2.dim', 'layer10.dim']],
    ['sgd', ['optimizer']],
    ['0.0', ['lr']],
    ['nothing', []],
  ])('query %j', (query, keys) => {
    expect(paramRows(params, query).map((r) => r.key)).toEqual(keys)
  })
  it('filters 5,000 params with 6,000-character values by key', () => {
    const many = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`p${i}`, 'v'.repeat(6000)]))
    const rows = paramRows(many, 'p49')
    expect(rows.length).toBe(111)
    expect(rows.slice(0, 3).map((r) => r.key)).toEqual(['p49', 'p490', 'p491'])
  })
})
