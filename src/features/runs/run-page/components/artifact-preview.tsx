import type { ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { artifactDownloadUrl, artifactQueries, DEFAULT_TEXT_MAX_BYTES } from '../../../../api/artifacts.ts'
import { formatBytes, formatCount } from '../../../../lib/format.ts'
import { ArtifactTextView } from './artifact-text-view.tsx'
import { PanelError } from '../../../../components/errors/panel-error.tsx'
import { PanelLoading } from '../../../../components/ui/panel-loading.tsx'

type ArtifactPreviewProps = { runId: string; path: string }

/**
 * One artifact file: a download link always, and a preview for text files up to 2 MiB
 * (larger ones and binaries get a message instead; the bytes decide, not the extension).
 */
export function ArtifactPreview({ runId, path }: ArtifactPreviewProps) {
  const content = useQuery(artifactQueries.text(runId, path))
  const download = (
    <a href={artifactDownloadUrl(runId, path)} download className="rounded-md border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800">
      Download
    </a>
  )
  return (
    <section aria-label={`Preview of ${path}`} className="flex min-w-0 flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="min-w-0 flex-1 truncate font-mono text-sm font-medium" title={path}>{path}</h3>
        {content.data && <span className="text-xs text-slate-500">{formatBytes(content.data.size)}</span>}
        {download}
      </div>
      {content.isPending ? (
        <PanelLoading label={`Loading ${path}`} rows={8} />
      ) : content.isError ? (
        <PanelError error={content.error} what={path} onRetry={() => void content.refetch()} isRetrying={content.isFetching} />
      ) : content.data.kind === 'tooLarge' ? (
        <Notice>
          <strong>This file is too large to preview</strong> ({content.data.size > DEFAULT_TEXT_MAX_BYTES ? `${formatBytes(content.data.size)}; ` : ''}previews stop at {formatBytes(DEFAULT_TEXT_MAX_BYTES)}). Download it to read it.
        </Notice>
      ) : content.data.kind === 'binary' ? (
        <Notice>
          <strong>Binary file, {formatCount(content.data.size)} bytes.</strong> It cannot be shown as text; download it instead.
        </Notice>
      ) : (
        <ArtifactTextView path={path} text={content.data.text} />
      )}
    </section>
  )
}

function Notice({ children }: { children: ReactNode }) {
  return <p role="status" className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-700 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300">{children}</p>
}
