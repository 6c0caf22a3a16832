import { useQueries } from '@tanstack/react-query'
import { useMemo } from 'react'
import { EmptyState } from '../../../../components/ui/empty-state.tsx'
import { commonTextArtifacts } from '../../../../lib/artifact-candidates.ts'
import { compareSearch } from '../../../../url/compare-search.ts'
import { useSearchState } from '../../../../url/use-search-state.ts'
import { FailedRunsNote } from '../shared/failed-runs-note.tsx'
import { PanelError } from '../../../../components/errors/panel-error.tsx'
import { PanelLoading } from '../../../../components/ui/panel-loading.tsx'
import { runDisplayName } from '../shared/run-display.ts'
import { useCompareRuns } from '../shared/use-compare-runs.ts'
import { ArtifactDiffPicker } from './artifact-diff-picker.tsx'
import { ArtifactTextDiff } from './artifact-text-diff.tsx'
import { artifactTreeQuery } from './artifact-tree.ts'

type ArtifactsDiffPanelProps = { runIds: string[] }

/** Text artifacts found in several runs: pick a file and two runs, see the diff. */
export function ArtifactsDiffPanel({ runIds }: ArtifactsDiffPanelProps) {
  const [url, setUrl] = useSearchState(compareSearch)
  const { runs, failed, isPending, error, refetch } = useCompareRuns(runIds)
  const trees = useQueries({ queries: runs.map((r) => artifactTreeQuery(r.info.runId)) })
  const treeKey = trees.map((t) => t.dataUpdatedAt).join(',')
  // eslint-disable-next-line react-hooks/exhaustive-deps -- treeKey changes whenever a listing does
  const candidates = useMemo(() => commonTextArtifacts(trees.map((t) => t.data?.files)), [treeKey])
  const names = useMemo(() => new Map(runs.map((r) => [r.info.runId, runDisplayName(r)])), [runs])

  if (isPending && runs.length === 0) return <PanelLoading label="Loading artifacts" />
  if (error) return <PanelError error={error} what="the compared runs" onRetry={refetch} />
  const treeErrors = trees.flatMap((t, i) => (t.error ? [{ runId: runs[i].info.runId, error: t.error }] : []))
  const isListing = trees.some((t) => t.isPending)
  const chosen = candidates.find((c) => c.path === url.artifact) ?? (url.artifact ? undefined : candidates[0])
  const holders = chosen ? chosen.runIndexes.map((i) => runs[i].info.runId) : []
  // Default pair: the first two runs holding the file (the baseline first when it has it).
  const pair: [string, string] | null = url.pair ?? (holders.length >= 2 ? [holders[0], holders[1]] : null)
  return (
    <section aria-label="Artifact diff" className="flex flex-col gap-3">
      <FailedRunsNote failed={[...failed, ...treeErrors.map((e) => ({ ...e, runId: `${names.get(e.runId) ?? e.runId} artifacts` }))]} onRetry={refetch} />
      {isListing && candidates.length === 0 ? (
        <PanelLoading label="Listing artifacts" rows={4} />
      ) : candidates.length === 0 && !url.artifact ? (
        <EmptyState title="No shared text artifacts" description="None of the text files (YAML, JSON, logs, txt) is present in two or more of these runs." />
      ) : (
        <>
          <ArtifactDiffPicker candidates={candidates} path={chosen?.path ?? url.artifact} runs={runs} pair={pair}
            onPathChange={(artifact) => setUrl((s) => ({ ...s, artifact, pair: null }))} onPairChange={(p) => setUrl((s) => ({ ...s, pair: p, artifact: chosen?.path ?? s.artifact }))} />
          {pair && (chosen?.path || url.artifact) ? (
            <ArtifactTextDiff path={chosen?.path ?? url.artifact} language={chosen?.language} left={{ runId: pair[0], name: names.get(pair[0]) ?? pair[0] }} right={{ runId: pair[1], name: names.get(pair[1]) ?? pair[1] }} />
          ) : (
            <EmptyState title="Pick two runs" description="This file is in fewer than two of the compared runs." />
          )}
        </>
      )}
    </section>
  )
}
