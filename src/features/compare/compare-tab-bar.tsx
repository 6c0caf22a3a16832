import { cn } from '../../lib/cn.ts'
import { COMPARE_TABS, compareSearch, type CompareTab } from '../../url/compare-search.ts'
import { useSearchState } from '../../url/use-search-state.ts'

const LABEL: Record<CompareTab, string> = { charts: 'Charts', params: 'Params', metrics: 'Metrics', hydra: 'Hydra config', artifacts: 'Artifacts' }

/** Sections of the compare page; the choice is part of the link (`tab=`). */
export function CompareTabBar() {
  const [state, setState] = useSearchState(compareSearch)
  return (
    <div role="tablist" aria-label="Compare sections" className="flex gap-1 border-b px-6">
      {COMPARE_TABS.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          aria-selected={state.tab === tab}
          onClick={() => setState((s) => ({ ...s, tab }))}
          className={cn(
            '-mb-px border-b-2 px-3 py-2 text-sm',
            state.tab === tab ? 'border-sky-600 font-medium text-slate-900 dark:text-slate-100' : 'border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400',
          )}
        >
          {LABEL[tab]}
        </button>
      ))}
    </div>
  )
}
