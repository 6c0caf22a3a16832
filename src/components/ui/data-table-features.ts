import type { CSSProperties } from 'react'
import { type Column, type RowData, columnPinningFeature, columnResizingFeature, columnSizingFeature, columnVisibilityFeature, tableFeatures } from '@tanstack/react-table'

/**
 * The TanStack Table features `DataTable` relies on: sizes (and drag-resizing) drive the
 * cell widths and sticky offsets, pinning splits columns into a sticky start region and a
 * virtualised centre. Tables rendered by `DataTable` are created with these features.
 */
export const dataTableFeatures = tableFeatures({ columnSizingFeature, columnResizingFeature, columnVisibilityFeature, columnPinningFeature })
export type DataTableFeatures = typeof dataTableFeatures

/** Width (the model size, so sticky offsets match) plus sticky positioning for pinned-start columns. */
export function columnStyle<TData extends RowData>(column: Column<DataTableFeatures, TData, unknown>): CSSProperties {
  const pinned = column.getIsPinned() === 'start'
  return { width: column.getSize(), flex: 'none', ...(pinned ? { position: 'sticky', left: column.getStart('start'), zIndex: 1 } : {}) }
}
