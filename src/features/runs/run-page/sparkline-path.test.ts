import { describe, expect, it } from 'vitest'
import type { MetricPoint } from '../../../api/types.ts'
import { sparklineGeometry } from './sparkline-path.ts'

const pts = (values: number[]): MetricPoint[] => values.map((value, step) => ({ step, timestamp: step * 1000, value }))

describe('sparklineGeometry', () => {
  it.each([
    ['rising line spans the box (y down)', pts([0, 1, 2]), ['1,9 6,5 11,1'], [], 0],
    ['constant series sits in the middle', pts([3, 3]), ['1,5 11,5'], [], 0],
    ['NaN splits the line; lone points become dots', pts([0, NaN, 1, 2]), ['7.7,5 11,1'], [{ x: 1, y: 9 }], 1],
    ['all NaN/Inf draws nothing', pts([NaN, Infinity, -Infinity]), [], [], 3],
    ['single point is a centred dot', pts([5]), [], [{ x: 6, y: 5 }], 0],
    ['empty history', [], [], [], 0],
  ] as const)('%s', (_name, history, segments, dots, nonFinite) => {
    const g = sparklineGeometry(history, 12, 10)
    expect(g.segments).toEqual(segments)
    expect(g.dots).toEqual(dots)
    expect(g.nonFinite).toBe(nonFinite)
    expect(g.count).toBe(history.length)
  })

  it('sorts by step and keeps the last point of a repeated step', () => {
    const history: MetricPoint[] = [
      { step: 2, timestamp: 3, value: 2 },
      { step: 0, timestamp: 1, value: 0 },
      { step: 0, timestamp: 2, value: 1 },
    ]
    const g = sparklineGeometry(history, 12, 10)
    expect(g.count).toBe(2)
    expect(g.segments).toEqual(['1,9 11,1'])
  })

  it('reduces a long history to a few points per unit of width', () => {
    const history = pts(Array.from({ length: 10_000 }, (_, i) => Math.sin(i / 50)))
    const g = sparklineGeometry(history, 80, 20)
    const drawn = g.segments.join(' ').split(' ').length
    expect(drawn).toBeLessThanOrEqual(4 * 80)
    expect(drawn).toBeGreaterThan(80)
    expect(g.count).toBe(10_000)
  })
})
