import { Navigate, useLocation, useParams } from 'react-router'
import { hrefs } from '../../url/hrefs.ts'
import { runsSearch } from '../../url/runs-search.ts'

/** `/experiments/:experimentId` (MLflow-style link): the run table of that one experiment. */
export function RunsPage() {
  const { experimentId = '' } = useParams()
  const location = useLocation()
  const rest = runsSearch.parse(new URLSearchParams(location.search))
  return <Navigate replace to={hrefs.runs({ ...rest, experimentIds: [experimentId, ...rest.experimentIds.filter((id) => id !== experimentId)] })} />
}
