import { Link } from 'react-router'
import { cn } from '../../../../lib/cn.ts'
import { hrefs } from '../../../../url/hrefs.ts'
import type { RunSearch, RunTab } from '../../../../url/run-search.ts'
import { formatCount } from '../../../../lib/format.ts'

export type RunTabCounts = Partial<Record<RunTab, number>>

const LABELS: Array<[RunTab, string]> = [
  ['overview', 'Overview'],
  ['metrics', 'Metrics'],
  ['params', 'Params'],
  ['artifacts', 'Artifacts'],
  ['hydra', 'Hydra config'],
]

type RunTabsProps = { experimentId: string; runId: string; search: RunSearch; counts: RunTabCounts }

/**
 * The run page's sections as tabs. They are links (`?tab=`), so each section has a shareable
 * URL, opens in a new browser tab with a middle click, and Back returns to the previous one.
 */
export function RunTabs({ experimentId, runId, search, counts }: RunTabsProps) {
  return (
    <div role="tablist" aria-label="Run sections" className="flex gap-1 overflow-x-auto border-b border-slate-200 px-6 dark:border-slate-800">
      {LABELS.map(([tab, label]) => {
        const isSelected = search.tab === tab
        const count = counts[tab]
        return (
          <Link
            key={tab}
            role="tab"
            id={`run-tab-${tab}`}
            aria-selected={isSelected}
            aria-controls="run-tab-panel"
            to={hrefs.run({ experimentId, runId, tab, artifact: search.artifact || undefined })}
            className={cn(
              '-mb-px border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap',
              isSelected ? 'border-sky-600 text-sky-800 dark:border-sky-400 dark:text-sky-300' : 'border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100',
            )}
          >
            {label}
            {count !== undefined && <span className="ml-1.5 rounded bg-slate-100 px-1 text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300">{formatCount(count)}</span>}
          </Link>
        )
      })}
    </div>
  )
}
