import { useCallback, useEffect, useRef } from 'react'

/** Performance marks the benchmark reads. */
export const MARK_PAINTED = 'runlens:chart-painted'
export const MARK_FULL_FIDELITY = 'runlens:chart-full-fidelity'

function markOnce(name: string) {
  if (typeof performance === 'undefined' || performance.getEntriesByName(name, 'mark').length > 0) return
  performance.mark(name)
}

/**
 * Returns the `onPainted(chartKey, isFull)` callback for the charts: the first paint with data
 * marks `runlens:chart-painted`; once every chart has painted from full histories (and all
 * histories are full), `runlens:chart-full-fidelity`. Each mark is set once per page load.
 */
export function usePaintMarks(chartCount: number, isFullFidelity: boolean): (chartKey: string, isFull: boolean) => void {
  const fullCharts = useRef(new Set<string>())
  const state = useRef({ chartCount, isFullFidelity })
  useEffect(() => {
    state.current = { chartCount, isFullFidelity }
  })
  return useCallback((chartKey: string, isFull: boolean) => {
    markOnce(MARK_PAINTED)
    if (!isFull) return
    fullCharts.current.add(chartKey)
    if (state.current.isFullFidelity && fullCharts.current.size >= state.current.chartCount) markOnce(MARK_FULL_FIDELITY)
  }, [])
}
