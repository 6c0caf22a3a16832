import { queryOptions } from '@tanstack/react-query'
import { artifactQueries, listArtifacts } from '../../../../api/artifacts.ts'
import type { ArtifactFile } from '../../../../api/types.ts'

/** Deepest folder level listed (root = 0) and most listings per run: artifact trees can be huge. */
const MAX_DEPTH = 3
const MAX_LISTINGS = 40

export type ArtifactTree = { files: ArtifactFile[]; isComplete: boolean }

/**
 * Files of a run's artifact tree, breadth first, up to depth 3 and 40 listings (each level's
 * folders are listed in parallel). `isComplete` is false when a limit cut the walk short.
 */
export async function listArtifactTree(runId: string, signal?: AbortSignal): Promise<ArtifactTree> {
  const files: ArtifactFile[] = []
  let dirs = ['']
  let listings = 0
  let isComplete = true
  for (let depth = 0; dirs.length > 0; depth++) {
    if (depth > MAX_DEPTH || listings >= MAX_LISTINGS) {
      isComplete = false
      break
    }
    const batch = dirs.slice(0, MAX_LISTINGS - listings)
    if (batch.length < dirs.length) isComplete = false
    listings += batch.length
    const results = await Promise.all(batch.map((d) => listArtifacts(runId, d, signal)))
    dirs = []
    for (const r of results) {
      for (const f of r.files) {
        if (f.isDir) dirs.push(f.path)
        else files.push(f)
      }
    }
  }
  return { files, isComplete }
}

/** Query options for {@link listArtifactTree}; shares the artifacts key prefix. */
export const artifactTreeQuery = (runId: string) =>
  queryOptions({
    queryKey: [...artifactQueries.all(), 'tree', runId] as const,
    queryFn: ({ signal }) => listArtifactTree(runId, signal),
    staleTime: 60_000,
  })
