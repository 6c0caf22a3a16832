import { createContext, useContext } from 'react'
import type { CompareSearch } from '../../url/compare-search.ts'
import type { HistoryView, OverlayRun } from './overlay-lines.ts'

/** What every chart of the compare view shares (runs, data, settings, hover, legend, zoom). */
export type CompareChartsContextValue = {
  runs: readonly OverlayRun[]
  history: (runId: string, metricKey: string) => HistoryView | undefined
  settings: CompareSearch
  allMetricKeys: readonly string[]
  isFullFidelity: boolean
  hoveredRunId: string | null
  onHoverRun: (runId: string | null) => void
  legendSelected: Record<string, boolean>
  onLegendChange: (selected: Record<string, boolean>) => void
  /** The shared zoom of step and time charts (kept in the URL). */
  onZoom: (zoom: [number, number] | null) => void
  /** Zoom of the system/ charts on the step axis (sample index), shared among them only. */
  systemZoom: [number, number] | null
  onSystemZoom: (zoom: [number, number] | null) => void
  /** A chart finished painting data (`isFull`: from full histories only). */
  onPainted: (chartKey: string, isFull: boolean) => void
}

export const CompareChartsContext = createContext<CompareChartsContextValue | null>(null)

export function useCompareChartsContext(): CompareChartsContextValue {
  const ctx = useContext(CompareChartsContext)
  if (!ctx) throw new Error('useCompareChartsContext outside CompareChartsContext')
  return ctx
}
