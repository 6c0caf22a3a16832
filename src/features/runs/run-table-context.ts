import { createContext, useContext, type MouseEvent } from 'react'
import type { Run } from '../../api/types.ts'
import type { SortItem } from '../../url/runs-search.ts'
import type { DropPlace } from './column-order.ts'
import type { AggregateLookup } from './run-columns.ts'
import type { MetricAgg } from './use-runs-table-prefs.ts'

/**
 * What header and cell components of the run table need beyond their row: selection,
 * expansion, sort and per-column actions. Provided by `RunTable`, so the column definitions
 * stay stable while selection or sort change.
 */
export type RunTableActions = {
  isSelected: (runId: string) => boolean
  toggleSelected: (runId: string) => void
  /** Whether none, some or all shown runs are selected (header checkbox). */
  selectionSummary: 'none' | 'some' | 'all'
  toggleSelectAll: () => void
  toggleExpanded: (runId: string) => void
  sort: readonly SortItem[]
  /** Cycles asc → desc → off; `isAdditive` (shift-click) keeps other sort keys. */
  toggleSort: (sortKey: string, isAdditive: boolean) => void
  /** True when sorting by this key happens in the browser (aggregates, split filters). */
  isBrowserSort: (sortKey: string) => boolean
  metricAgg: Record<string, MetricAgg>
  setMetricAgg: (metricKey: string, agg: MetricAgg) => void
  aggregate: AggregateLookup
  isAggLoading: (metricKey: string) => boolean
  pinColumn: (columnId: string, isPinned: boolean) => void
  moveColumn: (columnId: string, delta: -1 | 1) => void
  /** Drag and drop: `columnId` goes before / after `targetId` (both pinned or both not). */
  moveColumnTo: (columnId: string, targetId: string, place: DropPlace) => void
  removeColumn: (columnId: string) => void
  editRun: (run: Run) => void
  /** onClick of a plain `<a href>` in a cell: a plain left click navigates in-app, modified clicks stay the browser's. */
  followLink: (event: MouseEvent<HTMLAnchorElement>) => void
}

export const RunTableContext = createContext<RunTableActions | null>(null)

export function useRunTableActions(): RunTableActions {
  const ctx = useContext(RunTableContext)
  if (!ctx) throw new Error('useRunTableActions outside RunTableContext')
  return ctx
}
