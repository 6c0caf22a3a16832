/**
 * Browser-side multi-key sort for table rows (used when the server cannot sort, e.g. by a
 * metric's minimum over its history, or after merging the results of several searches).
 */

/** A sortable cell value; undefined means "no value" and always sorts last. */
export type SortValue = number | string | undefined

export type SortSpec<T> = { get: (item: T) => SortValue; dir: 'asc' | 'desc' }

/**
 * Compares two values ascending: undefined after everything, NaN after every number, numbers
 * before strings, ±Infinity in numeric order, strings with a numeric-aware collation.
 * The caller flips the sign for descending, except that undefined/NaN stay last either way.
 */
function rank(v: SortValue): number {
  if (v === undefined) return 3
  if (typeof v === 'number') return Number.isNaN(v) ? 2 : 0
  return 1
}

const collator = new Intl.Collator('en', { numeric: true })

/**
 * Returns a new array sorted by `specs` in priority order (stable: ties keep input order).
 * Missing values and NaN go last in both directions (as MLflow puts NULLs last).
 */
export function sortByValues<T>(items: readonly T[], specs: readonly SortSpec<T>[]): T[] {
  if (specs.length === 0) return [...items]
  const keyed = items.map((item, index) => ({ item, index, values: specs.map((s) => s.get(item)) }))
  keyed.sort((a, b) => {
    for (let i = 0; i < specs.length; i++) {
      const c = compareSortValues(a.values[i], b.values[i], specs[i].dir)
      if (c !== 0) return c
    }
    return a.index - b.index
  })
  return keyed.map((k) => k.item)
}

/** One comparison of {@link sortByValues}: direction applies only among present, comparable values. */
export function compareSortValues(a: SortValue, b: SortValue, dir: 'asc' | 'desc'): number {
  const ra = rank(a)
  const rb = rank(b)
  if (ra !== rb) return ra >= 2 || rb >= 2 ? ra - rb : (ra - rb) * (dir === 'asc' ? 1 : -1)
  if (ra >= 2) return 0
  let c: number
  if (typeof a === 'number' && typeof b === 'number') c = a === b ? 0 : a < b ? -1 : 1
  else c = collator.compare(String(a), String(b))
  return dir === 'asc' ? c : -c
}
