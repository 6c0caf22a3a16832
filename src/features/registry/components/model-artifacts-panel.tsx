import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { artifactDownloadUrl, artifactQueries } from '../../../api/artifacts.ts'
import { formatBytes } from '../../../lib/format.ts'

type ModelArtifactsPanelProps = { runId: string; path: string }

/** The files of the version's model folder in its source run (directories expand on click). */
export function ModelArtifactsPanel({ runId, path }: ModelArtifactsPanelProps) {
  return (
    <section aria-label="Model artifacts" className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <h2 className="mb-1 text-sm font-semibold">
        Model files <span className="font-mono font-normal text-slate-500">{path}/</span>
      </h2>
      <ArtifactDir runId={runId} path={path} />
    </section>
  )
}

function ArtifactDir({ runId, path }: { runId: string; path: string }) {
  const listing = useQuery(artifactQueries.list(runId, path))
  if (listing.isLoading) return <p className="text-xs text-slate-500">Loading…</p>
  if (listing.error) return <p className="text-xs text-red-700 dark:text-red-300">Could not list {path}: {listing.error.message}</p>
  if (!listing.data?.files.length) return <p className="text-xs text-slate-500">No files.</p>
  return (
    <ul className="flex flex-col gap-0.5 pl-3 text-xs">
      {listing.data.files.map((f) => (f.isDir ? <ArtifactSubdir key={f.path} runId={runId} path={f.path} /> : (
        <li key={f.path} className="flex gap-2">
          <a className="font-mono text-sky-700 hover:underline dark:text-sky-400" href={artifactDownloadUrl(runId, f.path)}>{f.path.split('/').at(-1)}</a>
          {f.fileSize !== undefined && <span className="text-slate-500">{formatBytes(f.fileSize)}</span>}
        </li>
      )))}
    </ul>
  )
}

function ArtifactSubdir({ runId, path }: { runId: string; path: string }) {
  const [isOpen, setIsOpen] = useState(false)
  return (
    <li>
      <button type="button" aria-expanded={isOpen} className="font-mono hover:underline" onClick={() => setIsOpen((o) => !o)}>
        {isOpen ? '▾' : '▸'} {path.split('/').at(-1)}/
      </button>
      {isOpen && <ArtifactDir runId={runId} path={path} />}
    </li>
  )
}
