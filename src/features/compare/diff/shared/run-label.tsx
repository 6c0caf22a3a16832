import { cn } from '../../../../lib/cn.ts'

type RunLabelProps = { name: string; color?: string; isBaseline?: boolean; className?: string }

/** A run's colour dot, name and, for the first run, a "baseline" mark. Names are plain text. */
export function RunLabel({ name, color, isBaseline = false, className }: RunLabelProps) {
  return (
    <span className={cn('inline-flex min-w-0 items-center gap-1.5', className)} title={name}>
      {/* Run colours come from the shared chart palette (lib/run-colors), not the theme. */}
      <span aria-hidden className="size-2.5 shrink-0 rounded-full" style={{ backgroundColor: color }} />
      <span className="truncate">{name}</span>
      {isBaseline && <span className="shrink-0 rounded bg-slate-200 px-1 text-[10px] font-medium text-slate-700 uppercase dark:bg-slate-700 dark:text-slate-200">baseline</span>}
    </span>
  )
}

