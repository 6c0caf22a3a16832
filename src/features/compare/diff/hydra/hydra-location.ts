import { queryOptions } from '@tanstack/react-query'
import { artifactQueries, listArtifacts } from '../../../../api/artifacts.ts'
import type { ArtifactFile } from '../../../../api/types.ts'
import { hydraDirsToList } from '../../../../lib/artifact-candidates.ts'
import { findHydraFiles, type HydraLocation } from '../../../../lib/hydra.ts'

/**
 * Finds a run's Hydra files: lists the root, then likely folders (`.hydra`, `hydra/`,
 * `config/`, …), then likely folders inside those (`hydra/.hydra`). At most 1 + 6 + 6 listings;
 * big trees are never crawled. Null when the run has none.
 */
export async function findHydraLocation(runId: string, signal?: AbortSignal): Promise<HydraLocation | null> {
  const root = await listArtifacts(runId, '', signal)
  const entries: ArtifactFile[] = [...root.files]
  let dirs = hydraDirsToList(root.files)
  for (let level = 0; level < 2 && dirs.length > 0; level++) {
    const listings = await Promise.all(dirs.map((d) => listArtifacts(runId, d, signal)))
    const found = listings.flatMap((l) => l.files)
    entries.push(...found)
    dirs = hydraDirsToList(found).filter((d) => !dirs.includes(d))
  }
  return findHydraFiles(entries)[0] ?? null
}

/** Query options for {@link findHydraLocation}; shares the artifacts key prefix. */
export const hydraLocationQuery = (runId: string) =>
  queryOptions({
    queryKey: [...artifactQueries.all(), 'hydra-location', runId] as const,
    queryFn: ({ signal }) => findHydraLocation(runId, signal),
    staleTime: 60_000,
  })
