import { Navigate } from 'react-router'
import { hrefs } from '../../url/hrefs.ts'

/** `/` has no page of its own: experiments are where every MLflow session starts. */
export function HomePage() {
  return <Navigate to={hrefs.experiments()} replace />
}
