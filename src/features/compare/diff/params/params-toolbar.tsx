import { Button } from '../../../../components/ui/button.tsx'

type ParamsToolbarProps = {
  search: string
  onSearchChange: (value: string) => void
  isDiffOnly: boolean
  onDiffOnlyChange: (value: boolean) => void
  shownCount: number
  totalCount: number
  differingCount: number
  onCollapseAll: () => void
  onExpandAll: () => void
}

/** Search box, "differences only" toggle, counts and collapse/expand-all for the params table. */
export function ParamsToolbar({ search, onSearchChange, isDiffOnly, onDiffOnlyChange, shownCount, totalCount, differingCount, onCollapseAll, onExpandAll }: ParamsToolbarProps) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <input type="search" value={search} onChange={(e) => onSearchChange(e.target.value)} placeholder="Search keys and values" aria-label="Search params"
        className="h-8 w-72 rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-700 dark:bg-slate-900" />
      <label className="flex items-center gap-1.5 text-sm text-slate-700 dark:text-slate-300">
        {/* Uncontrolled and keyed on the URL value: the router commits URL changes in a transition, and a
            controlled box would flicker back until then; Back/Forward still remounts it with the URL's value. */}
        <input key={String(isDiffOnly)} type="checkbox" defaultChecked={isDiffOnly} onChange={(e) => onDiffOnlyChange(e.target.checked)} />
        Differences only
      </label>
      <span className="text-xs text-slate-500 dark:text-slate-400" aria-live="polite">
        {shownCount} of {totalCount} params · {differingCount} differ
      </span>
      <span className="ml-auto flex gap-1">
        <Button size="sm" variant="ghost" onClick={onExpandAll}>Expand all</Button>
        <Button size="sm" variant="ghost" onClick={onCollapseAll}>Collapse all</Button>
      </span>
    </div>
  )
}
