import { describe, expect, it } from 'vitest'
import { buildCurvesOption, buildVersionMetricOption, versionMarker } from './chart-options.ts'

describe('buildVersionMetricOption', () => {
  it('orders versions numerically, gaps for missing values, colours by stage', () => {
    const option = buildVersionMetricOption('val_mAP', [
      { version: '10', value: 0.5, stage: 'None', aliases: [] },
      { version: '2', value: 0.42, stage: 'Production', aliases: ['champion'] },
      { version: '3', value: null, stage: 'Staging', aliases: ['challenger'] },
      { version: '1', value: Number.NaN, stage: 'Archived', aliases: [] },
    ])
    expect((option.xAxis as { data: string[] }).data).toEqual(['v1', 'v2', 'v3', 'v10'])
    const series = (option.series as { data: { value: unknown; itemStyle: { color: string } }[]; label: { formatter: (p: { dataIndex: number }) => string } }[])[0]
    expect(series?.data.map((d) => d.value)).toEqual(['-', 0.42, '-', 0.5])
    expect(series?.data[1]?.itemStyle.color).toBe('#059669')
    expect(series?.label.formatter({ dataIndex: 1 })).toBe('Production · @champion')
    expect(series?.label.formatter({ dataIndex: 3 })).toBe('')
  })

  it('markers list stage then sorted aliases', () => {
    expect(versionMarker({ stage: 'Staging', aliases: ['z', 'a'] })).toBe('Staging · @a · @z')
    expect(versionMarker({ stage: 'None', aliases: ['canary'] })).toBe('@canary')
  })
})

describe('buildCurvesOption', () => {
  it('one line per run, sorted by step, non-finite values as gaps', () => {
    const option = buildCurvesOption('val_mAP', [
      { name: 'v2', color: '#111111', points: [{ step: 20, value: 0.4 }, { step: 10, value: Number.POSITIVE_INFINITY }] },
      { name: 'v3', color: '#222222', points: [{ step: 10, value: 0.3 }] },
    ])
    const series = option.series as { name: string; data: unknown[] }[]
    expect(series.map((s) => s.name)).toEqual(['v2', 'v3'])
    expect(series[0]?.data).toEqual([[10, '-'], [20, 0.4]])
    expect((option.legend as { data: string[] }).data).toEqual(['v2', 'v3'])
  })
})
