/** Rows of the run page's params table: filtered by a search and sorted naturally by key. */
import { naturalCompare } from '../../../lib/key-groups.ts'

export type ParamRow = { key: string; value: string }

/**
 * Params as rows sorted by key (`layer2` before `layer10`). `query` (trimmed, case-insensitive)
 * keeps rows whose key or value contains it; an empty query keeps everything.
 */
export function paramRows(params: Readonly<Record<string, string>>, query = ''): ParamRow[] {
  const q = query.trim().toLowerCase()
  const rows = Object.entries(params).map(([key, value]) => ({ key, value }))
  const kept = q ? rows.filter((r) => r.key.toLowerCase().includes(q) || r.value.toLowerCase().includes(q)) : rows
  return kept.sort((a, b) => naturalCompare(a.key, b.key))
}
