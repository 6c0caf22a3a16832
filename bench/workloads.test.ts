import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { chunks, configOf, configYaml, CONFIGS, curvePoints, flattenConfig, TABLE, tableMetricKey, tableParamKey, tableRun } from './workloads.ts'

describe('workload (a): tableRun', () => {
  it('is deterministic per index and independent of generation order', () => {
    const forward = [0, 1, 2, 9999].map(tableRun)
    const backward = [9999, 2, 1, 0].map(tableRun).reverse()
    expect(backward).toEqual(forward)
    expect(tableRun(1)).not.toEqual(tableRun(2))
  })

  it('has 200 unique param keys and 30 unique metric keys, the same for every run', () => {
    const run = tableRun(42)
    expect(run.params).toHaveLength(TABLE.params)
    expect(new Set(run.params.map((p) => p.key)).size).toBe(TABLE.params)
    expect(run.metrics).toHaveLength(TABLE.metrics)
    expect(new Set(run.metrics.map((m) => m.key)).size).toBe(TABLE.metrics)
    expect(tableRun(7).params.map((p) => p.key)).toEqual(run.params.map((p) => p.key))
    expect(run.params[0].key).toBe(tableParamKey(0))
    expect(run.metrics[29].key).toBe(tableMetricKey(29))
  })

  it.each([0, 1, 5000, 9999])('run %i: names sort in index order; values fit MLflow limits', (i) => {
    const run = tableRun(i)
    expect(run.name).toBe(`table-${String(i).padStart(5, '0')}`)
    for (const p of run.params) expect(p.value.length).toBeLessThan(250)
    for (const m of run.metrics) expect(Number.isFinite(m.value)).toBe(true)
  })
})

describe('workload (b): curvePoints', () => {
  it('produces one point per step in [from, to), deterministic for any split of the range', () => {
    const whole = curvePoints(3, 1, 0, 2000)
    expect(whole.map((p) => p.step)).toEqual(Array.from({ length: 2000 }, (_, i) => i))
    expect(curvePoints(3, 1, 0, 2000)).toEqual(whole)
    expect([...curvePoints(3, 1, 0, 1000), ...curvePoints(3, 1, 1000, 2000)]).toEqual(whole)
    expect(whole.every((p) => p.key === 'val_loss' && Number.isFinite(p.value))).toBe(true)
  })

  it('differs between runs and metrics', () => {
    expect(curvePoints(0, 0, 0, 10)).not.toEqual(curvePoints(1, 0, 0, 10))
    expect(curvePoints(0, 0, 0, 10).map((p) => p.value)).not.toEqual(curvePoints(0, 1, 0, 10).map((p) => p.value))
  })
})

describe('workload (c): configs', () => {
  it('flattens to 2,000 unique dotted params', () => {
    const params = flattenConfig(configOf(0))
    expect(params).toHaveLength(CONFIGS.params)
    expect(new Set(params.map((p) => p.key)).size).toBe(CONFIGS.params)
    expect(params[0].key.split('.')).toHaveLength(3)
  })

  it('differs between runs in exactly every 20th leaf', () => {
    const a = flattenConfig(configOf(0))
    const b = flattenConfig(configOf(1))
    const differing = a.filter((p, i) => p.value !== b[i].value).length
    expect(differing).toBeGreaterThan(80)
    expect(differing).toBeLessThanOrEqual(CONFIGS.params / 20)
  })

  it('config.yaml parses back to the same tree as the params', () => {
    expect(parse(configYaml(4))).toEqual(configOf(4))
    expect(configYaml(4)).toBe(configYaml(4))
  })

  it.each([
    { xs: [1, 2, 3, 4, 5], size: 2, want: [[1, 2], [3, 4], [5]] },
    { xs: [], size: 3, want: [] },
    { xs: [1, 2], size: 0, want: [[1], [2]] },
  ])('chunks($xs, $size)', ({ xs, size, want }) => {
    expect(chunks(xs, size)).toEqual(want)
  })
})
