import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { registryQueries } from '../../../api/registry.ts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { registrySearch } from '../../../url/registry-search.ts'
import { useSearchState } from '../../../url/use-search-state.ts'
import { VersionComparison } from './version-comparison.tsx'

type VersionCompareTabProps = { name: string; version: string }

/** This version against another one (`vs=`) or the version under an alias (`alias=`); both in the URL. */
export function VersionCompareTab({ name, version }: VersionCompareTabProps) {
  const id = useId()
  const [search, setSearch] = useSearchState(registrySearch)
  const model = useQuery(registryQueries.model(name))
  const versions = useQuery(registryQueries.versions(name))
  const aliasVersion = model.data?.aliases.find((a) => a.alias === search.alias)?.version
  const other = search.versus || aliasVersion || model.data?.aliases.find((a) => a.alias === 'champion' && a.version !== version)?.version || ''
  const value = search.versus ? `v:${search.versus}` : search.alias ? `a:${search.alias}` : other ? `v:${other}` : ''
  const handleChange = (next: string) => setSearch((s) => ({ ...s, versus: next.startsWith('v:') ? next.slice(2) : '', alias: next.startsWith('a:') ? next.slice(2) : '' }))
  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-center gap-2 text-sm">
        <label htmlFor={id} className="font-medium">Compare v{version} with</label>
        <select id={id} value={value} onChange={(e) => handleChange(e.target.value)} className="h-8 rounded-md border border-slate-300 bg-white px-2 dark:border-slate-700 dark:bg-slate-950">
          <option value="">Choose…</option>
          {model.data?.aliases.map((a) => <option key={a.alias} value={`a:${a.alias}`}>@{a.alias} (v{a.version})</option>)}
          {versions.data?.filter((v) => v.version !== version).map((v) => <option key={v.version} value={`v:${v.version}`}>v{v.version} ({v.currentStage})</option>)}
        </select>
      </div>
      {other && other !== version ? (
        <VersionComparison model={name} candidate={version} incumbent={other} metric={search.metric || undefined} incumbentLabel={search.alias ? `@${search.alias}` : ''} />
      ) : (
        <EmptyState title="Pick a version to compare with" />
      )}
    </div>
  )
}
