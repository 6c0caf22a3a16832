import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { EmptyState } from '../../../../components/ui/empty-state.tsx'
import { diffParams, filterRows, paramKeys } from '../../../../lib/param-diff.ts'
import { allGroupPaths, paramTreeRows } from '../../../../lib/param-tree-rows.ts'
import { compareSearch } from '../../../../url/compare-search.ts'
import { useSearchState } from '../../../../url/use-search-state.ts'
import { FailedRunsNote } from '../shared/failed-runs-note.tsx'
import { PanelError } from '../../../../components/errors/panel-error.tsx'
import { PanelLoading } from '../../../../components/ui/panel-loading.tsx'
import { runColorMap } from '../shared/run-display.ts'
import { identityKey } from '../shared/identity-key.ts'
import { useCompareRuns } from '../shared/use-compare-runs.ts'
import { ParamsGrid } from './params-grid.tsx'
import { ParamsToolbar } from './params-toolbar.tsx'

type ParamsDiffPanelProps = { runIds: string[] }

const toggle = (set: ReadonlySet<string>, key: string) => {
  const next = new Set(set)
  if (!next.delete(key)) next.add(key)
  return next
}

/** Params of the compared runs side by side, baseline first, grouped by dotted prefix. */
export function ParamsDiffPanel({ runIds }: ParamsDiffPanelProps) {
  const [url, setUrl] = useSearchState(compareSearch)
  const [search, setSearch] = useState('')
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set())
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set())
  const { runs, failed, isPending, error, refetch } = useCompareRuns(runIds)
  const deferredSearch = useDeferredValue(search)
  const colors = useMemo(() => runColorMap(runIds), [runIds])
  // While the last runs are still loading, list the keys of those already here (cached per run),
  // so the one diff at the end does not also enumerate 50 × 2,000 keys.
  useEffect(() => {
    if (isPending) for (const r of runs) paramKeys(r.params)
  }, [runs, isPending])
  // The runs array may be rebuilt around the same cached runs (any URL change re-renders): re-diff
  // only when a run object really changed (50 × 2,000 params: tens of ms).
  const runsKey = identityKey(runs)
  // eslint-disable-next-line react-hooks/exhaustive-deps -- runsKey names the run objects
  const rows = useMemo(() => (isPending ? [] : diffParams(runs.map((r) => r.params))), [runsKey, isPending])
  const filtered = useMemo(() => filterRows(rows, { search: deferredSearch, differencesOnly: url.diffOnly }), [rows, deferredSearch, url.diffOnly])
  const treeRows = useMemo(() => paramTreeRows([...filtered], collapsed), [filtered, collapsed])
  const differing = useMemo(() => rows.reduce((n, r) => n + (r.differs ? 1 : 0), 0), [rows])

  // Diff once, when every run has settled: re-diffing as each of 50 runs arrives cost more CPU than
  // the final diff, and a table missing runs would read as "no difference" where data is absent.
  if (isPending) return <PanelLoading label={`Loading params (${runs.length + failed.length} of ${runIds.length} runs)`} />
  if (error) return <PanelError error={error} what="the compared runs" onRetry={refetch} />
  return (
    <section aria-label="Params diff" className="flex flex-col gap-3">
      <FailedRunsNote failed={failed} onRetry={refetch} />
      <ParamsToolbar search={search} onSearchChange={setSearch} isDiffOnly={url.diffOnly} onDiffOnlyChange={(diffOnly) => setUrl((s) => ({ ...s, diffOnly }), { replace: true })}
        shownCount={filtered.length} totalCount={rows.length} differingCount={differing}
        onCollapseAll={() => setCollapsed(new Set(allGroupPaths([...filtered])))} onExpandAll={() => setCollapsed(new Set())} />
      {rows.length === 0 ? (
        <EmptyState title="No params logged" description="None of these runs logged any params." />
      ) : filtered.length === 0 ? (
        <EmptyState title={url.diffOnly && !search ? 'All params are identical' : 'No params match'}
          description={url.diffOnly ? 'Turn off "Differences only" to see every param.' : 'Try another search.'} />
      ) : (
        <ParamsGrid runs={runs} colors={colors} rows={treeRows} expanded={expanded} onToggleGroup={(p) => setCollapsed((s) => toggle(s, p))} onToggleExpand={(k) => setExpanded((s) => toggle(s, k))} />
      )}
    </section>
  )
}
