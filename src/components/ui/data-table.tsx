import type { Cell, Header, ReactTable, RowData } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useCallback, useRef, type ReactNode } from 'react'
import { cn } from '../../lib/cn.ts'
import { columnStyle, pinnedRegionStyle, type DataTableFeatures } from './data-table-features.ts'
import { DataTableRow } from './data-table-row.tsx'

type F = DataTableFeatures

type DataTableProps<TData extends RowData> = {
  // The selector type of the caller's useTable does not matter here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
  table: ReactTable<F, TData, any>
  /** Accessible name of the table. */
  label: string
  rowHeight?: number
  /** Shown instead of the body when there are no rows. */
  emptyState?: ReactNode
  /** `aria-sort` of a column header (the caller owns sorting, e.g. on the server). */
  getSortDirection?: (columnId: string) => 'ascending' | 'descending' | undefined
  isRowSelected?: (rowId: string) => boolean
  /** Called while the last `nearEndRows` rows are in view (load the next page). */
  onNearEnd?: () => void
  nearEndRows?: number
  className?: string
}

/**
 * Renders a TanStack table (created with `dataTableFeatures`) as an ARIA table of divs with
 * rows AND centre columns virtualised: thousands of runs × thousands of columns paint only
 * what is on screen. Pinned-start columns are sticky; headers have drag handles for resizing.
 */
export function DataTable<TData extends RowData>({ table, label, rowHeight = 32, emptyState, getSortDirection, isRowSelected, onNearEnd, nearEndRows = 30, className }: DataTableProps<TData>) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const rows = table.getRowModel().rows
  const centerColumns = table.getCenterVisibleLeafColumns()
  const startWidth = table.getStartTotalSize()
  const centerWidth = table.getCenterTotalSize()
  const totalWidth = startWidth + centerWidth
  // Stable item keys: the virtualizers re-measure (and hand out new item arrays, which defeats
  // the memoised rows) whenever getItemKey changes identity.
  const rowKey = useCallback((i: number) => rows[i]?.id ?? i, [rows])
  // centerWidth stands for the sizes read inside (resizing a column changes the total).
  // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  const colKey = useCallback((i: number) => `${centerColumns[i]?.id ?? i}:${centerColumns[i]?.getSize() ?? 0}`, [centerColumns, centerWidth])
  const startColumns = table.getStartVisibleLeafColumns()
  // eslint-disable-next-line react-hooks/incompatible-library -- virtualizer is read during render on purpose
  const rowVirtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 4, getItemKey: rowKey })
  const colVirtualizer = useVirtualizer({
    horizontal: true,
    count: centerColumns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => centerColumns[i]?.getSize() ?? 150,
    getItemKey: colKey,
    scrollMargin: startWidth,
    overscan: 3,
  })
  const virtualRows = rowVirtualizer.getVirtualItems()
  const virtualCols = colVirtualizer.getVirtualItems()
  const handleScroll = () => {
    const last = virtualRows.at(-1)
    if (onNearEnd && last && last.index >= rows.length - nearEndRows) onNearEnd()
  }
  const renderCell = useCallback((cell: Cell<F, TData, unknown>) => <table.FlexRender cell={cell} />, [table])
  const headers = table.getHeaderGroups()[0]?.headers ?? []
  const startHeaders = headers.filter((h) => h.column.getIsPinned() === 'start')
  const centerHeaders = headers.filter((h) => !h.column.getIsPinned())
  const first = virtualCols[0]
  const last = virtualCols.at(-1)
  return (
    <div ref={scrollRef} onScroll={handleScroll} className={cn('relative min-h-0 overflow-auto', className)}>
      <div role="table" aria-label={label} aria-rowcount={rows.length + 1} style={{ width: totalWidth, minWidth: '100%' }}>
        <div role="rowgroup" className="sticky top-0 z-10">
          <div role="row" aria-rowindex={1} className="flex border-b border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-900" style={{ width: totalWidth }}>
            {startHeaders.length > 0 && (
              <div className="bg-slate-50 dark:bg-slate-900" style={pinnedRegionStyle(startWidth)}>
                {startHeaders.map((h) => <HeaderCell key={h.id} header={h} table={table} sort={getSortDirection?.(h.column.id)} />)}
              </div>
            )}
            <div aria-hidden style={{ width: first ? first.start - startWidth : 0, flex: 'none' }} />
            {virtualCols.map((vc) => {
              const h = centerHeaders[vc.index]
              return h ? <HeaderCell key={h.id} header={h} table={table} sort={getSortDirection?.(h.column.id)} /> : null
            })}
            <div aria-hidden style={{ width: Math.max(0, last ? centerWidth - (last.end - startWidth) : centerWidth), flex: 'none' }} />
          </div>
        </div>
        {rows.length === 0 ? (
          <div className="sticky left-0" style={{ width: scrollRef.current?.clientWidth ?? '100%' }}>{emptyState}</div>
        ) : (
          <div role="rowgroup" className="relative" style={{ height: rowVirtualizer.getTotalSize(), width: totalWidth }}>
            {virtualRows.map((vr) => {
              const row = rows[vr.index]
              return (
                <DataTableRow key={row.id} row={row} rowIndex={vr.index} top={vr.start} height={rowHeight} width={totalWidth} startColumns={startColumns} centerLeafColumns={centerColumns} centerColumns={virtualCols} centerOffset={startWidth}
                  centerTotal={centerWidth} isSelected={isRowSelected?.(row.id) ?? false} renderCell={renderCell} />
              )
            })}
          </div>
        )}
      </div>
    </div>
  )
}

type HeaderCellProps<TData extends RowData> = {
  header: Header<F, TData, unknown>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- selector type is irrelevant
  table: ReactTable<F, TData, any>
  sort?: 'ascending' | 'descending'
}

/** Memoised: vertical scrolling re-renders the table every frame, but headers stay as they are. */
const HeaderCell = memo(function HeaderCell<TData extends RowData>({ header, table, sort }: HeaderCellProps<TData>) {
  const resize = header.getResizeHandler()
  const pinned = header.column.getIsPinned() === 'start'
  return (
    <div role="columnheader" aria-sort={sort} className={cn('group/h relative flex h-9 items-center px-2 text-left text-xs font-medium text-slate-600 dark:text-slate-300', pinned && 'border-r border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-900')}
      style={columnStyle(header.column)}>
      <table.FlexRender header={header} />
      {header.column.getCanResize() && (
        <div aria-hidden onMouseDown={resize} onTouchStart={resize} onDoubleClick={() => header.column.resetSize()}
          className={cn('absolute top-0 right-0 h-full w-1.5 cursor-col-resize select-none hover:bg-sky-400', header.column.getIsResizing() && 'bg-sky-500')} />
      )}
    </div>
  )
}) as <TData extends RowData>(props: HeaderCellProps<TData>) => ReactNode
