import { useQuery } from '@tanstack/react-query'
import { Navigate, useParams } from 'react-router'
import { runQueries } from '../../api/runs.ts'
import { ApiErrorView } from '../../components/errors/api-error-view.tsx'
import { ErrorBoundary } from '../../components/errors/error-boundary.tsx'
import { PageSkeleton } from '../../components/layout/page-skeleton.tsx'
import { ArtifactsPanel } from '../../features/runs/run-page/components/artifacts-panel.tsx'
import { HydraPanel } from '../../features/runs/run-page/components/hydra-panel.tsx'
import { MetricsPanel } from '../../features/runs/run-page/components/metrics-panel.tsx'
import { OverviewPanel } from '../../features/runs/run-page/components/overview-panel.tsx'
import { ParamsPanel } from '../../features/runs/run-page/components/params-panel.tsx'
import { RunHeader } from '../../features/runs/run-page/components/run-header.tsx'
import { RunTabs } from '../../features/runs/run-page/components/run-tabs.tsx'
import { runDisplayName } from '../../features/runs/run-page/run-facts.ts'
import { hrefs } from '../../url/hrefs.ts'
import { runSearch } from '../../url/run-search.ts'
import { useSearchState } from '../../url/use-search-state.ts'

const TAB_LABELS = { overview: 'Overview', metrics: 'Metrics', params: 'Params', artifacts: 'Artifacts', hydra: 'Hydra config' } as const

/** `/experiments/:experimentId/runs/:runId?tab=…&art=…`: one run, its sections as tabs. */
export function RunPage() {
  const { experimentId = '', runId = '' } = useParams()
  const [search, setSearch] = useSearchState(runSearch)
  // A running run keeps changing (status, latest metrics): poll it; finished ones do not.
  const run = useQuery({ ...runQueries.detail(runId), refetchInterval: (q) => (q.state.data?.info.status === 'RUNNING' ? 10_000 : false) })
  if (run.isPending) return <PageSkeleton />
  if (run.isError) return <ApiErrorView error={run.error} onRetry={() => void run.refetch()} isRetrying={run.isFetching} />
  const data = run.data
  if (data.info.experimentId !== experimentId) {
    // An old or hand-made link with the wrong experiment: go to the run's real address.
    return <Navigate replace to={hrefs.run({ experimentId: data.info.experimentId, runId, tab: search.tab, artifact: search.artifact || undefined })} />
  }
  const handleSelectArtifact = (path: string) => setSearch((s) => ({ ...s, artifact: path }))
  return (
    <>
      <title>{`${runDisplayName(data)} · Runlens`}</title>
      <RunHeader run={data} />
      <RunTabs experimentId={experimentId} runId={runId} search={search}
        counts={{ metrics: Object.keys(data.metrics).length, params: Object.keys(data.params).length }} />
      <div role="tabpanel" id="run-tab-panel" aria-labelledby={`run-tab-${search.tab}`} className="px-6 py-4">
        <ErrorBoundary key={search.tab} label={TAB_LABELS[search.tab]}>
          {search.tab === 'overview' && <OverviewPanel run={data} fetchedAt={run.dataUpdatedAt} />}
          {search.tab === 'metrics' && <MetricsPanel run={data} />}
          {search.tab === 'params' && <ParamsPanel params={data.params} />}
          {search.tab === 'artifacts' && <ArtifactsPanel runId={runId} selected={search.artifact} onSelect={handleSelectArtifact} />}
          {search.tab === 'hydra' && <HydraPanel experimentId={experimentId} runId={runId} />}
        </ErrorBoundary>
      </div>
    </>
  )
}
