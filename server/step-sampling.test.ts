import { describe, expect, it } from 'vitest'
import { intervalGrid, sampleSteps, StepUnion } from './step-sampling.ts'

/** MLflow 3.x `_get_sampled_steps_from_steps`, transcribed literally over a plain sorted list. */
function referenceSample(allSteps: number[], start: number, end: number, maxResults: number): number[] {
  const startIdx = allSteps.findIndex((s) => s >= start) === -1 ? allSteps.length : allSteps.findIndex((s) => s >= start)
  let endIdx = allSteps.length
  for (let i = 0; i < allSteps.length; i++)
    if (allSteps[i] > end) {
      endIdx = i
      break
    }
  if (endIdx - startIdx <= maxResults) return allSteps.slice(startIdx, endIdx)
  const out = new Set<number>()
  const interval = (endIdx - startIdx) / maxResults
  for (let i = 0; i < maxResults; i++) {
    const idx = startIdx + Math.floor(i * interval)
    if (idx < endIdx) out.add(allSteps[idx])
  }
  out.add(allSteps[endIdx - 1])
  return [...out].sort((a, b) => a - b)
}

describe('StepUnion', () => {
  it('merges overlapping and touching ranges and ranks steps', () => {
    const u = new StepUnion([[10, 12], [0, 3], [4, 5], [11, 20], [30, 30]])
    expect(u.size).toBe(6 + 11 + 1)
    expect([0, 5, 6, 16, 17].map((i) => u.at(i))).toEqual([0, 5, 10, 20, 30])
    expect(u.countBelow(0)).toBe(0)
    expect(u.countBelow(7)).toBe(6)
    expect(u.countAtMost(10)).toBe(7)
    expect(u.countAtMost(100)).toBe(18)
    expect(u.last()).toBe(30)
  })

  it('rangesOf groups consecutive steps', () => {
    expect(StepUnion.rangesOf([0, 1, 2, 5, 7, 8])).toEqual([[0, 2], [5, 5], [7, 8]])
    expect(new StepUnion([]).last()).toBeUndefined()
  })
})

describe('sampleSteps matches the MLflow algorithm', () => {
  const cases: { steps: number[]; start: number; end: number; max: number }[] = []
  let seed = 7
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % n
  }
  for (let k = 0; k < 200; k++) {
    const set = new Set<number>()
    const n = rand(300)
    for (let i = 0; i < n; i++) set.add(rand(500) - 20)
    const steps = [...set].sort((a, b) => a - b)
    const a = rand(520) - 20
    const b = a + rand(400)
    cases.push({ steps, start: a, end: b, max: 1 + rand(40) })
  }
  it('on 200 random step sets and windows', () => {
    for (const c of cases) {
      const union = new StepUnion(StepUnion.rangesOf(c.steps))
      const got = [...new Set(sampleSteps(union, c.start, c.end, c.max))].sort((x, y) => x - y)
      expect(got).toEqual(referenceSample(c.steps, c.start, c.end, c.max))
    }
  })
})

describe('intervalGrid', () => {
  it('reproduces the recorded 3-run example: 1200/1500/2000 steps at max_results=10 → 7/10/13 points', () => {
    const runs = [
      { minStep: 0, maxStep: 1199 },
      { minStep: 0, maxStep: 1499 },
      { minStep: 0, maxStep: 1999 },
    ]
    const grid = intervalGrid(new StepUnion(runs.map((r) => [r.minStep, r.maxStep] as const)), runs, 10)
    expect(grid).toEqual([0, 200, 400, 600, 800, 1000, 1199, 1200, 1400, 1499, 1600, 1800, 1999])
    expect(runs.map((r) => grid.filter((s) => s >= r.minStep && s <= r.maxStep).length)).toEqual([7, 10, 13])
  })

  it('window [100, 200] at max 5 gives 100..200 by 20 and drops first/last steps outside it', () => {
    const runs = [{ minStep: 0, maxStep: 1199 }]
    expect(intervalGrid(new StepUnion([[0, 1199]]), runs, 5, { start: 100, end: 200 })).toEqual([100, 120, 140, 160, 180, 200])
  })

  it('without a window starts at step 0 (negative steps are left out, as MLflow does)', () => {
    const runs = [{ minStep: -5, maxStep: 3 }]
    expect(intervalGrid(new StepUnion([[-5, 3]]), runs, 100)).toEqual([0, 1, 2, 3])
  })
})
