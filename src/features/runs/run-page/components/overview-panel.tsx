import { useQuery } from '@tanstack/react-query'
import { experimentQueries } from '../../../../api/experiments.ts'
import type { Run } from '../../../../api/types.ts'
import { ErrorBoundary } from '../../../../components/errors/error-boundary.tsx'
import { DatasetInputs } from './dataset-inputs.tsx'
import { DescriptionPanel } from './description-panel.tsx'
import { RunDetails } from './run-details.tsx'
import { TagsPanel } from './tags-panel.tsx'

type OverviewPanelProps = { run: Run; fetchedAt: number }

/** Details and datasets on the left, the description and tags on the right; each part fails alone. */
export function OverviewPanel({ run, fetchedAt }: OverviewPanelProps) {
  const experiment = useQuery(experimentQueries.detail(run.info.experimentId))
  const isReadOnly = run.info.lifecycleStage === 'deleted'
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      <div className="flex min-w-0 flex-col gap-4">
        <ErrorBoundary label="Details">
          <RunDetails run={run} experimentName={experiment.data?.name} fetchedAt={fetchedAt} />
        </ErrorBoundary>
        <ErrorBoundary label="Datasets">
          <DatasetInputs inputs={run.inputs} />
        </ErrorBoundary>
      </div>
      <div className="flex min-w-0 flex-col gap-4">
        <ErrorBoundary label="Description">
          <DescriptionPanel run={run} isReadOnly={isReadOnly} />
        </ErrorBoundary>
        <ErrorBoundary label="Tags">
          <TagsPanel run={run} isReadOnly={isReadOnly} />
        </ErrorBoundary>
      </div>
    </div>
  )
}
