import { cn } from '../../../../lib/cn.ts'

export type DiffMode = 'split' | 'unified'

/** Side-by-side vs unified view of a text diff. */
export function DiffModeToggle({ mode, onChange }: { mode: DiffMode; onChange: (m: DiffMode) => void }) {
  const item = (value: DiffMode, label: string) => (
    <button type="button" role="radio" aria-checked={mode === value} onClick={() => onChange(value)}
      className={cn('px-2 py-1', mode === value ? 'bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-900' : 'hover:bg-slate-100 dark:hover:bg-slate-800')}>
      {label}
    </button>
  )
  return (
    <div role="radiogroup" aria-label="Diff view" className="ml-auto flex overflow-hidden rounded-md border border-slate-300 text-xs dark:border-slate-700">
      {item('split', 'Side by side')}
      {item('unified', 'Unified')}
    </div>
  )
}
