import { describe, expect, it } from 'vitest'
import { FIXTURE_VERSIONS, fixture } from '../../testing/fixtures/load.ts'
import { bulkHistoryResponse, metricHistoryResponse } from './metric.ts'

describe.each(FIXTURE_VERSIONS)('metric history on %s', (v) => {
  it('val_loss of the diverged run ends in +Infinity (stored as MAX_VALUE)', () => {
    const { points, nextPageToken } = metricHistoryResponse.parse(fixture(v, 'metrics-get-history-nan').response.body)
    expect(points).toHaveLength(15)
    expect(points[0]).toEqual({ step: 45, timestamp: 1715017085423, value: 2.5930200802244734 })
    expect(points.filter((p) => p.value === Infinity).map((p) => p.step)).toEqual([630, 650])
    expect(points.every((p) => Number.isFinite(p.value) || p.value === Infinity)).toBe(true)
    expect(nextPageToken).toBeUndefined()
  })

  it.each([
    ['metrics-get-history-unknown-key', 0],
    ['metrics-get-history-slash-key', -1],
    ['metrics-get-history-max-results-25000', -1],
  ] as const)('%s → %s points (-1: some)', (name, count) => {
    const { points } = metricHistoryResponse.parse(fixture(v, name).response.body)
    if (count >= 0) expect(points).toHaveLength(count)
    else expect(points.length).toBeGreaterThan(0)
    const steps = points.map((p) => p.step)
    expect([...steps].sort((a, b) => a - b)).toEqual(steps)
  })

  it('bulk (ajax) points carry run ids; 3 runs × 20 eval points', () => {
    const fx = fixture(v, 'metrics-get-history-bulk-ajax')
    const points = bulkHistoryResponse.parse(fx.response.body)
    expect(new Set(points.map((p) => p.runId)).size).toBeGreaterThanOrEqual(1)
    expect(fx.truncated?.['$.metrics']).toBe(60)
    expect(points[0]).toMatchObject({ step: expect.any(Number), timestamp: expect.any(Number), value: expect.any(Number) })
  })
})

describe('NaN-values extract', () => {
  it.each(FIXTURE_VERSIONS)('%s: non-numeric points are "NaN" strings and decode to NaN', async (v) => {
    const raw = (await import(`../../testing/fixtures/${v}/metrics-get-history-nan-values.json`)) as { default: { examples: unknown[]; non_numeric_points: number } }
    const { points } = metricHistoryResponse.parse({ metrics: raw.default.examples })
    expect(raw.default.non_numeric_points).toBe(25)
    expect(points.length).toBeGreaterThan(0)
    expect(points.every((p) => Number.isNaN(p.value))).toBe(true)
    expect(points[0]?.step).toBe(625)
  })
})

describe('3.11 paging of get-history', () => {
  it.each([
    ['metrics-get-history-paged', [0, 1, 2, 3, 4], 5],
    ['metrics-get-history-page2', [5, 6, 7, 8, 9], 10],
    ['metrics-get-history', [], 0],
  ] as const)('%s → steps %j, next offset %s', (name, steps, next) => {
    const page = metricHistoryResponse.parse(fixture('v3.11', name).response.body)
    expect(page.points.map((p) => p.step)).toEqual(steps)
    expect(JSON.parse(atob(page.nextPageToken ?? ''))).toEqual({ offset: next })
  })

  it('2.10 ignores max_results and sends no token', () => {
    const fx = fixture('v2.10', 'metrics-get-history-paged')
    expect(fx.truncated?.['$.metrics']).toBe(1200)
    expect(metricHistoryResponse.parse(fx.response.body).nextPageToken).toBeUndefined()
  })

  it('bulk-interval returns per-run samples starting at each run\'s first step', () => {
    const points = bulkHistoryResponse.parse(fixture('v3.11', 'metrics-get-history-bulk-interval').response.body)
    const firstSteps = new Map<string, number>()
    for (const p of points) if (!firstSteps.has(p.runId)) firstSteps.set(p.runId, p.step)
    expect(firstSteps.size).toBeGreaterThanOrEqual(1)
    expect([...firstSteps.values()].every((s) => s === 0)).toBe(true)
    expect(points.slice(0, 3).map((p) => p.step)).toEqual([0, 200, 400])
  })

  it('step is optional on the wire and defaults to 0', () => {
    expect(metricHistoryResponse.parse({ metrics: [{ key: 'k', value: '-Infinity', timestamp: '7' }] }).points).toEqual([{ step: 0, timestamp: 7, value: -Infinity }])
  })
})
