/** Where a dragged column lands relative to the column it is dropped on. */
export type DropPlace = 'before' | 'after'

/**
 * `list` with `id` moved next to `targetId` (before or after it). Returns `list` itself when
 * nothing changes: either id is missing, they are the same, or the column already sits there.
 */
export function moveNextTo(list: readonly string[], id: string, targetId: string, place: DropPlace): readonly string[] {
  if (id === targetId || !list.includes(id) || !list.includes(targetId)) return list
  const rest = list.filter((x) => x !== id)
  const at = rest.indexOf(targetId) + (place === 'after' ? 1 : 0)
  const next = [...rest.slice(0, at), id, ...rest.slice(at)]
  return next.every((x, i) => x === list[i]) ? list : next
}

/** Which half of the target the pointer is over: the left half drops before it, the right half after. */
export function dropPlaceAt(clientX: number, rect: { left: number; width: number }): DropPlace {
  return clientX < rect.left + rect.width / 2 ? 'before' : 'after'
}
