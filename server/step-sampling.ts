/**
 * The step grid of metrics/get-history-bulk-interval (MLflow 3.x `_get_sampled_steps`), computed
 * without materialising every step: the union of the runs' steps is kept as sorted, disjoint,
 * inclusive integer ranges, so 100 runs × 50,000 contiguous steps cost 100 ranges, not 5M ints.
 */

/** A sorted set of integer steps stored as disjoint inclusive ranges. */
export class StepUnion {
  private readonly lo: number[] = []
  private readonly hi: number[] = []
  /** before[i] = number of steps in ranges 0..i-1. */
  private readonly before: number[] = []
  readonly size: number

  /** `ranges`: inclusive [lo, hi] pairs in any order, may overlap or touch. */
  constructor(ranges: Array<readonly [number, number]>) {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0])
    for (const [a, b] of sorted) {
      const last = this.hi.length - 1
      if (last >= 0 && a <= this.hi[last] + 1) this.hi[last] = Math.max(this.hi[last], b)
      else {
        this.lo.push(a)
        this.hi.push(b)
      }
    }
    let n = 0
    for (let i = 0; i < this.lo.length; i++) {
      this.before.push(n)
      n += this.hi[i] - this.lo[i] + 1
    }
    this.size = n
  }

  /** Turns a sorted list of distinct steps into ranges (consecutive steps merge). */
  static rangesOf(steps: number[]): Array<[number, number]> {
    const out: Array<[number, number]> = []
    for (const s of steps) {
      const last = out[out.length - 1]
      if (last && s === last[1] + 1) last[1] = s
      else out.push([s, s])
    }
    return out
  }

  /** Number of steps < x (Python's bisect_left on the sorted step list). */
  countBelow(x: number): number {
    // Last range whose lo < x.
    let l = 0
    let r = this.lo.length - 1
    let idx = -1
    while (l <= r) {
      const m = (l + r) >> 1
      if (this.lo[m] < x) {
        idx = m
        l = m + 1
      } else r = m - 1
    }
    if (idx < 0) return 0
    return this.before[idx] + Math.min(this.hi[idx], x - 1) - this.lo[idx] + 1
  }

  /** Number of steps ≤ x (bisect_right). */
  countAtMost(x: number): number {
    return this.countBelow(x + 1)
  }

  /** The step with rank `i` (0-based) in ascending order. */
  at(i: number): number {
    let l = 0
    let r = this.lo.length - 1
    while (l < r) {
      const m = (l + r + 1) >> 1
      if (this.before[m] <= i) l = m
      else r = m - 1
    }
    return this.lo[l] + (i - this.before[l])
  }

  /** The largest step, or undefined when empty. */
  last(): number | undefined {
    return this.hi.length ? this.hi[this.hi.length - 1] : undefined
  }
}

/**
 * MLflow's `_get_sampled_steps_from_steps`: all steps in [start, end] when there are at most
 * `maxResults` of them, else `maxResults` steps evenly spaced by rank plus the last step in range.
 */
export function sampleSteps(union: StepUnion, start: number, end: number, maxResults: number): number[] {
  const startIdx = union.countBelow(start)
  const endIdx = union.countAtMost(end)
  const out: number[] = []
  if (endIdx - startIdx <= maxResults) {
    for (let i = startIdx; i < endIdx; i++) out.push(union.at(i))
    return out
  }
  const interval = (endIdx - startIdx) / maxResults
  for (let i = 0; i < maxResults; i++) {
    const idx = startIdx + Math.floor(i * interval)
    if (idx < endIdx) out.push(union.at(idx))
  }
  out.push(union.at(endIdx - 1))
  return out
}

/** Step range of one run: its first and last step. */
export type RunSteps = { minStep: number; maxStep: number }

/**
 * The shared step grid of a bulk-interval request: sampled steps of the union in [start, end]
 * (default [0, last step]) plus every run's first and last step that falls in the window,
 * sorted ascending without duplicates.
 */
export function intervalGrid(union: StepUnion, runs: RunSteps[], maxResults: number, window?: { start: number; end: number }): number[] {
  const start = window?.start ?? 0
  const end = window?.end ?? union.last() ?? 0
  const set = new Set<number>(sampleSteps(union, start, end, maxResults))
  for (const r of runs) {
    for (const s of [r.minStep, r.maxStep]) if (s >= start && s <= end) set.add(s)
  }
  return [...set].sort((a, b) => a - b)
}
