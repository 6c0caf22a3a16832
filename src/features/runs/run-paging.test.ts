import { describe, expect, it } from 'vitest'
import { FIRST_REQUEST, nextBatchEnd, requestSize, RUNS_BATCH } from './run-paging.ts'

/** Offsets reached by following requestSize from 0 until `end`. */
function walk(end: number): number[] {
  const sizes: number[] = []
  for (let offset = 0; offset < end; offset += sizes.at(-1) ?? 0) sizes.push(requestSize(offset))
  return sizes
}

describe('requestSize', () => {
  it.each([
    [0, FIRST_REQUEST],
    [50, 300],
    [650, 300],
    [950, 50],
    [900, 100],
    [1000, 300],
    [1900, 100],
    [-5, FIRST_REQUEST],
  ])('at offset %i asks for %i runs', (offset, size) => {
    expect(requestSize(offset)).toBe(size)
  })

  it('fills each batch exactly, ending on multiples of 1,000', () => {
    expect(walk(RUNS_BATCH)).toEqual([50, 300, 300, 300, 50])
    expect(walk(2 * RUNS_BATCH)).toEqual([50, 300, 300, 300, 50, 300, 300, 300, 100])
  })

  it('never asks for more than MLflow allows nor for nothing', () => {
    for (let offset = 0; offset < 5000; offset += 37) {
      expect(requestSize(offset)).toBeGreaterThan(0)
      expect(requestSize(offset)).toBeLessThanOrEqual(1000)
    }
  })
})

describe('nextBatchEnd', () => {
  it.each([
    [0, 1000],
    [100, 1000],
    [999, 1000],
    [1000, 2000],
    [1200, 2000],
  ])('after %i runs, "Load more" loads up to %i', (loaded, end) => {
    expect(nextBatchEnd(loaded)).toBe(end)
  })
})
