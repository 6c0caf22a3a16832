import { useQueries } from '@tanstack/react-query'
import { MlflowApiError } from '../../api/client.ts'
import { experimentQueries } from '../../api/experiments.ts'

type ExperimentNoticesProps = { experimentIds: string[] }

/** Non-blocking notes about the experiments in the URL: unknown ids and deleted experiments. */
export function ExperimentNotices({ experimentIds }: ExperimentNoticesProps) {
  const results = useQueries({ queries: experimentIds.map((id) => ({ ...experimentQueries.detail(id), retry: false })) })
  const notes: string[] = []
  results.forEach((r, i) => {
    const id = experimentIds[i]
    if (r.error instanceof MlflowApiError && (r.error.status === 404 || r.error.status === 400)) notes.push(`Experiment ${id} does not exist; it is ignored.`)
    else if (r.error) notes.push(`Could not load experiment ${id}: ${r.error.message}`)
    else if (r.data?.lifecycleStage === 'deleted') notes.push(`Experiment “${r.data.name}” (${id}) is deleted; its runs are shown read-only until it is restored.`)
  })
  if (notes.length === 0) return null
  return (
    <ul aria-label="Experiment notices" className="mx-6 mb-2 flex flex-col gap-1 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
      {notes.map((n) => <li key={n}>{n}</li>)}
    </ul>
  )
}
