import { describe, expect, it } from 'vitest'
import { metricDeltaRows, paramsSummary } from './comparison.ts'

const m = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).map(([k, value]) => [k, { value }]))

describe('metricDeltaRows', () => {
  it('puts the focus metric first, val* next, skips system metrics, directions per key', () => {
    const rows = metricDeltaRows(m({ val_mAP: 0.4, val_loss: 1.2, lr: 0.02, 'system/gpu': 90, train_loss: Number.NaN }), m({ val_mAP: 0.45, val_loss: 1.0, lr: 0.01, train_loss: 0.5 }), 'val_mAP')
    expect(rows.map((r) => r.key)).toEqual(['val_mAP', 'val_loss', 'lr', 'train_loss'])
    expect(rows[0]).toMatchObject({ incumbent: 0.4, candidate: 0.45, isBetter: true })
    expect(rows[0]?.delta).toBeCloseTo(0.05)
    expect(rows[1]?.isBetter).toBe(true)
    expect(rows[2]).toMatchObject({ key: 'lr', isBetter: null })
    expect(rows[2]?.delta).toBeCloseTo(-0.01)
    expect(rows[3]).toMatchObject({ delta: null, isBetter: null })
  })
  it('keeps metrics only one side logged, with no delta', () => {
    expect(metricDeltaRows(m({ a: 1 }), m({ b: 2 }), 'x')).toEqual([
      { key: 'a', incumbent: 1, candidate: null, delta: null, isBetter: null },
      { key: 'b', incumbent: null, candidate: 2, delta: null, isBetter: null },
    ])
  })
})

describe('paramsSummary', () => {
  it('separates Hydra (dotted) keys and ignores formatting-only differences', () => {
    const s = paramsSummary({ 'optim.lr': '0.001', batch_size: '16', 'model.name': 'r50', seed: '1' }, { 'optim.lr': '1e-3', batch_size: '32', 'model.name': 'yolo', extra: 'x', seed: '1' })
    expect(s.differing).toBe(3)
    expect(s.hydra).toEqual([{ key: 'model.name', from: 'r50', to: 'yolo' }])
    expect(s.plain).toEqual([{ key: 'batch_size', from: '16', to: '32' }, { key: 'extra', from: '(absent)', to: 'x' }])
    expect(s.total).toBe(5)
  })
})
