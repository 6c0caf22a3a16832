import { describe, expect, it } from 'vitest'
import { csvField, drawnToCsv, exportFileName, historiesToCsv } from './csv-export.ts'
import { drawLines } from './drawn-lines.ts'
import { buildLines } from './overlay-lines.ts'
import { historyFrom, pts, testRun } from './test-helpers.ts'

describe('csv export', () => {
  it.each([
    { v: 'plain', want: 'plain' },
    { v: 'a,b', want: '"a,b"' },
    { v: 'say "hi"', want: '"say ""hi"""' },
    { v: NaN, want: 'NaN' },
    { v: -Infinity, want: '-Infinity' },
    { v: 0.1, want: '0.1' },
  ])('field $v', ({ v, want }) => expect(csvField(v)).toBe(want))

  const runs = [testRun('a', { name: 'run,a' })]
  const history = historyFrom({ a: { loss: pts([1, NaN]) } })
  it('full data keeps every logged point, NaN included', () => {
    expect(historiesToCsv(runs, ['loss'], history).split('\r\n')).toEqual(['run_id,run_name,metric,step,timestamp,value', 'a,"run,a",loss,0,0,1', 'a,"run,a",loss,1,1000,NaN', ''])
  })
  it('drawn data lists what the chart shows', () => {
    const lines = buildLines({ runs, metricKeys: ['loss'], history, x: 'step', smoothing: 'ema', weight: 0.5, group: [], aggregate: 'mean', band: 'none' }).lines
    const csv = drawnToCsv(drawLines(lines, { buckets: 100 }), 'step').split('\r\n')
    expect(csv[0]).toBe('series,run_id,metric,role,step,value')
    expect(csv.filter((l) => l.includes(',main,'))).toHaveLength(2)
    expect(csv.filter((l) => l.includes(',raw,'))).toHaveLength(2)
  })
  it('file names are safe', () => expect(exportFileName(['system/gpu util', 'loss'], '-full', 'csv')).toBe('system_gpu_util+loss-full.csv'))
})
