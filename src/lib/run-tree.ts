/**
 * Nesting of runs under their parent (MLflow links a child through its `mlflow.parentRunId`
 * tag; the parent carries no marker). Generic over the item type so it stays pure.
 */

export type TreeRow<T> = {
  item: T
  /** 0 for top-level rows, 1 for children of a top-level row, … */
  depth: number
  /** Number of direct children among the given items. */
  childCount: number
  isExpanded: boolean
}

/**
 * Flattens `items` into display order: every item whose parent is among `items` is listed
 * under that parent (in the parent's subtree, keeping the input order among siblings) and only
 * when the parent is in `expanded`; items whose parent is absent (not loaded, filtered out, or
 * no parent) are top-level. Cycles (a ↔ b) and self-parents are broken: such items are shown
 * top-level. Depth is capped at `maxDepth` (default 20); deeper descendants are not shown
 * under an over-deep ancestor. Never drops a top-level item; O(n).
 */
export function flattenRunTree<T>(
  items: readonly T[],
  getId: (item: T) => string,
  getParentId: (item: T) => string | undefined,
  expanded: ReadonlySet<string>,
  maxDepth = 20,
): TreeRow<T>[] {
  const byId = new Map<string, T>()
  for (const it of items) byId.set(getId(it), it)
  const children = new Map<string, T[]>()
  const roots: T[] = []
  for (const it of items) {
    const parent = effectiveParent(it, byId, getId, getParentId)
    if (parent === undefined) roots.push(it)
    else {
      const list = children.get(parent)
      if (list) list.push(it)
      else children.set(parent, [it])
    }
  }
  const out: TreeRow<T>[] = []
  const visit = (it: T, depth: number) => {
    const id = getId(it)
    const kids = children.get(id) ?? []
    const isExpanded = kids.length > 0 && expanded.has(id)
    out.push({ item: it, depth, childCount: kids.length, isExpanded })
    if (isExpanded && depth < maxDepth) for (const k of kids) visit(k, depth + 1)
  }
  for (const r of roots) visit(r, 0)
  return out
}

/** The parent id if the parent is loaded and following parents does not loop back to `item`. */
function effectiveParent<T>(item: T, byId: Map<string, T>, getId: (item: T) => string, getParentId: (item: T) => string | undefined): string | undefined {
  const id = getId(item)
  const parent = getParentId(item)
  if (!parent || parent === id || !byId.has(parent)) return undefined
  const seen = new Set([id])
  let cur: string | undefined = parent
  while (cur !== undefined && byId.has(cur)) {
    if (seen.has(cur)) return undefined
    seen.add(cur)
    const next = getParentId(byId.get(cur) as T)
    cur = next && next !== cur ? next : undefined
  }
  return parent
}
