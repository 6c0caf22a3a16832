import { Suspense, useMemo, type ComponentType } from 'react'
import { ErrorBoundary } from '../../../components/errors/error-boundary.tsx'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { PanelLoading } from '../../../components/ui/panel-loading.tsx'
import { lazyDiffPanels } from './lazy-compare-diff-tabs.ts'
import { ParamsDiffPanel } from './params/params-diff-panel.tsx'

// The params table is the default section and ships with this chunk; the other sections load
// only when opened or linked (lazy-compare-diff-tabs.ts).

export type DiffTab = 'params' | 'metrics' | 'hydra' | 'artifacts'

type CompareDiffTabsProps = {
  tab: DiffTab
  /** Compared runs; `runIds[0]` is the baseline. */
  runIds: string[]
}

const PANELS: Record<DiffTab, { label: string; Panel: ComponentType<{ runIds: string[] }> }> = {
  params: { label: 'Params diff', Panel: ParamsDiffPanel },
  metrics: { label: 'Metrics summary', Panel: lazyDiffPanels.metrics.Component },
  hydra: { label: 'Hydra config diff', Panel: lazyDiffPanels.hydra.Component },
  artifacts: { label: 'Artifact diff', Panel: lazyDiffPanels.artifacts.Component },
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
      <Suspense fallback={<PanelLoading label={`Loading ${entry.label.toLowerCase()}`} />}>
        <entry.Panel runIds={ids} />
      </Suspense>
    </ErrorBoundary>
  )
}
