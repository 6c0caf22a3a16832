import { useMemo } from 'react'
import type { Run } from '../../../../api/types.ts'
import { EmptyState } from '../../../../components/ui/empty-state.tsx'
import { diffConfigs } from '../../../../lib/config-diff.ts'
import { compareSearch } from '../../../../url/compare-search.ts'
import { useSearchState } from '../../../../url/use-search-state.ts'
import { FailedRunsNote } from '../shared/failed-runs-note.tsx'
import { PanelError } from '../../../../components/errors/panel-error.tsx'
import { PanelLoading } from '../../../../components/ui/panel-loading.tsx'
import { runColorMap, runDisplayName } from '../shared/run-display.ts'
import { useCompareRuns } from '../shared/use-compare-runs.ts'
import { ConfigTreeDiff } from './config-tree-diff.tsx'
import { HydraRunIssues } from './hydra-run-issues.tsx'
import { OverridesLane } from './overrides-lane.tsx'
import { ParamConfigMismatches } from './param-config-mismatches.tsx'
import { useHydraRuns, type HydraRun } from './use-hydra-runs.ts'

type HydraPanelProps = { runIds: string[] }

export type HydraColumn = { run: Run; name: string; color?: string; hydra: HydraRun; config: unknown }

/** Hydra configs of the runs: N-way tree diff vs the baseline, overrides side by side, param/config disagreements. */
export function HydraPanel({ runIds }: HydraPanelProps) {
  const [url] = useSearchState(compareSearch)
  const { runs, failed, isPending, error, refetch } = useCompareRuns(runIds)
  const loadedIds = useMemo(() => runs.map((r) => r.info.runId), [runs])
  const hydra = useHydraRuns(loadedIds)
  const colors = useMemo(() => runColorMap(runIds), [runIds])
  const columns: HydraColumn[] = runs.map((run, i) => {
    const h = hydra[i]
    const config = h.config.status === 'parsed' && h.config.result.ok ? h.config.result.value : undefined
    return { run, name: runDisplayName(run), color: colors.get(run.info.runId), hydra: h, config }
  })
  const configKey = columns.map((c) => (c.hydra.config.status === 'parsed' ? c.hydra.config.text : c.hydra.config.status)).join('\u0001')
  // eslint-disable-next-line react-hooks/exhaustive-deps -- configKey identifies the parsed configs
  const root = useMemo(() => diffConfigs(columns.map((c) => c.config)), [configKey])

  if (isPending && runs.length === 0) return <PanelLoading label="Loading Hydra configs" />
  if (error) return <PanelError error={error} what="the compared runs" onRetry={refetch} />
  const isLocating = columns.some((c) => c.hydra.location.status === 'loading')
  const withConfig = columns.filter((c) => c.config !== undefined)
  const withOverrides = columns.filter((c) => c.hydra.overrideList !== undefined)
  return (
    <section aria-label="Hydra config diff" className="flex flex-col gap-5">
      <FailedRunsNote failed={failed} onRetry={refetch} />
      <HydraRunIssues columns={columns} />
      {isLocating && withConfig.length === 0 ? (
        <PanelLoading label="Looking for Hydra files" rows={4} />
      ) : withConfig.length === 0 && withOverrides.length === 0 ? (
        <EmptyState title="No Hydra files found" description="None of these runs logged .hydra/config.yaml or overrides.yaml (looked in the artifact root and folders such as .hydra/, hydra/, config/)." />
      ) : (
        <>
          <ConfigTreeDiff root={root} columns={columns} isDiffOnly={url.diffOnly} />
          <OverridesLane columns={columns} />
          <ParamConfigMismatches columns={withConfig} />
        </>
      )}
    </section>
  )
}
