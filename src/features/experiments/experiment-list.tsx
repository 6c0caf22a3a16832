import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import { experimentQueries } from '../../api/experiments.ts'
import { Button } from '../../components/ui/button.tsx'
import { EmptyState } from '../../components/ui/empty-state.tsx'
import { Skeleton } from '../../components/ui/skeleton.tsx'
import { buildExperimentFilter } from '../../lib/experiment-filter.ts'
import { experimentsSearch } from '../../url/experiments-search.ts'
import { hrefs } from '../../url/hrefs.ts'
import { useSearchState } from '../../url/use-search-state.ts'
import { ExperimentListToolbar } from './experiment-list-toolbar.tsx'
import { ExperimentTable } from './experiment-table.tsx'

const PAGE_SIZE = 50
const VIEW_TYPE = { active: 'ACTIVE_ONLY', deleted: 'DELETED_ONLY', all: 'ALL' } as const

/** The experiment browser: search, filter, sort, page; open one, or select several to browse together. */
export function ExperimentList() {
  const [state, setState] = useSearchState(experimentsSearch)
  const [selected, setSelected] = useState<string[]>([])
  const query = useQuery({
    ...experimentQueries.page({
      filter: buildExperimentFilter(state.query, state.tags),
      orderBy: [`${state.sort.key} ${state.sort.dir.toUpperCase()}`, ...(state.sort.key === 'name' ? [] : ['name ASC'])],
      viewType: VIEW_TYPE[state.view],
      maxResults: PAGE_SIZE,
      pageToken: state.pageToken || undefined,
    }),
    placeholderData: keepPreviousData,
  })
  const experiments = query.data?.experiments ?? []
  const isFiltered = state.query !== '' || state.tags.length > 0
  return (
    <div className="flex flex-col">
      <ExperimentListToolbar state={state} onChange={setState} />
      {query.error && <p role="alert" className="mx-6 mb-3 rounded-md bg-red-50 p-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">{query.error.message}</p>}
      <div className="flex items-center gap-2 px-6 pb-2 text-sm">
        {selected.length > 0 && (
          <>
            <Link to={hrefs.runs({ experimentIds: selected })} className="inline-flex h-7 items-center rounded-md bg-sky-700 px-2 text-xs font-medium text-white hover:bg-sky-800">
              Browse runs of {selected.length} selected
            </Link>
            <Button size="sm" variant="ghost" onClick={() => setSelected([])}>Clear selection</Button>
          </>
        )}
      </div>
      {query.isPending ? (
        <div className="flex flex-col gap-2 px-6"><Skeleton className="h-8 w-full" label="Loading experiments" /><Skeleton className="h-8 w-full" /></div>
      ) : experiments.length === 0 && !query.error ? (
        <EmptyState title={isFiltered ? 'No experiment matches these filters' : state.view === 'deleted' ? 'No deleted experiments' : 'No experiments yet'}
          action={isFiltered ? <Button onClick={() => setState((s) => ({ ...s, query: '', tags: [], pageToken: '' }))}>Clear filters</Button> : undefined} />
      ) : (
        <ExperimentTable experiments={experiments} selected={selected} onSelectedChange={setSelected} />
      )}
      <div className="flex gap-2 px-6 py-3">
        {state.pageToken && <Button size="sm" onClick={() => setState((s) => ({ ...s, pageToken: '' }))}>First page</Button>}
        {query.data?.nextPageToken && <Button size="sm" onClick={() => setState((s) => ({ ...s, pageToken: query.data?.nextPageToken ?? '' }))}>Next page</Button>}
      </div>
    </div>
  )
}
