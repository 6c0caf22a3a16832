/** Rows of the run page's metrics table: latest values, searchable, sorted naturally by key. */
import type { LatestMetric } from '../../../api/types.ts'
import { naturalCompare } from '../../../lib/key-groups.ts'

/**
 * The run's latest metrics sorted by key (`layer2` before `layer10`); `query` (trimmed,
 * case-insensitive) keeps keys containing it. Values are untouched: NaN/±Infinity stay.
 */
export function metricRows(metrics: Readonly<Record<string, LatestMetric>>, query = ''): LatestMetric[] {
  const q = query.trim().toLowerCase()
  const rows = Object.values(metrics)
  return (q ? rows.filter((m) => m.key.toLowerCase().includes(q)) : rows).sort((a, b) => naturalCompare(a.key, b.key))
}
