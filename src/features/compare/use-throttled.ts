import { useEffect, useRef, useState } from 'react'

/**
 * `value`, but changing at most once per `ms` while `stage` stays the same; a new `stage`
 * (e.g. first data, all data) shows the value at once. Used while histories stream in: every
 * arrival would otherwise re-downsample and redraw every chart, many times a second.
 */
export function useThrottled<T>(value: T, ms: number, stage: number): T {
  const [shown, setShown] = useState({ value, stage, at: 0 })
  const latest = useRef(value)
  const isUrgent = stage !== shown.stage
  useEffect(() => {
    latest.current = value
    if (Object.is(value, shown.value)) return
    const wait = isUrgent ? 0 : Math.max(0, shown.at + ms - performance.now())
    const timer = setTimeout(() => setShown({ value: latest.current, stage, at: performance.now() }), wait)
    return () => clearTimeout(timer)
  }, [value, shown, ms, stage, isUrgent])
  return isUrgent ? value : shown.value
}
