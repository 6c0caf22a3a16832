import { useState, type DragEvent } from 'react'
import { dropPlaceAt, type DropPlace } from './column-order.ts'
import { useRunTableActions } from './run-table-context.ts'

/** Drag payload type, so drops from elsewhere (files, text) are ignored. */
const MIME = 'application/x-runlens-column'

/**
 * The column being dragged. dragover cannot read dataTransfer data (only its types), and a
 * column may only land in its own region (pinned or not), so the source is kept here; one
 * drag happens at a time.
 */
let dragged: { id: string; isPinned: boolean } | null = null

/**
 * Drag-and-drop reordering of run-table columns by their headers (HTML5 drag events). Returns
 * props for the header's root element and the side a drop would land on, for an indicator.
 * The column menu's "Move left / Move right" stays the keyboard way to do the same.
 */
export function useColumnDrag(columnId: string, isPinned: boolean, isDraggable: boolean) {
  const { moveColumnTo } = useRunTableActions()
  const [dropPlace, setDropPlace] = useState<DropPlace | null>(null)
  const accepts = (e: DragEvent) => dragged !== null && dragged.id !== columnId && dragged.isPinned === isPinned && e.dataTransfer.types.includes(MIME)
  if (!isDraggable) return { dropPlace: null, dragProps: {} }
  return {
    dropPlace,
    dragProps: {
      draggable: true,
      onDragStart: (e: DragEvent<HTMLElement>) => {
        dragged = { id: columnId, isPinned }
        e.dataTransfer.setData(MIME, columnId)
        e.dataTransfer.effectAllowed = 'move'
      },
      onDragEnd: () => {
        dragged = null
      },
      onDragOver: (e: DragEvent<HTMLElement>) => {
        if (!accepts(e)) return
        e.preventDefault()
        e.dataTransfer.dropEffect = 'move'
        const place = dropPlaceAt(e.clientX, e.currentTarget.getBoundingClientRect())
        if (place !== dropPlace) setDropPlace(place)
      },
      onDragLeave: () => setDropPlace(null),
      onDrop: (e: DragEvent<HTMLElement>) => {
        setDropPlace(null)
        if (!accepts(e) || !dragged) return
        e.preventDefault()
        moveColumnTo(dragged.id, columnId, dropPlaceAt(e.clientX, e.currentTarget.getBoundingClientRect()))
        dragged = null
      },
    },
  }
}
