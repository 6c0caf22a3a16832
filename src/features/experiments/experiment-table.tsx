import { Link } from 'react-router'
import type { Experiment } from '../../api/types.ts'
import { Badge } from '../../components/ui/badge.tsx'
import { formatRelative, formatTimestamp } from '../../lib/format.ts'
import { hrefs } from '../../url/hrefs.ts'

type ExperimentTableProps = { experiments: Experiment[]; selected: string[]; onSelectedChange: (ids: string[]) => void }

const th = 'px-3 py-2 text-left text-xs font-medium text-slate-600 dark:text-slate-300'

/** One page of experiments (at most 50 rows, so a plain table). Names and tags render as text. */
export function ExperimentTable({ experiments, selected, onSelectedChange }: ExperimentTableProps) {
  const toggle = (id: string) => onSelectedChange(selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id])
  return (
    <div className="overflow-x-auto px-6">
      <table aria-label="Experiments" className="w-full border-collapse text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-900">
          <tr>
            <th className={`${th} w-8`}><span className="sr-only">Select</span></th>
            <th className={th}>Name</th>
            <th className={th}>ID</th>
            <th className={th}>Tags</th>
            <th className={th}>Created</th>
            <th className={th}>Updated</th>
          </tr>
        </thead>
        <tbody>
          {experiments.map((e) => (
            <tr key={e.id} className="border-b border-slate-100 hover:bg-slate-50 dark:border-slate-800 dark:hover:bg-slate-900">
              <td className="px-3 py-2"><input type="checkbox" aria-label={`Select ${e.name}`} checked={selected.includes(e.id)} onChange={() => toggle(e.id)} className="size-4" /></td>
              <td className="max-w-96 px-3 py-2">
                <span className="flex items-center gap-2">
                  <Link to={hrefs.runs({ experimentIds: [e.id] })} className="truncate font-medium text-sky-700 hover:underline dark:text-sky-400" title={e.name}>{e.name}</Link>
                  {e.lifecycleStage === 'deleted' && <Badge tone="danger">deleted</Badge>}
                </span>
              </td>
              <td className="px-3 py-2 font-mono text-xs text-slate-500">{e.id}</td>
              <td className="max-w-96 px-3 py-2">
                <span className="flex flex-wrap gap-1">
                  {Object.entries(e.tags).filter(([k]) => !k.startsWith('mlflow.')).slice(0, 6).map(([k, v]) => (
                    <Badge key={k} title={`${k}=${v}`} className="max-w-64 truncate font-mono">{k}={v.length > 40 ? `${v.slice(0, 40)}…` : v}</Badge>
                  ))}
                </span>
              </td>
              <td className="px-3 py-2 whitespace-nowrap text-slate-600 dark:text-slate-400" title={e.creationTime ? formatTimestamp(e.creationTime) : undefined}>{e.creationTime ? formatRelative(e.creationTime) : '—'}</td>
              <td className="px-3 py-2 whitespace-nowrap text-slate-600 dark:text-slate-400" title={e.lastUpdateTime ? formatTimestamp(e.lastUpdateTime) : undefined}>{e.lastUpdateTime ? formatRelative(e.lastUpdateTime) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
