import type { CSSProperties } from 'react'
import { type Column, type RowData, columnPinningFeature, columnResizingFeature, columnSizingFeature, columnVisibilityFeature, tableFeatures } from '@tanstack/react-table'

/**
 * The TanStack Table features `DataTable` relies on: sizes (and drag-resizing) drive the
 * cell widths and sticky offsets, pinning splits columns into a sticky start region and a
 * virtualised centre. Tables rendered by `DataTable` are created with these features.
 */
export const dataTableFeatures = tableFeatures({ columnSizingFeature, columnResizingFeature, columnVisibilityFeature, columnPinningFeature })
export type DataTableFeatures = typeof dataTableFeatures

/** Width of a cell or header (the model size, so the pinned region's width matches). */
export function columnStyle<TData extends RowData>(column: Column<DataTableFeatures, TData, unknown>): CSSProperties {
  return { width: column.getSize(), flex: 'none' }
}

/**
 * The pinned-start cells of a row (or the header) sit in ONE sticky wrapper: every sticky box
 * is a composited layer that the browser re-layers on each scroll frame, so one per row
 * instead of one per pinned cell roughly halves the cost of scrolling.
 */
export function pinnedRegionStyle(width: number): CSSProperties {
  return { position: 'sticky', left: 0, zIndex: 1, width, flex: 'none', display: 'flex' }
}
