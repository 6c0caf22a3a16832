import { useQueries, useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { artifactQueries } from '../../../../api/artifacts.ts'
import { EmptyState } from '../../../../components/ui/empty-state.tsx'
import { hydraDirsToList } from '../../../../lib/artifact-candidates.ts'
import { findHydraFiles } from '../../../../lib/hydra.ts'
import { hrefs } from '../../../../url/hrefs.ts'
import { ArtifactPreview } from './artifact-preview.tsx'
import { PanelError } from '../../../../components/errors/panel-error.tsx'
import { PanelLoading } from '../../../../components/ui/panel-loading.tsx'
import { SectionCard } from './section-card.tsx'

type HydraPanelProps = { experimentId: string; runId: string }

/** The run's Hydra config (`.hydra/config.yaml`) and command-line overrides, found in its artifacts. */
export function HydraPanel({ experimentId, runId }: HydraPanelProps) {
  const root = useQuery(artifactQueries.list(runId, ''))
  // Only folders with Hydra-ish names are listed: checkpoints and images are never crawled.
  const dirs = root.data ? hydraDirsToList(root.data.files) : []
  const subLists = useQueries({ queries: dirs.map((d) => artifactQueries.list(runId, d)) })
  if (root.isPending || subLists.some((q) => q.isPending)) return <PanelLoading label="Looking for Hydra files" rows={4} />
  if (root.isError) return <PanelError error={root.error} what="artifacts" onRetry={() => void root.refetch()} />
  const entries = [...root.data.files, ...subLists.flatMap((q) => q.data?.files ?? [])]
  const location = findHydraFiles(entries)[0]
  if (!location) {
    return (
      <EmptyState title="No Hydra config found"
        description="This run has no .hydra/config.yaml or overrides.yaml among its artifacts. Runs launched with Hydra log them when the output folder is uploaded."
        action={<Link to={hrefs.run({ experimentId, runId, tab: 'artifacts' })} className="text-sm text-sky-700 underline dark:text-sky-400">Browse artifacts</Link>} />
    )
  }
  const files = [location.overrides, location.config, location.hydra].filter((p): p is string => p !== undefined)
  return (
    <div className="flex flex-col gap-4">
      {files.map((path) => (
        <SectionCard key={path} title={path.endsWith('overrides.yaml') ? 'Overrides' : path.endsWith('config.yaml') ? 'Resolved config' : 'Hydra runtime'}>
          <ArtifactPreview runId={runId} path={path} />
        </SectionCard>
      ))}
    </div>
  )
}
