import { useMemo } from 'react'
import type { Run } from '../../api/types.ts'
import { flattenRunTree } from '../../lib/run-tree.ts'
import { sortByValues } from '../../lib/value-sort.ts'
import { sortToOrderBy, type RunsSearch } from '../../url/runs-search.ts'
import { columnId, isServerSortable, runValue } from './run-columns.ts'
import { useMetricAggregates } from './use-metric-aggregates.ts'
import type { SplitPage } from './run-table-query.ts'
import { useRunSearch } from './use-run-search.ts'
import { useRunsTablePrefs } from './use-runs-table-prefs.ts'

export type RunKeys = { params: string[]; metrics: string[]; tags: string[] }
const DEFAULT_ATTRIBUTES = ['status', 'start_time', 'duration', 'user_id', 'source', 'inputs'].map((k) => columnId('attributes', k))

type KeyCounts = { params: Set<string>; metrics: Map<string, number>; tags: Set<string> }

/** Keys of one fetched page, computed once per page object (pages never change once fetched). */
const pageKeyCache = new WeakMap<SplitPage, KeyCounts>()

function pageKeys(page: SplitPage): KeyCounts {
  const cached = pageKeyCache.get(page)
  if (cached) return cached
  const out: KeyCounts = { params: new Set(), metrics: new Map(), tags: new Set() }
  for (const list of page.runs) {
    for (const r of list) {
      for (const k in r.params) out.params.add(k)
      for (const k in r.metrics) out.metrics.set(k, (out.metrics.get(k) ?? 0) + 1)
      for (const k in r.tags) out.tags.add(k)
    }
  }
  pageKeyCache.set(page, out)
  return out
}

/**
 * Union of param / metric / tag keys over the fetched pages (for the chooser and autocomplete),
 * merged from per-page key sets so a new page costs only its own runs. Metrics come
 * most-common first, so the default columns show what most runs logged.
 */
export function collectKeys(pages: readonly SplitPage[]): RunKeys {
  const params = new Set<string>()
  const metrics = new Map<string, number>()
  const tags = new Set<string>()
  for (const page of pages) {
    const k = pageKeys(page)
    for (const p of k.params) params.add(p)
    for (const [m, n] of k.metrics) metrics.set(m, (metrics.get(m) ?? 0) + n)
    for (const t of k.tags) tags.add(t)
  }
  const sorted = (s: Set<string>) => [...s].sort()
  const byCount = [...metrics].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k)
  return { params: sorted(params), metrics: byCount, tags: sorted(tags) }
}

/** Until the user chooses: the attributes plus the first few non-system metrics. */
export function defaultColumns(keys: RunKeys): string[] {
  const metrics = keys.metrics.filter((k) => !k.startsWith('system/')).slice(0, 5)
  return [...DEFAULT_ATTRIBUTES, ...metrics.map((k) => columnId('metrics', k))]
}

const parentOf = (r: Run) => r.tags['mlflow.parentRunId']

/**
 * Everything the run table shows, derived from the URL state and the column preferences:
 * the searched runs, server vs browser sorting, aggregates and the nested display rows.
 */
export function useRunTableModel(state: RunsSearch) {
  const prefsApi = useRunsTablePrefs(state.experimentIds)
  const { metricAgg } = prefsApi.prefs
  // state.sort is stable while the URL is unchanged (useSearchState), metricAgg while prefs are.
  const serverSort = useMemo(() => state.sort.filter((s) => isServerSortable(s.key, metricAgg)), [state.sort, metricAgg])
  const orderBy = useMemo(() => sortToOrderBy(serverSort), [serverSort])
  const search = useRunSearch({ experimentIds: state.experimentIds, query: state.query, orderBy, view: state.view })
  const keys = useMemo(() => collectKeys(search.pages ?? []), [search.pages])
  // Defaults come from the first page only, so columns do not shift while later pages arrive.
  const firstPage = search.pages?.[0]
  const defaults = useMemo(() => defaultColumns(collectKeys(firstPage ? [firstPage] : [])), [firstPage])
  const columnIds = prefsApi.prefs.columns ?? defaults
  const metricColumns = useMemo(() => columnIds.filter((id) => id.startsWith('metrics.')).map((id) => id.slice('metrics.'.length)), [columnIds])
  const aggKeys = useMemo(() => {
    const sortMetricKeys = state.sort.filter((s) => s.key.startsWith('metrics.')).map((s) => s.key.slice('metrics.'.length))
    return [...new Set([...metricColumns, ...sortMetricKeys])]
  }, [metricColumns, state.sort])
  const aggs = useMetricAggregates(search.runs, metricAgg, aggKeys)
  const isSplit = search.searchCount > 1
  const isBrowserSort = (key: string) => isSplit || !isServerSortable(key, metricAgg)
  const needsBrowserSort = isSplit || state.sort.length !== serverSort.length
  const sorted = useMemo(() => {
    if (!needsBrowserSort) return search.runs
    const specs = state.sort.length ? state.sort : [{ key: 'start_time', dir: 'desc' as const }]
    return sortByValues(search.runs, specs.map((s) => ({ dir: s.dir, get: (r: Run) => runValue(r, s.key, metricAgg, aggs.lookup) })))
  }, [needsBrowserSort, search.runs, state.sort, metricAgg, aggs.lookup])
  const rows = useMemo(() => flattenRunTree(sorted, (r) => r.info.runId, parentOf, new Set(state.expanded)), [sorted, state.expanded])
  return { prefsApi, search, keys, columnIds, aggs, rows, isBrowserSort }
}
