import { useState } from 'react'

/** Element-wise equality of two lists (Object.is), nested one level for lists of lists. */
export function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const x = a[i]
    const y = b[i]
    if (Object.is(x, y)) continue
    if (Array.isArray(x) && Array.isArray(y) && sameList(x, y)) continue
    return false
  }
  return true
}

/**
 * `value`, or the instance this hook returned last time when `isEqual` says nothing changed.
 * The URL is parsed again on every change (a zoom), which makes new `runs` and `charts` arrays
 * with the same contents; memos and queries keyed by them would rebuild the whole view.
 */
export function useSameValue<T>(value: T, isEqual: (a: T, b: T) => boolean): T {
  const [kept, setKept] = useState(value)
  if (kept === value || isEqual(kept, value)) return kept
  // A state update during render: React re-renders this component at once with the new value.
  setKept(value)
  return value
}
