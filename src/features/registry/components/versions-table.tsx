import { Link } from 'react-router'
import type { ModelVersion } from '../../../api/types.ts'
import { Button } from '../../../components/ui/button.tsx'
import { formatRelative, formatTimestamp } from '../../../lib/format.ts'
import { hrefs } from '../../../url/hrefs.ts'
import { useRegistryDialog } from '../hooks/use-registry-dialog.ts'
import { useSourceRuns } from '../hooks/use-source-runs.ts'
import { AliasChips } from './alias-chips.tsx'
import { StageBadge } from './stage-badge.tsx'
import { TagList } from './tag-list.tsx'

type VersionsTableProps = { model: string; versions: readonly ModelVersion[] }

/** Every version: stage, aliases (from the registered model), source run, created, tags, actions. */
export function VersionsTable({ model, versions }: VersionsTableProps) {
  const open = useRegistryDialog()
  // The run link needs the run's experiment id, which model versions do not carry.
  const { byId } = useSourceRuns(versions)
  return (
    <table className="w-full text-sm" aria-label="Versions">
      <thead className="border-b border-slate-200 text-left text-xs text-slate-500 dark:border-slate-700 dark:text-slate-400">
        <tr>
          {['Version', 'Stage', 'Aliases', 'Source run', 'Created', 'Tags', 'Actions'].map((h) => <th key={h} className="py-2 font-medium">{h}</th>)}
        </tr>
      </thead>
      <tbody>
        {versions.map((v) => {
          const run = byId.get(v.runId)?.info
          return (
            <tr key={v.version} className="border-b border-slate-100 align-top dark:border-slate-800">
              <th scope="row" className="py-2 text-left font-medium">
                <Link className="text-sky-700 hover:underline dark:text-sky-400" to={hrefs.modelVersion({ name: model, version: v.version })}>v{v.version}</Link>
              </th>
              <td className="py-2"><StageBadge stage={v.currentStage} /></td>
              <td className="py-2"><AliasChips aliases={v.aliases} /></td>
              <td className="py-2">
                {run ? <Link className="text-sky-700 hover:underline dark:text-sky-400" to={hrefs.run({ experimentId: run.experimentId, runId: run.runId })}>{run.runName || run.runId.slice(0, 8)}</Link> : v.runId ? <span className="font-mono text-xs">{v.runId.slice(0, 8)}</span> : '—'}
              </td>
              <td className="py-2 text-xs whitespace-nowrap text-slate-500" title={formatTimestamp(v.creationTimestamp)}>{formatRelative(v.creationTimestamp)}</td>
              <td className="py-2"><TagList tags={v.tags} emptyText="—" /></td>
              <td className="py-2 whitespace-nowrap">
                <Button size="sm" variant="ghost" aria-label={`Change stage of v${v.version}`}
                  onClick={() => open({ kind: 'change', change: { kind: 'stage', model, version: v.version, toStage: v.currentStage === 'Production' ? 'Archived' : v.currentStage === 'Staging' ? 'Production' : 'Staging', archiveExisting: true } })}>Stage…</Button>
                <Button size="sm" variant="ghost" aria-label={`Set alias on v${v.version}`} onClick={() => open({ kind: 'change', change: { kind: 'alias-set', model, alias: 'champion', version: v.version } })}>Alias…</Button>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
