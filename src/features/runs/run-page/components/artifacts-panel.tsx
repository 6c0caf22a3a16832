import { EmptyState } from '../../../../components/ui/empty-state.tsx'
import { ErrorBoundary } from '../../../../components/errors/error-boundary.tsx'
import { ArtifactFolder } from './artifact-folder.tsx'
import { ArtifactPreview } from './artifact-preview.tsx'
import { SectionCard } from './section-card.tsx'

type ArtifactsPanelProps = { runId: string; selected: string; onSelect: (path: string) => void }

/**
 * The run's artifact tree (folders listed lazily) beside a preview of the chosen file. The
 * chosen path lives in the URL (`art=`), so a link opens the same file; a listing that fails
 * (403, 500) is reported inside this panel only.
 */
export function ArtifactsPanel({ runId, selected, onSelect }: ArtifactsPanelProps) {
  return (
    <SectionCard title="Artifacts">
      <div className="grid gap-4 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <nav aria-label="Artifact files" className="max-h-[75vh] min-w-0 overflow-auto border-slate-200 lg:border-r lg:pr-2 dark:border-slate-800">
          <ErrorBoundary label="Artifact list">
            <ArtifactFolder runId={runId} path="" depth={0} selected={selected} onSelect={onSelect} />
          </ErrorBoundary>
        </nav>
        <div className="min-w-0">
          <ErrorBoundary key={selected} label="Preview">
            {selected ? (
              <ArtifactPreview runId={runId} path={selected} />
            ) : (
              <EmptyState title="No file selected" description="Choose a file on the left to preview it. Text, YAML, JSON and logs up to 2 MiB are shown; everything can be downloaded." />
            )}
          </ErrorBoundary>
        </div>
      </div>
    </SectionCard>
  )
}
