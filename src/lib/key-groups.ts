/**
 * Grouping and searching of column keys (params, metrics, tags) for the column chooser.
 * Keys such as `model.backbone.name`, `optim.lr` and `system/gpu_0_utilization` are grouped
 * by their first segment, so thousands of keys stay browsable.
 */

export type KeyGroup = {
  /** First segment with its separator (`model.`, `system/`), or '' for keys without one. */
  prefix: string
  keys: string[]
}

/** First `.` or `/` splits a key into prefix and rest; a leading or trailing separator does not count. */
export function keyPrefix(key: string): string {
  const m = /^([^./]+[./])./s.exec(key)
  return m ? m[1] : ''
}

/**
 * True when every whitespace-separated term of `query` occurs in `key` (case-insensitive).
 * An empty or blank query matches everything.
 */
export function matchesKeyQuery(key: string, query: string): boolean {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean)
  if (terms.length === 0) return true
  const k = key.toLowerCase()
  return terms.every((t) => k.includes(t))
}

/**
 * Filters `keys` by `query` (see {@link matchesKeyQuery}) and groups them by {@link keyPrefix}.
 * Groups are sorted by prefix with the ungrouped ('' prefix) group first; keys inside a group
 * are sorted with a natural, case-insensitive order (`layer2` before `layer10`). A prefix
 * shared by a single key is not worth a group: such keys go to the '' group. Duplicates are
 * dropped. O(n log n); 10k keys take a few ms.
 */
export function groupKeysByPrefix(keys: Iterable<string>, query = ''): KeyGroup[] {
  const byPrefix = new Map<string, string[]>()
  for (const key of new Set(keys)) {
    if (!matchesKeyQuery(key, query)) continue
    const p = keyPrefix(key)
    const list = byPrefix.get(p)
    if (list) list.push(key)
    else byPrefix.set(p, [key])
  }
  const loose = byPrefix.get('') ?? []
  const groups: KeyGroup[] = []
  for (const [prefix, list] of byPrefix) {
    if (prefix === '') continue
    if (list.length === 1) loose.push(list[0])
    else groups.push({ prefix, keys: list.sort(naturalCompare) })
  }
  groups.sort((a, b) => naturalCompare(a.prefix, b.prefix))
  return loose.length ? [{ prefix: '', keys: loose.sort(naturalCompare) }, ...groups] : groups
}

// Created on first use: building an ICU collator costs ~10-35 ms, and this module is loaded (by
// the compare page's chart code) on pages that may never sort a key.
let collator: Intl.Collator | undefined

/** Case-insensitive compare that orders digit runs by value (`lr2` < `lr10`); ties broken by code units. */
export function naturalCompare(a: string, b: string): number {
  collator ??= new Intl.Collator('en', { numeric: true, sensitivity: 'base' })
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)
}
