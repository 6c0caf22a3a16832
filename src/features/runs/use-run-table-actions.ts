import { useCallback, useMemo, type MouseEvent } from 'react'
import { useNavigate } from 'react-router'
import type { Run } from '../../api/types.ts'
import type { RunsSearch } from '../../url/runs-search.ts'
import type { SetSearchState } from '../../url/use-search-state.ts'
import { moveNextTo } from './column-order.ts'
import type { RunRow } from './run-table-columns.tsx'
import type { RunTableActions } from './run-table-context.ts'
import type { useMetricAggregates } from './use-metric-aggregates.ts'
import type { useRunsTablePrefs } from './use-runs-table-prefs.ts'

const MAX_SELECTED = 500
const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id])

type Input = {
  state: RunsSearch
  setState: SetSearchState<RunsSearch>
  rows: RunRow[]
  columnIds: string[]
  prefsApi: ReturnType<typeof useRunsTablePrefs>
  aggs: ReturnType<typeof useMetricAggregates>
  isBrowserSort: (key: string) => boolean
  onEditRun: (run: Run) => void
}

/** The header/cell actions of the run table, wired to the URL state (selection, sort, expansion) and to column prefs. */
export function useRunTableActions({ state, setState, rows, columnIds, prefsApi, aggs, isBrowserSort, onEditRun }: Input): RunTableActions {
  const selected = useMemo(() => new Set(state.selected), [state.selected])
  const navigate = useNavigate()
  const followLink = useCallback(
    (e: MouseEvent<HTMLAnchorElement>) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.currentTarget.target) return
      e.preventDefault()
      void navigate(e.currentTarget.getAttribute('href') ?? '/')
    },
    [navigate],
  )
  const shown = rows.map((r) => r.item.info.runId)
  const selectedShown = shown.filter((id) => selected.has(id)).length
  const summary = selectedShown === 0 ? 'none' : selectedShown === shown.length ? 'all' : 'some'
  return {
    isSelected: (id) => selected.has(id),
    toggleSelected: (id) => setState((s) => ({ ...s, selected: toggle(s.selected, id).slice(0, MAX_SELECTED) }), { replace: true }),
    selectionSummary: summary,
    toggleSelectAll: () => setState((s) => ({ ...s, selected: summary === 'all' ? [] : [...new Set([...s.selected, ...shown])].slice(0, MAX_SELECTED) }), { replace: true }),
    toggleExpanded: (id) => setState((s) => ({ ...s, expanded: toggle(s.expanded, id) }), { replace: true }),
    sort: state.sort,
    toggleSort: (key, isAdditive) =>
      setState((s) => {
        const current = s.sort.find((x) => x.key === key)
        const rest = isAdditive ? s.sort.filter((x) => x.key !== key) : []
        if (!current) return { ...s, sort: [...rest, { key, dir: 'asc' }] }
        if (current.dir === 'asc') return { ...s, sort: isAdditive ? s.sort.map((x) => (x.key === key ? { key, dir: 'desc' } : x)) : [{ key, dir: 'desc' }] }
        return { ...s, sort: rest }
      }),
    isBrowserSort,
    metricAgg: prefsApi.prefs.metricAgg,
    setMetricAgg: prefsApi.setMetricAgg,
    aggregate: aggs.lookup,
    isAggLoading: aggs.isLoadingKey,
    pinColumn: (id, isPinned) => prefsApi.setPinning((p) => ({ ...p, start: isPinned ? [...p.start.filter((x) => x !== id), id] : p.start.filter((x) => x !== id) })),
    moveColumn: (id, delta) =>
      prefsApi.setColumns((cols) => {
        const i = cols.indexOf(id)
        const j = i + delta
        if (i < 0 || j < 0 || j >= cols.length) return cols
        const next = [...cols]
        ;[next[i], next[j]] = [next[j], next[i]]
        return next
      }, columnIds),
    moveColumnTo: (id, targetId, place) => {
      if (prefsApi.prefs.pinning.start.includes(id)) prefsApi.setPinning((p) => ({ ...p, start: [...moveNextTo(p.start, id, targetId, place)] }))
      else prefsApi.setColumns((cols) => [...moveNextTo(cols, id, targetId, place)], columnIds)
    },
    removeColumn: (id) => prefsApi.setColumns((cols) => cols.filter((c) => c !== id), columnIds),
    editRun: onEditRun,
    followLink,
  }
}
