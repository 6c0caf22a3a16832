// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useThrottled } from './use-throttled.ts'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('useThrottled', () => {
  it('shows a new stage at once, throttles changes within a stage, and ends on the latest value', () => {
    const { result, rerender } = renderHook(({ v, stage }) => useThrottled(v, 500, stage), { initialProps: { v: 'a', stage: 0 } })
    expect(result.current).toBe('a')
    rerender({ v: 'b', stage: 1 }) // first data: immediately
    expect(result.current).toBe('b')
    act(() => void vi.advanceTimersByTime(0))
    expect(result.current).toBe('b')
    rerender({ v: 'c', stage: 1 })
    rerender({ v: 'd', stage: 1 })
    expect(result.current).toBe('b') // within the window: still the old value
    act(() => void vi.advanceTimersByTime(600))
    expect(result.current).toBe('d') // one update with the latest value, not one per change
    rerender({ v: 'e', stage: 2 }) // all data: immediately
    expect(result.current).toBe('e')
  })
})
