import { describe, expect, it } from 'vitest'
import { defaultCharts, MAX_DEFAULT_CHARTS, toggleChart, updateChart } from './chart-list.ts'

describe('chart list', () => {
  it('defaults: one chart per metric, system/ last, natural order, capped', () => {
    expect(defaultCharts(['system/gpu', 'val_loss', 'loss10', 'loss2'])).toEqual([['loss2'], ['loss10'], ['val_loss'], ['system/gpu']])
    expect(defaultCharts(Array.from({ length: 40 }, (_, i) => `m${i}`))).toHaveLength(MAX_DEFAULT_CHARTS)
  })
  it.each([
    { charts: [['a']], key: 'b', on: true, want: [['a'], ['b']] },
    { charts: [['a']], key: 'a', on: true, want: [['a']] },
    { charts: [['a'], ['a', 'b']], key: 'a', on: false, want: [['a', 'b']] },
  ])('toggle $key on=$on', ({ charts, key, on, want }) => expect(toggleChart(charts, key, on)).toEqual(want))
  it.each([
    { index: 0, keys: ['a', 'c'], want: [['a', 'c'], ['b']] },
    { index: 1, keys: null, want: [['a']] },
    { index: 0, keys: [], want: [['b']] },
  ])('update #$index', ({ index, keys, want }) => expect(updateChart([['a'], ['b']], index, keys)).toEqual(want))
})
