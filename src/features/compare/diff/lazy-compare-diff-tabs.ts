import { preloadableLazy } from '../../../components/preloadable-lazy.tsx'

/**
 * The diff sections' chunks: the compare page renders `compareDiffTabs.Component`, and a diff
 * link's route loader preloads it (and the section it opens) at navigation, so the page usually
 * finds the code loaded and renders without suspending (see `preloadableLazy`). The params
 * table ships in the tabs' chunk; the other sections (YAML parser, text diff, syntax tokens)
 * load only when opened or linked.
 */
export const compareDiffTabs = preloadableLazy(async () => (await import('./compare-diff-tabs.tsx')).CompareDiffTabs)

type PanelProps = { runIds: string[] }

export const lazyDiffPanels = {
  metrics: preloadableLazy<PanelProps>(async () => (await import('./metrics/metrics-summary-panel.tsx')).MetricsSummaryPanel),
  hydra: preloadableLazy<PanelProps>(async () => (await import('./hydra/hydra-panel.tsx')).HydraPanel),
  artifacts: preloadableLazy<PanelProps>(async () => (await import('./artifacts/artifacts-diff-panel.tsx')).ArtifactsDiffPanel),
}
