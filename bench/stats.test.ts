import { describe, expect, it } from 'vitest'
import { pool, summarize } from './stats.ts'

describe('summarize', () => {
  it.each([
    { samples: [3], want: { median: 3, min: 3, max: 3, n: 1 } },
    { samples: [5, 1, 3], want: { median: 3, min: 1, max: 5, n: 3 } },
    { samples: [4, 1, 3, 2], want: { median: 2.5, min: 1, max: 4, n: 4 } },
    { samples: [10, Number.NaN, 20, Number.POSITIVE_INFINITY, 30], want: { median: 20, min: 10, max: 30, n: 3 } },
    { samples: [-1, -1, 7], want: { median: -1, min: -1, max: 7, n: 3 } },
  ])('$samples → $want', ({ samples, want }) => {
    expect(summarize(samples)).toEqual(want)
  })

  it.each([[[]], [[Number.NaN]], [[Number.NEGATIVE_INFINITY, Number.NaN]]])('no finite sample %j → null', (samples) => {
    expect(summarize(samples)).toBeNull()
  })

  it('does not reorder the caller’s array', () => {
    const xs = [3, 1, 2]
    summarize(xs)
    expect(xs).toEqual([3, 1, 2])
  })
})

describe('pool', () => {
  it.each([
    { count: 0, concurrency: 4 },
    { count: 10, concurrency: 3 },
    { count: 3, concurrency: 8 },
    { count: 5, concurrency: 0 },
  ])('runs every job once with at most `concurrency` in flight ($count jobs, $concurrency)', async ({ count, concurrency }) => {
    const seen: number[] = []
    let inFlight = 0
    let peak = 0
    await pool(count, concurrency, async (i) => {
      inFlight++
      peak = Math.max(peak, inFlight)
      await new Promise((r) => setTimeout(r, 1))
      seen.push(i)
      inFlight--
    })
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i))
    expect(peak).toBeLessThanOrEqual(Math.max(1, concurrency))
  })

  it('rejects on the first failure and starts no new jobs after it', async () => {
    const started: number[] = []
    await expect(pool(20, 2, async (i) => {
      started.push(i)
      await new Promise((r) => setTimeout(r, 1))
      if (i === 3) throw new Error('boom')
    })).rejects.toThrow('boom')
    expect(started.length).toBeLessThan(20)
  })
})
