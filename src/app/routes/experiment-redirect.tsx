import { Navigate, useParams } from 'react-router'
import { hrefs } from '../../url/hrefs.ts'

/** `/experiments/:id` → the run table of that experiment (`/experiments/runs?exp=id`). */
export function ExperimentRedirectPage() {
  const { experimentId = '' } = useParams()
  return <Navigate to={hrefs.runs({ experimentIds: [experimentId] })} replace />
}
