import { artifactDownloadUrl } from '../../../../api/artifacts.ts'
import type { ArtifactText } from '../../../../api/types.ts'
import { formatBytes } from '../../../../lib/format.ts'
import { PanelError } from '../../../../components/errors/panel-error.tsx'
import type { DiffSide } from './artifact-text-diff.tsx'

type ArtifactSideProblemProps = { side: DiffSide; path: string; data: ArtifactText | undefined; error: unknown; onRetry: () => void }

/** Why one side cannot be diffed: the request failed, the file is too large, or it is binary. */
export function ArtifactSideProblem({ side, path, data, error, onRetry }: ArtifactSideProblemProps) {
  if (error) return <PanelError error={error} what={`${path} of ${side.name}`} onRetry={onRetry} />
  if (!data || data.kind === 'text') return null
  const download = (
    <a href={artifactDownloadUrl(side.runId, path)} download className="font-medium text-sky-700 underline dark:text-sky-400">
      Download
    </a>
  )
  return (
    <p role="alert" className="flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200">
      <span>
        {side.name}: {data.kind === 'tooLarge' ? `too large to diff (${formatBytes(data.size)}, limit 5 MiB)` : `binary file (${formatBytes(data.size)}), not shown as text`}.
      </span>
      {download}
    </p>
  )
}
