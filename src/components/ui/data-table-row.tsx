import { constructCell, type Cell, type Column, type Row, type RowData } from '@tanstack/react-table'
import type { VirtualItem } from '@tanstack/react-virtual'
import { memo, type ReactNode } from 'react'
import { cn } from '../../lib/cn.ts'
import { columnStyle, pinnedRegionStyle, type DataTableFeatures } from './data-table-features.ts'

type F = DataTableFeatures

// Cells built one at a time for the columns on screen: row.getCenterVisibleCells() would build
// a cell for every column (2,000 objects per row entering the viewport on a wide table).
const cellCache = new WeakMap<object, WeakMap<object, Cell<F, RowData, unknown>>>()

function cellFor<TData extends RowData>(row: Row<F, TData>, column: Column<F, TData, unknown>): Cell<F, TData, unknown> {
  let byColumn = cellCache.get(row)
  if (!byColumn) cellCache.set(row, (byColumn = new WeakMap()))
  let cell = byColumn.get(column) as Cell<F, TData, unknown> | undefined
  if (!cell) {
    cell = constructCell(column, row, row.table)
    byColumn.set(column, cell as Cell<F, RowData, unknown>)
  }
  return cell
}

type DataTableRowProps<TData extends RowData> = {
  row: Row<F, TData>
  rowIndex: number
  top: number
  height: number
  width: number
  /** Pinned-start leaf columns and all centre leaf columns (visible ones), in order. */
  startColumns: Column<F, TData, unknown>[]
  centerLeafColumns: Column<F, TData, unknown>[]
  /** The centre columns in view (indexes into centerLeafColumns). */
  centerColumns: VirtualItem[]
  /** Width of the pinned-start region (also where centre columns begin). */
  centerOffset: number
  centerTotal: number
  isSelected: boolean
  renderCell: (cell: Cell<F, TData, unknown>) => ReactNode
}

/**
 * One virtual row: sticky pinned cells, a spacer, the visible centre cells, a spacer.
 * Memoised (callers pass stable props), so scrolling renders only rows that come into view;
 * `contain: strict` keeps each row's layout and paint to itself (its size is fixed).
 */
export const DataTableRow = memo(function DataTableRow<TData extends RowData>({ row, rowIndex, top, height, width, startColumns, centerLeafColumns, centerColumns, centerOffset, centerTotal, isSelected, renderCell }: DataTableRowProps<TData>) {
  const start = startColumns.map((c) => cellFor(row, c))
  const first = centerColumns[0]
  const last = centerColumns.at(-1)
  const leftPad = first ? first.start - centerOffset : 0
  const rightPad = last ? centerTotal - (last.end - centerOffset) : centerTotal
  return (
    <div
      role="row"
      aria-rowindex={rowIndex + 2}
      aria-selected={isSelected}
      className={cn('group absolute left-0 flex border-b border-slate-100 dark:border-slate-800', isSelected ? 'bg-sky-50 dark:bg-sky-950' : 'bg-white dark:bg-slate-950')}
      style={{ transform: `translateY(${top}px)`, height, width, contain: 'strict' }}
    >
      {start.length > 0 && (
        <div className="bg-inherit" style={pinnedRegionStyle(centerOffset)}>
          {start.map((cell) => (
            <div key={cell.id} role="cell" className="flex items-center overflow-hidden border-r border-slate-100 px-2 text-sm dark:border-slate-800" style={columnStyle(cell.column)}>
              {renderCell(cell)}
            </div>
          ))}
        </div>
      )}
      <div aria-hidden style={{ width: leftPad, flex: 'none' }} />
      {centerColumns.map((vc) => {
        const column = centerLeafColumns[vc.index]
        if (!column) return null
        const cell = cellFor(row, column)
        return (
          <div key={cell.id} role="cell" className="flex items-center overflow-hidden px-2 text-sm" style={columnStyle(cell.column)}>
            {renderCell(cell)}
          </div>
        )
      })}
      <div aria-hidden style={{ width: Math.max(0, rightPad), flex: 'none' }} />
    </div>
  )
}) as <TData extends RowData>(props: DataTableRowProps<TData>) => ReactNode
