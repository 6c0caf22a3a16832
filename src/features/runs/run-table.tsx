import { useTable, type ColumnPinningState, type ColumnSizingState, type Updater } from '@tanstack/react-table'
import { useEffect, useMemo } from 'react'
import { DataTable } from '../../components/ui/data-table.tsx'
import { dataTableFeatures } from '../../components/ui/data-table-features.ts'
import { EmptyState } from '../../components/ui/empty-state.tsx'
import { sortKeyFor } from './run-columns.ts'
import { buildRunColumns, NAME_COLUMN, SELECT_COLUMN, type RunRow } from './run-table-columns.tsx'
import { RunTableContext, type RunTableActions } from './run-table-context.ts'

// The benchmark reads this mark; it is set once per page load, when rows first reach the screen.
let hasMarkedPaint = false

type RunTableProps = {
  rows: RunRow[]
  columnIds: string[]
  pinning: ColumnPinningState
  sizing: ColumnSizingState
  onPinningChange: (u: Updater<ColumnPinningState>) => void
  onSizingChange: (u: Updater<ColumnSizingState>) => void
  actions: RunTableActions
  onNearEnd: () => void
  emptyMessage: string
}

/** The run grid: TanStack Table for column sizing and pinning, `DataTable` for virtualised rendering. */
export function RunTable({ rows, columnIds, pinning, sizing, onPinningChange, onSizingChange, actions, onNearEnd, emptyMessage }: RunTableProps) {
  const pinnedSet = useMemo(() => new Set(pinning.start), [pinning.start])
  const columns = useMemo(() => buildRunColumns(columnIds, pinnedSet), [columnIds, pinnedSet])
  // Select and name columns always lead the sticky region; user pins follow in their order.
  const columnPinning = useMemo(() => ({ start: [SELECT_COLUMN, NAME_COLUMN, ...pinning.start.filter((id) => id !== SELECT_COLUMN && id !== NAME_COLUMN && columnIds.includes(id))], end: [] }), [pinning.start, columnIds])
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: rows,
    getRowId: (r) => r.item.info.runId,
    state: { columnPinning, columnSizing: sizing },
    onColumnPinningChange: onPinningChange,
    onColumnSizingChange: onSizingChange,
    columnResizeMode: 'onChange',
  })
  useEffect(() => {
    if (hasMarkedPaint || rows.length === 0) return
    hasMarkedPaint = true
    requestAnimationFrame(() => performance.mark('runlens:rows-painted'))
  }, [rows.length])
  const getSortDirection = (id: string) => {
    const key = sortKeyFor(id)
    const item = key ? actions.sort.find((s) => s.key === key) : undefined
    return item ? (item.dir === 'asc' ? 'ascending' : 'descending') : undefined
  }
  return (
    <RunTableContext.Provider value={actions}>
      <DataTable
        table={table}
        label="Runs"
        className="flex-1 border-t border-slate-200 dark:border-slate-800"
        getSortDirection={getSortDirection}
        isRowSelected={actions.isSelected}
        onNearEnd={onNearEnd}
        emptyState={<EmptyState title={emptyMessage} />}
      />
    </RunTableContext.Provider>
  )
}
