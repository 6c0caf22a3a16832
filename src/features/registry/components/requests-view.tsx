import { useState } from 'react'
import { Link } from 'react-router'
import { PageHeader } from '../../../components/layout/page-header.tsx'
import { hrefs } from '../../../url/hrefs.ts'
import { registrySearch } from '../../../url/registry-search.ts'
import { useSearchState } from '../../../url/use-search-state.ts'
import { RequestList } from './request-list.tsx'

/** The leads' queue: requests across all models (URL filters `model=`, `ver=`), pending first. */
export function RequestsView() {
  const [search] = useSearchState(registrySearch)
  const [isAll, setIsAll] = useState(false)
  return (
    <>
      <PageHeader
        title="Requests"
        description={
          <>
            Stage transitions and alias moves waiting for a decision, stored as model-version tags on the MLflow server. Approving here grants no permission: the server's own permissions (MLflow auth) decide who may change a model.
            {search.model && <> Showing <strong>{search.model}{search.version && ` v${search.version}`}</strong> only (<Link className="text-sky-700 hover:underline dark:text-sky-400" to={hrefs.requests()}>show all</Link>).</>}
          </>
        }
        actions={
          <label className="flex items-center gap-1.5 text-sm">
            <input type="checkbox" checked={isAll} onChange={(e) => setIsAll(e.target.checked)} /> Include decided
          </label>
        }
      />
      <div className="px-6 pb-6">
        <RequestList model={search.model || undefined} version={search.version || undefined} isPendingOnly={!isAll} />
      </div>
    </>
  )
}
