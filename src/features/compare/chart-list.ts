import { naturalCompare } from '../../lib/key-groups.ts'

/** Most charts shown when the link names none. */
export const MAX_DEFAULT_CHARTS = 16

/**
 * Charts when the URL names none: one per metric key, training metrics first and `system/`
 * (hardware) metrics last, each group in natural order, at most {@link MAX_DEFAULT_CHARTS}.
 */
export function defaultCharts(keys: readonly string[]): string[][] {
  const isSystem = (k: string) => k.startsWith('system/')
  const sorted = [...new Set(keys)].sort((a, b) => Number(isSystem(a)) - Number(isSystem(b)) || naturalCompare(a, b))
  return sorted.slice(0, MAX_DEFAULT_CHARTS).map((k) => [k])
}

/** Adds a one-metric chart for `key` (at the end) or removes every one-metric chart of it. */
export function toggleChart(charts: readonly string[][], key: string, isOn: boolean): string[][] {
  const has = charts.some((c) => c.length === 1 && c[0] === key)
  if (isOn) return has ? [...charts] : [...charts, [key]]
  return charts.filter((c) => !(c.length === 1 && c[0] === key))
}

/** Replaces chart `index` with `keys`, or removes it when `keys` is null or empty. */
export function updateChart(charts: readonly string[][], index: number, keys: string[] | null): string[][] {
  if (!keys || keys.length === 0) return charts.filter((_, i) => i !== index)
  return charts.map((c, i) => (i === index ? keys : c))
}
