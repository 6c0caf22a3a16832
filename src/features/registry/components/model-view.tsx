import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { registryQueries } from '../../../api/registry.ts'
import { ApiErrorView } from '../../../components/errors/api-error-view.tsx'
import { PageHeader } from '../../../components/layout/page-header.tsx'
import { PageSkeleton } from '../../../components/layout/page-skeleton.tsx'
import { Button } from '../../../components/ui/button.tsx'
import { hrefs } from '../../../url/hrefs.ts'
import { registrySearch, type RegistryTab } from '../../../url/registry-search.ts'
import { useSearchState } from '../../../url/use-search-state.ts'
import { useRegistryDialog } from '../hooks/use-registry-dialog.ts'
import { AuditTimeline } from './audit-timeline.tsx'
import { ModelDescription } from './model-description.tsx'
import { RegistryTabs } from './registry-tabs.tsx'
import { RequestList } from './request-list.tsx'
import { StagesAndAliases } from './stages-and-aliases.tsx'
import { TagList } from './tag-list.tsx'
import { VersionMetricPanel } from './version-metric-panel.tsx'
import { VersionsTable } from './versions-table.tsx'

const TABS: { tab: RegistryTab; label: string }[] = [
  { tab: 'overview', label: 'Overview' },
  { tab: 'requests', label: 'Requests' },
  { tab: 'history', label: 'History' },
]

type ModelViewProps = { name: string }

/** A registered model: description, tags, stages and aliases, versions, chart, requests, history. */
export function ModelView({ name }: ModelViewProps) {
  const [search, setSearch] = useSearchState(registrySearch)
  const model = useQuery(registryQueries.model(name))
  const versions = useQuery(registryQueries.versions(name))
  const open = useRegistryDialog()
  const error = model.error ?? versions.error
  if (error) return <ApiErrorView error={error} onRetry={() => Promise.all([model.refetch(), versions.refetch()])} />
  if (!model.data || !versions.data) return <PageSkeleton />
  const m = model.data
  const tab = TABS.some((t) => t.tab === search.tab) ? search.tab : 'overview'
  return (
    <>
      <PageHeader
        eyebrow={<Link className="hover:underline" to={hrefs.models()}>Models</Link>}
        title={m.name}
        description={<TagList tags={m.tags} />}
        actions={
          <>
            <Button onClick={() => open({ kind: 'change', change: { kind: 'description', model: m.name, description: m.description } })}>Edit description…</Button>
            <Button onClick={() => open({ kind: 'change', change: { kind: 'tags', model: m.name, set: {}, remove: [] } })}>Edit tags…</Button>
          </>
        }
      />
      <RegistryTabs tabs={TABS} current={tab} onSelect={(t) => setSearch((s) => ({ ...s, tab: t }))} />
      <div className="flex flex-col gap-4 px-6 py-4">
        {tab === 'overview' && (
          <>
            <ModelDescription text={m.description} />
            <StagesAndAliases model={m} versions={versions.data} />
            <VersionsTable model={m.name} versions={versions.data} />
            <VersionMetricPanel versions={versions.data} />
          </>
        )}
        {tab === 'requests' && <RequestList model={m.name} />}
        {tab === 'history' && <AuditTimeline model={m} versions={versions.data} />}
      </div>
    </>
  )
}
