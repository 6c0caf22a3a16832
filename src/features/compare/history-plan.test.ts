import { describe, expect, it } from 'vitest'
import { CAPABILITIES_2X, CAPABILITIES_3X } from '../../api/server-info.ts'
import { planHistoryFetches, type PlanRun } from './history-plan.ts'

const run = (runId: string, step: number | undefined, isFinished = true): PlanRun => ({ runId, isFinished, latestSteps: step === undefined ? {} : { loss: step } })
const summary = (f: ReturnType<typeof planHistoryFetches>) => f.map((x) => `${x.kind}:${x.runIds.length}`)

describe('planHistoryFetches', () => {
  it.each([
    { name: '3.x: preview then per-run paged history', runs: [run('a', 9), run('b', 9)], caps: CAPABILITIES_3X, want: ['preview:2', 'history:1', 'history:1'] },
    { name: '3.x: 150 runs → 2 previews', runs: Array.from({ length: 150 }, (_, i) => run(`r${i}`, 9)), caps: CAPABILITIES_3X, want: ['preview:100', 'preview:50', ...Array(150).fill('history:1')] },
    { name: 'runs without the metric are skipped', runs: [run('a', undefined), run('b', 9)], caps: CAPABILITIES_3X, want: ['preview:1', 'history:1'] },
    { name: '2.x: bulk in chunks of ≤ 20', runs: Array.from({ length: 45 }, (_, i) => run(`r${i}`, 99)), caps: CAPABILITIES_2X, want: ['bulk:20', 'bulk:20', 'bulk:5'] },
    { name: '2.x: the 25,000-point cap splits chunks', runs: Array.from({ length: 4 }, (_, i) => run(`r${i}`, 9_999)), caps: CAPABILITIES_2X, want: ['bulk:2', 'bulk:2'] },
    { name: '2.x: a run too long for bulk gets paged history', runs: [run('a', 99), run('long', 20_000)], caps: CAPABILITIES_2X, want: ['history:1', 'bulk:1'] },
  ])('$name', ({ runs, caps, want }) => {
    expect(summary(planHistoryFetches(runs, ['loss'], caps))).toEqual(want)
  })
  it('a chunk is live when any of its runs is', () => {
    const [preview, a, b] = planHistoryFetches([run('a', 1), run('b', 1, false)], ['loss'], CAPABILITIES_3X)
    expect([preview.isFinished, a.isFinished, b.isFinished]).toEqual([false, true, false])
  })
  it('previews from the linked run ids start before the runs are known and keep their ids after', () => {
    const before = planHistoryFetches([], ['loss', 'acc'], CAPABILITIES_3X, ['a', 'b', 'c'])
    expect(before.map((f) => `${f.kind}:${f.metricKey}:${f.runIds.join(',')}`)).toEqual(['preview:loss:a,b,c', 'preview:acc:a,b,c'])
    const after = planHistoryFetches([run('a', 1), run('b', undefined)], ['loss'], CAPABILITIES_3X, ['a', 'b', 'c'])
    expect(summary(after)).toEqual(['preview:3', 'history:1'])
    expect(planHistoryFetches([], ['loss'], CAPABILITIES_2X, ['a'])).toEqual([])
  })
})
