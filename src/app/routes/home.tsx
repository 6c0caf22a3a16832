import { Navigate } from 'react-router'

/** `/` has no page of its own: experiments are where every MLflow session starts. */
export function HomePage() {
  return <Navigate to="/experiments" replace />
}
