import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { artifactQueries } from '../../../../api/artifacts.ts'
import type { ArtifactFile } from '../../../../api/types.ts'
import { cn } from '../../../../lib/cn.ts'
import { formatBytes } from '../../../../lib/format.ts'
import { baseName, isWithin } from '../artifact-paths.ts'
import { PanelError } from '../../../../components/errors/panel-error.tsx'

type ArtifactFolderProps = { runId: string; path: string; depth: number; selected: string; onSelect: (path: string) => void }

/** The entries of one artifact folder, listed when the folder is first opened (artifacts/list). */
export function ArtifactFolder({ runId, path, depth, selected, onSelect }: ArtifactFolderProps) {
  const listing = useQuery(artifactQueries.list(runId, path))
  const indent = { paddingLeft: `${depth * 0.9 + 0.25}rem` }
  if (listing.isPending) return <p className="py-1 text-xs text-slate-500" style={indent}>Loading…</p>
  if (listing.isError) {
    return (
      <div className="py-1" style={indent}>
        <PanelError error={listing.error} what={path ? `folder ${path}` : 'artifacts'} onRetry={() => void listing.refetch()} isRetrying={listing.isFetching} />
      </div>
    )
  }
  const files = [...listing.data.files].sort((a, b) => Number(b.isDir) - Number(a.isDir) || (a.path < b.path ? -1 : 1))
  if (files.length === 0) return <p className="py-1 text-xs text-slate-500 dark:text-slate-400" style={indent}>{path ? 'Empty folder' : 'No artifacts logged.'}</p>
  return (
    <ul className="flex flex-col">
      {files.map((f) => (
        <li key={f.path}>
          {f.isDir ? (
            <ArtifactDir runId={runId} entry={f} depth={depth} selected={selected} onSelect={onSelect} />
          ) : (
            <button type="button" onClick={() => onSelect(f.path)} aria-current={selected === f.path ? 'true' : undefined} style={indent}
              className={cn('flex w-full items-center gap-1.5 rounded py-0.5 pr-2 text-left text-sm hover:bg-slate-100 dark:hover:bg-slate-800', selected === f.path && 'bg-sky-100 font-medium text-sky-900 dark:bg-sky-950 dark:text-sky-200')}>
              <span aria-hidden className="w-3 text-slate-400">·</span>
              <span className="min-w-0 flex-1 truncate">{baseName(f.path)}</span>
              {f.fileSize !== undefined && <span className="shrink-0 text-xs text-slate-500">{formatBytes(f.fileSize)}</span>}
            </button>
          )}
        </li>
      ))}
    </ul>
  )
}

type ArtifactDirProps = { runId: string; entry: ArtifactFile; depth: number; selected: string; onSelect: (path: string) => void }

function ArtifactDir({ runId, entry, depth, selected, onSelect }: ArtifactDirProps) {
  // Open on arrival when a shared link points inside this folder.
  const [isOpen, setIsOpen] = useState(() => selected !== '' && isWithin(selected, entry.path) && selected !== entry.path)
  return (
    <>
      <button type="button" aria-expanded={isOpen} onClick={() => setIsOpen((o) => !o)} style={{ paddingLeft: `${depth * 0.9 + 0.25}rem` }}
        className="flex w-full items-center gap-1.5 rounded py-0.5 pr-2 text-left text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
        <span aria-hidden className="w-3 text-xs text-slate-500">{isOpen ? '▾' : '▸'}</span>
        <span className="min-w-0 flex-1 truncate">{baseName(entry.path)}/</span>
      </button>
      {isOpen && <ArtifactFolder runId={runId} path={entry.path} depth={depth + 1} selected={selected} onSelect={onSelect} />}
    </>
  )
}
