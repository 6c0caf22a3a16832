import { describe, expect, it } from 'vitest'
import { settleCompareRuns, type RunQueryState } from './settle-compare-runs.ts'

const loaded = (data: string): RunQueryState<string> => ({ data, error: null, failureReason: null, failureCount: 0, isPending: false })
const loading: RunQueryState<string> = { data: undefined, error: null, failureReason: null, failureCount: 0, isPending: true }
const retrying = (why: string): RunQueryState<string> => ({ data: undefined, error: null, failureReason: why, failureCount: 1, isPending: true })
const failed = (why: string): RunQueryState<string> => ({ data: undefined, error: why, failureReason: why, failureCount: 3, isPending: false })
// A background refetch failing keeps the data: the run stays loaded.
const staleButLoaded: RunQueryState<string> = { data: 'c', error: 'refetch failed', failureReason: 'refetch failed', failureCount: 1, isPending: false }

describe('settleCompareRuns', () => {
  it.each([
    { name: 'all loaded', states: [loaded('a'), loaded('b')], runs: ['a', 'b'], failed: [], isPending: false, error: null },
    { name: 'one still loading: pending', states: [loaded('a'), loading], runs: ['a'], failed: [], isPending: true, error: null },
    { name: 'one retrying, the others loaded: not pending, listed as failed', states: [loaded('a'), retrying('503')], runs: ['a'], failed: [{ runId: 'r1', error: '503' }], isPending: false, error: null },
    { name: 'one retrying, another still loading: pending', states: [retrying('503'), loading], runs: [], failed: [{ runId: 'r0', error: '503' }], isPending: true, error: null },
    { name: 'one failed for good', states: [failed('404'), loaded('b')], runs: ['b'], failed: [{ runId: 'r0', error: '404' }], isPending: false, error: null },
    { name: 'every run failed (or retrying): the first error', states: [retrying('503'), failed('404')], runs: [], failed: [{ runId: 'r0', error: '503' }, { runId: 'r1', error: '404' }], isPending: false, error: '503' },
    { name: 'refetch error with data: loaded', states: [staleButLoaded], runs: ['c'], failed: [], isPending: false, error: null },
    { name: 'no runs', states: [], runs: [], failed: [], isPending: false, error: null },
  ])('$name', ({ name: _name, states, ...expected }) => {
    expect(settleCompareRuns(states.map((_, i) => `r${i}`), states)).toEqual(expected)
  })
})
