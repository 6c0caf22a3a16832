import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { registryQueries } from '../../../api/registry.ts'
import { ApiErrorView } from '../../../components/errors/api-error-view.tsx'
import { Button } from '../../../components/ui/button.tsx'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { Skeleton } from '../../../components/ui/skeleton.tsx'
import { formatRelative, formatTimestamp } from '../../../lib/format.ts'
import { STAGES } from '../../../lib/registry-change.ts'
import { buildModelFilter } from '../../../lib/registry-uris.ts'
import { hrefs } from '../../../url/hrefs.ts'
import { registrySearch } from '../../../url/registry-search.ts'
import { useSearchState } from '../../../url/use-search-state.ts'
import { AliasChips } from './alias-chips.tsx'
import { TagList } from './tag-list.tsx'

/** Registered models: search by name and `key=value` tags, aliases and the latest version per stage. */
export function ModelList() {
  const [search, setSearch] = useSearchState(registrySearch)
  const [text, setText] = useState(search.query)
  const models = useQuery({ ...registryQueries.search({ filter: buildModelFilter(search.query), orderBy: ['name ASC'] }), placeholderData: keepPreviousData })
  const handleSubmit = (e: FormEvent) => {
    e.preventDefault()
    setSearch((s) => ({ ...s, query: text }))
  }
  return (
    <div className="flex flex-col gap-3 px-6 pb-6">
      <form role="search" onSubmit={handleSubmit} className="flex gap-2">
        <input aria-label="Search models" value={text} onChange={(e) => setText(e.target.value)} placeholder="Name, or tag key=value (e.g. task=object-detection)"
          className="h-9 w-full max-w-xl rounded-md border border-slate-300 bg-white px-3 text-sm dark:border-slate-700 dark:bg-slate-950" />
        <Button type="submit">Search</Button>
      </form>
      {models.isLoading ? (
        <Skeleton className="h-40 w-full" label="Loading models" />
      ) : models.error ? (
        <ApiErrorView error={models.error} onRetry={() => models.refetch()} isRetrying={models.isFetching} />
      ) : !models.data?.length ? (
        <EmptyState title={search.query ? 'No models match' : 'No registered models'} description={search.query ? `Nothing matches “${search.query}”.` : 'Register a model version from a run to see it here.'} />
      ) : (
        <table className="w-full text-sm" aria-label="Registered models">
          <thead className="border-b border-slate-200 text-left text-xs text-slate-500 dark:border-slate-700 dark:text-slate-400">
            <tr>
              <th className="py-2 font-medium">Name</th>
              <th className="font-medium">Aliases</th>
              {STAGES.map((s) => <th key={s} className="font-medium">{s}</th>)}
              <th className="font-medium">Tags</th>
              <th className="font-medium">Updated</th>
            </tr>
          </thead>
          <tbody>
            {models.data.map((m) => (
              <tr key={m.name} className="border-b border-slate-100 align-top dark:border-slate-800">
                <th scope="row" className="py-2 pr-3 text-left font-medium">
                  <Link className="text-sky-700 hover:underline dark:text-sky-400" to={hrefs.model({ name: m.name })}>{m.name}</Link>
                </th>
                <td className="py-2"><div className="flex flex-col gap-1">{m.aliases.map((a) => <AliasChips key={a.alias} aliases={[a.alias]} version={a.version} />)}</div></td>
                {STAGES.map((s) => {
                  const v = m.latestVersions.find((x) => x.currentStage === s)
                  return <td key={s} className="py-2">{v ? <Link className="hover:underline" to={hrefs.modelVersion({ name: m.name, version: v.version })}>v{v.version}</Link> : '—'}</td>
                })}
                <td className="py-2"><TagList tags={m.tags} emptyText="—" /></td>
                <td className="py-2 text-xs whitespace-nowrap text-slate-500" title={formatTimestamp(m.lastUpdatedTimestamp)}>{formatRelative(m.lastUpdatedTimestamp)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
