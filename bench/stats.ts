/** Summary of repeated measurements: median, min, max and how many samples there were. */
export type Summary = { median: number; min: number; max: number; n: number }

/**
 * Median, min and max of the finite samples (NaN/±Infinity are dropped, they mean "not
 * measured"). An even count takes the mean of the two middle values. Returns null when no
 * finite sample is left, so a missing figure is never printed as 0.
 */
export function summarize(samples: readonly number[]): Summary | null {
  const xs = samples.filter(Number.isFinite).sort((a, b) => a - b)
  if (xs.length === 0) return null
  const mid = xs.length >> 1
  const median = xs.length % 2 === 1 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2
  return { median, min: xs[0], max: xs[xs.length - 1], n: xs.length }
}

/** Runs `count` jobs with at most `concurrency` (≥1) in flight; rejects on the first failure. */
export async function pool(count: number, concurrency: number, job: (i: number) => Promise<void>): Promise<void> {
  let next = 0
  let failed = false
  const workers = Array.from({ length: Math.min(Math.max(1, concurrency), count) }, async () => {
    for (let i = next++; i < count && !failed; i = next++) {
      try {
        await job(i)
      } catch (err) {
        failed = true
        throw err
      }
    }
  })
  await Promise.all(workers)
}
