import { useId, useMemo } from 'react'
import type { ModelVersion } from '../../../api/types.ts'
import { ChartPanel } from '../../../components/charts/chart-panel.tsx'
import { LazyEChart } from '../../../components/charts/lazy-echart.tsx'
import { metricKeysOf } from '../../../lib/metric-compare.ts'
import { registrySearch } from '../../../url/registry-search.ts'
import { useSearchState } from '../../../url/use-search-state.ts'
import { buildVersionMetricOption, type VersionPoint } from '../data/chart-options.ts'
import { useSourceRuns } from '../hooks/use-source-runs.ts'

type VersionMetricPanelProps = { versions: readonly ModelVersion[] }

/** A chosen metric (URL `m=`) across the model's versions, from each version's source run. */
export function VersionMetricPanel({ versions }: VersionMetricPanelProps) {
  const id = useId()
  const [search, setSearch] = useSearchState(registrySearch)
  const { byId, isLoading } = useSourceRuns(versions)
  const keys = useMemo(() => metricKeysOf([...byId.values()].map((r) => r.metrics)).filter((k) => !k.startsWith('system/')), [byId])
  const metric = search.metric && keys.includes(search.metric) ? search.metric : keys.includes('val_mAP') ? 'val_mAP' : keys[0] ?? ''
  const option = useMemo(() => {
    const points: VersionPoint[] = versions.map((v) => ({ version: v.version, value: byId.get(v.runId)?.metrics[metric]?.value ?? null, stage: v.currentStage, aliases: v.aliases }))
    return buildVersionMetricOption(metric, points)
  }, [versions, byId, metric])
  return (
    <ChartPanel
      title={`${metric || 'Metric'} across versions`}
      subtitle="Final value of each version's source run; points coloured by stage, labelled with stage and aliases"
      isLoading={isLoading}
      empty={!isLoading && !metric ? { title: 'The source runs logged no metrics' } : undefined}
      actions={
        <>
          <label htmlFor={id} className="text-xs text-slate-500">Metric</label>
          <select id={id} value={metric} onChange={(e) => setSearch((s) => ({ ...s, metric: e.target.value }), { replace: true })}
            className="h-7 rounded-md border border-slate-300 bg-white px-1 text-xs dark:border-slate-700 dark:bg-slate-950">
            {keys.map((k) => <option key={k} value={k}>{k}</option>)}
          </select>
        </>
      }>
      <LazyEChart option={option} ariaLabel={`${metric} by model version`} className="h-72 w-full" />
    </ChartPanel>
  )
}
