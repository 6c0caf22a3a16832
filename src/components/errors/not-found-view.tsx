import { Link } from 'react-router'
import { hrefs } from '../../url/hrefs.ts'
import { ErrorPage } from './error-page.tsx'

type NotFoundViewProps = { message?: string }

/** For unknown URLs and for MLflow's RESOURCE_DOES_NOT_EXIST (a deleted run, a typo in a shared link). */
export function NotFoundView({ message }: NotFoundViewProps) {
  return (
    <ErrorPage
      title="Not found"
      actions={
        <Link to={hrefs.experiments()} className="rounded-md bg-sky-700 px-3 py-2 text-sm font-medium text-white hover:bg-sky-800">
          Go to experiments
        </Link>
      }
    >
      <p>{message ?? 'There is nothing at this address. The link may be old, or the item may have been deleted.'}</p>
    </ErrorPage>
  )
}
