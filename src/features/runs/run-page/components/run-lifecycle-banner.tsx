import type { Experiment, Run } from '../../../../api/types.ts'

type RunLifecycleBannerProps = { run: Run; experiment?: Experiment }

/** Says plainly when the run, or the experiment holding it, is deleted (soft-deleted in MLflow). */
export function RunLifecycleBanner({ run, experiment }: RunLifecycleBannerProps) {
  const isRunDeleted = run.info.lifecycleStage === 'deleted'
  const isExperimentDeleted = experiment?.lifecycleStage === 'deleted'
  if (!isRunDeleted && !isExperimentDeleted) return null
  return (
    <div role="status" aria-label="Lifecycle" className="mx-6 mb-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200">
      {isRunDeleted && (
        <p>
          <strong>This run is deleted.</strong> It is hidden from run lists and will be removed for good when the server's garbage collection runs; it can still be restored from MLflow until then.
        </p>
      )}
      {isExperimentDeleted && (
        <p>
          <strong>Its experiment “{experiment.name}” is deleted.</strong> The run stays readable here, but it no longer shows in the experiment list.
        </p>
      )}
    </div>
  )
}
