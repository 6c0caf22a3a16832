import { useMemo, type ComponentType } from 'react'
import { ErrorBoundary } from '../../../components/errors/error-boundary.tsx'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ArtifactsDiffPanel } from './artifacts/artifacts-diff-panel.tsx'
import { HydraPanel } from './hydra/hydra-panel.tsx'
import { MetricsSummaryPanel } from './metrics/metrics-summary-panel.tsx'
import { ParamsDiffPanel } from './params/params-diff-panel.tsx'

export type DiffTab = 'params' | 'metrics' | 'hydra' | 'artifacts'

type CompareDiffTabsProps = {
  tab: DiffTab
  /** Compared runs; `runIds[0]` is the baseline. */
  runIds: string[]
}

const PANELS: Record<DiffTab, { label: string; Panel: ComponentType<{ runIds: string[] }> }> = {
  params: { label: 'Params diff', Panel: ParamsDiffPanel },
  metrics: { label: 'Metrics summary', Panel: MetricsSummaryPanel },
  hydra: { label: 'Hydra config diff', Panel: HydraPanel },
  artifacts: { label: 'Artifact diff', Panel: ArtifactsDiffPanel },
}

/** The non-chart sections of the compare page, each in its own error boundary. */
export function CompareDiffTabs({ tab, runIds }: CompareDiffTabsProps) {
  // The page may hand a new array with the same ids on every URL change; keep one per id list.
  const key = runIds.join('\n')
  const ids = useMemo(() => (key ? key.split('\n') : []), [key])
  const entry = PANELS[tab] ?? PANELS.params
  if (ids.length === 0) return <EmptyState title="No runs to compare" description="Select runs in a run table and choose Compare." />
  return (
    <ErrorBoundary key={tab} label={entry.label}>
      <entry.Panel runIds={ids} />
    </ErrorBoundary>
  )
}
