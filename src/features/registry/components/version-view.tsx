import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { registryQueries } from '../../../api/registry.ts'
import { runQueries } from '../../../api/runs.ts'
import { ApiErrorView } from '../../../components/errors/api-error-view.tsx'
import { PageHeader } from '../../../components/layout/page-header.tsx'
import { PageSkeleton } from '../../../components/layout/page-skeleton.tsx'
import { Button } from '../../../components/ui/button.tsx'
import { modelArtifactPath } from '../../../lib/registry-uris.ts'
import { hrefs } from '../../../url/hrefs.ts'
import { registrySearch, type RegistryTab } from '../../../url/registry-search.ts'
import { useSearchState } from '../../../url/use-search-state.ts'
import { useRegistryDialog } from '../hooks/use-registry-dialog.ts'
import { AliasChips } from './alias-chips.tsx'
import { ModelArtifactsPanel } from './model-artifacts-panel.tsx'
import { ModelDescription } from './model-description.tsx'
import { ModelUris } from './model-uris.tsx'
import { RegistryTabs } from './registry-tabs.tsx'
import { RequestList } from './request-list.tsx'
import { SourceRunPanel } from './source-run-panel.tsx'
import { StageBadge } from './stage-badge.tsx'
import { TagList } from './tag-list.tsx'
import { VersionCompareTab } from './version-compare-tab.tsx'

const TABS: { tab: RegistryTab; label: string }[] = [
  { tab: 'overview', label: 'Overview' },
  { tab: 'compare', label: 'Compare' },
  { tab: 'requests', label: 'Requests' },
]

type VersionViewProps = { name: string; version: string }

/** One model version: URIs, description, tags, source run metrics/params, model files, compare, requests. */
export function VersionView({ name, version }: VersionViewProps) {
  const [search, setSearch] = useSearchState(registrySearch)
  const mv = useQuery(registryQueries.version(name, version))
  const run = useQuery({ ...runQueries.detail(mv.data?.runId ?? ''), enabled: !!mv.data?.runId })
  const open = useRegistryDialog()
  if (mv.error) return <ApiErrorView error={mv.error} onRetry={() => mv.refetch()} />
  if (!mv.data) return <PageSkeleton />
  const v = mv.data
  const tab = TABS.some((t) => t.tab === search.tab) ? search.tab : 'overview'
  const artifactPath = run.data ? modelArtifactPath(v.source, v.runId, run.data.info.artifactUri) : null
  return (
    <>
      <PageHeader
        eyebrow={<><Link className="hover:underline" to={hrefs.models()}>Models</Link> / <Link className="hover:underline" to={hrefs.model({ name })}>{name}</Link></>}
        title={`${name} v${v.version}`}
        description={<span className="flex flex-wrap items-center gap-2"><StageBadge stage={v.currentStage} /><AliasChips aliases={v.aliases} /><TagList tags={v.tags} /></span>}
        actions={
          <>
            <Button variant="primary" onClick={() => open({ kind: 'change', change: { kind: 'stage', model: name, version: v.version, toStage: v.currentStage === 'Staging' ? 'Production' : 'Staging', archiveExisting: true } })}>Change stage…</Button>
            <Button onClick={() => open({ kind: 'change', change: { kind: 'alias-set', model: name, alias: 'champion', version: v.version } })}>Set alias…</Button>
            <Button onClick={() => open({ kind: 'change', change: { kind: 'tags', model: name, version: v.version, set: {}, remove: [] } })}>Edit tags…</Button>
            <Button onClick={() => open({ kind: 'change', change: { kind: 'description', model: name, version: v.version, description: v.description } })}>Edit description…</Button>
          </>
        }
      />
      <RegistryTabs tabs={TABS} current={tab} onSelect={(t) => setSearch((s) => ({ ...s, tab: t }))} />
      <div className="flex flex-col gap-4 px-6 py-4">
        {tab === 'overview' && (
          <>
            <ModelUris name={name} version={v.version} aliases={v.aliases} />
            <ModelDescription text={v.description} />
            {run.data && <SourceRunPanel run={run.data} />}
            {run.error && <p className="text-sm text-red-700 dark:text-red-300">Could not load the source run: {run.error.message}</p>}
            {run.data && artifactPath && <ModelArtifactsPanel runId={v.runId} path={artifactPath} />}
          </>
        )}
        {tab === 'compare' && <VersionCompareTab name={name} version={v.version} />}
        {tab === 'requests' && <RequestList model={name} version={v.version} />}
      </div>
    </>
  )
}
