import { describe, expect, it } from 'vitest'
import type { LatestMetric } from '../../../api/types.ts'
import { metricRows } from './metric-rows.ts'

const m = (key: string, value: number): LatestMetric => ({ key, value, step: 0, timestamp: 0 })
const metrics = { val_loss: m('val_loss', NaN), layer10: m('layer10', 1), layer2: m('layer2', Infinity), 'system/gpu': m('system/gpu', 3) }

describe('metricRows', () => {
  it.each([
    ['', ['layer2', 'layer10', 'system/gpu', 'val_loss']],
    [' LAYER', ['layer2', 'layer10']],
    ['system/', ['system/gpu']],
    ['zzz', []],
  ])('query %j', (query, keys) => {
    expect(metricRows(metrics, query).map((r) => r.key)).toEqual(keys)
  })
  it('keeps non-finite values as logged', () => {
    const values = metricRows(metrics).map((r) => r.value)
    expect(values[0]).toBe(Infinity)
    expect(Number.isNaN(values[3])).toBe(true)
  })
})
