import { useState } from 'react'
import type { Run } from '../../api/types.ts'
import { Button } from '../../components/ui/button.tsx'
import { runsSearch } from '../../url/runs-search.ts'
import { useSearchState } from '../../url/use-search-state.ts'
import { ExperimentNotices } from './experiment-notices.tsx'
import { RunBulkActionBar } from './run-bulk-action-bar.tsx'
import { RunColumnChooser } from './run-column-chooser.tsx'
import { RunEditDialog } from './run-edit-dialog.tsx'
import { RunFilterBar } from './run-filter-bar.tsx'
import { RunSearchStatus } from './run-search-status.tsx'
import { RunTable } from './run-table.tsx'
import { RunsHeading } from './runs-heading.tsx'
import { useRunTableActions } from './use-run-table-actions.ts'
import { useRunTableModel } from './use-run-table-model.ts'

/** The run table page body over the experiments in the URL: heading, filter, status, bulk bar, grid. */
export function RunsExplorer() {
  const [state, setState] = useSearchState(runsSearch)
  const { prefsApi, search, keys, columnIds, aggs, rows, isBrowserSort } = useRunTableModel(state)
  const [isChooserOpen, setIsChooserOpen] = useState(false)
  const [editing, setEditing] = useState<Run | null>(null)
  const actions = useRunTableActions({ state, setState, rows, columnIds, prefsApi, aggs, isBrowserSort, onEditRun: setEditing })
  const error = search.syntaxError
    ? `Filter syntax: ${search.syntaxError.message} (at character ${search.syntaxError.position + 1})`
    : search.error
      ? search.error.message
      : undefined
  const selectedSet = new Set(state.selected)
  const selectedRuns = search.runs.filter((r) => selectedSet.has(r.info.runId))
  const deletedSelected = selectedRuns.filter((r) => r.info.lifecycleStage === 'deleted').map((r) => r.info.runId)
  // A selected run not loaded (a link's selection beyond the loaded pages) may be in any of them.
  const selectedExperimentIds = selectedRuns.length === state.selected.length ? [...new Set(selectedRuns.map((r) => r.info.experimentId))] : state.experimentIds
  const handleNearEnd = () => {
    if (search.hasNextPage && !search.isLoadingMore) search.loadMore()
  }
  return (
    <div className="flex h-[calc(100vh-3.125rem)] min-h-0 flex-col">
      <RunsHeading experimentIds={state.experimentIds} actions={<Button onClick={() => setIsChooserOpen(true)}>Columns ({columnIds.length})</Button>} />
      <ExperimentNotices experimentIds={state.experimentIds} />
      <RunFilterBar
        key={state.query}
        query={state.query}
        view={state.view}
        keys={keys}
        error={error}
        onQueryChange={(query) => setState((s) => ({ ...s, query }))}
        onViewChange={(view) => setState((s) => ({ ...s, view }))}
      />
      <RunSearchStatus
        runCount={search.runs.length}
        searchCount={search.searchCount}
        hasNextPage={search.hasNextPage}
        isPending={search.isPending}
        isLoadingMore={search.isLoadingMore}
        isLoadingAll={search.isLoadingAll}
        onLoadMore={search.loadMore}
        onLoadAll={search.loadAll}
        aggProgress={aggs.progress}
      />
      <RunBulkActionBar selected={state.selected} selectedExperimentIds={selectedExperimentIds} deletedSelected={deletedSelected} onClear={() => setState((s) => ({ ...s, selected: [] }), { replace: true })} />
      <RunTable
        rows={rows}
        columnIds={columnIds}
        pinning={prefsApi.prefs.pinning}
        sizing={prefsApi.prefs.sizing}
        onPinningChange={prefsApi.setPinning}
        onSizingChange={prefsApi.setSizing}
        actions={actions}
        onNearEnd={handleNearEnd}
        emptyMessage={search.isPending ? 'Loading runs…' : error ? 'No runs: the filter is not valid.' : state.query ? 'No runs match this filter.' : 'This experiment has no runs yet.'}
      />
      <RunColumnChooser isOpen={isChooserOpen} onClose={() => setIsChooserOpen(false)} keys={keys} columnIds={columnIds} onChange={(ids) => prefsApi.setColumns(ids, columnIds)} />
      {editing && <RunEditDialog run={editing} onClose={() => setEditing(null)} />}
    </div>
  )
}
