import { describe, expect, it } from 'vitest'
import { compareMetric, metricKeysOf } from './metric-compare.ts'

const h = (...values: number[]) => values.map((value, i) => ({ step: i * 10, timestamp: i, value }))

describe('compareMetric', () => {
  it.each<[string, 'min' | 'max', (number[] | undefined)[], number | null, (number | null)[], (boolean | null)[]]>([
    ['loss, lower is better', 'min', [[1, 0.5, 0.6], [1, 0.3, 0.4], [2, 1]], 1, [0, -0.2, 0.4], [null, true, false]],
    ['mAP, higher is better', 'max', [[0.1, 0.3], [0.2, 0.5], undefined], 1, [0, 0.2, null], [null, true, null]],
    ['NaN never best, no delta', 'min', [[1, 0.5], [0.1, NaN]], 1, [0, null], [null, null]],
    ['baseline missing: no deltas', 'max', [undefined, [1], [2]], 2, [null, null, null], [null, null, null]],
    ['tie goes to earliest run', 'max', [[1], [2], [2]], 1, [0, 1, 1], [null, true, true]],
    ['all equal: no best run', 'max', [[1], [1]], null, [0, 0], [null, null]],
    ['all non-finite', 'max', [[NaN], [Infinity]], null, [null, null], [null, null]],
  ])('%s', (_name, direction, series, bestRun, deltas, improvements) => {
    const c = compareMetric('m', series.map((s) => (s ? h(...s) : undefined)), direction)
    expect(c.bestRunIndex).toBe(bestRun)
    expect(c.cells.map((cell) => (cell?.deltaLast === undefined || cell.deltaLast === null ? null : Number(cell.deltaLast.toFixed(6))))).toEqual(deltas)
    expect(c.cells.map((cell) => cell?.isImprovement ?? null)).toEqual(improvements)
  })

  it('reports last, min, max and the best step on unsorted input', () => {
    const points = [{ step: 20, timestamp: 3, value: 0.4 }, { step: 0, timestamp: 1, value: 1 }, { step: 10, timestamp: 2, value: 0.2 }]
    const cell = compareMetric('val_loss', [points], 'min').cells[0]
    expect(cell?.summary.last?.value).toBe(0.4)
    expect(cell?.summary.min?.value).toBe(0.2)
    expect(cell?.summary.max?.value).toBe(1)
    expect(cell?.summary.best?.step).toBe(10)
    expect(cell?.relativeLast).toBe(0)
  })
})

describe('metricKeysOf', () => {
  it('unions keys, system metrics last', () => {
    expect(metricKeysOf([{ val_mAP: 1, 'system/gpu': 1 }, { train_loss: 1, val_mAP: 2, 'system/cpu': 1 }])).toEqual(['train_loss', 'val_mAP', 'system/cpu', 'system/gpu'])
    expect(metricKeysOf([])).toEqual([])
  })
})
