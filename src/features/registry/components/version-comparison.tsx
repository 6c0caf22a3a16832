import { ErrorBoundary } from '../../../components/errors/error-boundary.tsx'
import { Skeleton } from '../../../components/ui/skeleton.tsx'
import { useVersionPair } from '../hooks/use-version-pair.ts'
import { CurvesChart } from './curves-chart.tsx'
import { MetricDeltas } from './metric-deltas.tsx'
import { ParamsDiffSummary } from './params-diff-summary.tsx'

type VersionComparisonProps = { model: string; candidate: string; incumbent: string; metric?: string; incumbentLabel?: string }

/**
 * The candidate against the version holding the target now: final and best metric deltas, the
 * two source runs' curves of `metric` (default val_mAP) overlaid, and what differs in params.
 */
export function VersionComparison({ model, candidate, incumbent, metric = 'val_mAP', incumbentLabel = 'the current holder' }: VersionComparisonProps) {
  const pair = useVersionPair(model, candidate, incumbent, metric)
  return (
    <section aria-label={`Comparison of v${candidate} with v${incumbent}`} className="flex flex-col gap-3 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <h3 className="text-sm font-semibold">
        v{candidate} compared with v{incumbent}{incumbentLabel ? ` (${incumbentLabel})` : ''}
      </h3>
      <ErrorBoundary label="The comparison">
        {pair.isLoading ? (
          <Skeleton className="h-40 w-full" label="Loading comparison" />
        ) : pair.error ? (
          <p className="text-sm text-red-700 dark:text-red-300">Could not load the source runs: {pair.error instanceof Error ? pair.error.message : String(pair.error)}</p>
        ) : (
          <div className="grid gap-3 md:grid-cols-2">
            <MetricDeltas metric={metric} candidate={pair.candidate} incumbent={pair.incumbent} />
            <CurvesChart metric={metric} candidate={pair.candidate} incumbent={pair.incumbent} />
            <ParamsDiffSummary candidate={pair.candidate} incumbent={pair.incumbent} />
          </div>
        )}
      </ErrorBoundary>
    </section>
  )
}
