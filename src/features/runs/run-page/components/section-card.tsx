import type { ReactNode } from 'react'
import { cn } from '../../../../lib/cn.ts'

type SectionCardProps = {
  title: ReactNode
  /** Buttons or counts at the right of the title. */
  actions?: ReactNode
  children: ReactNode
  className?: string
}

/** A titled block of the run page; the title is an h2, so sections are reachable by heading. */
export function SectionCard({ title, actions, children, className }: SectionCardProps) {
  return (
    <section className={cn('min-w-0 rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950', className)}>
      <div className="flex min-h-10 flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-4 py-2 dark:border-slate-800">
        <h2 className="text-sm font-semibold text-slate-900 dark:text-slate-100">{title}</h2>
        {actions && <div className="flex items-center gap-2">{actions}</div>}
      </div>
      <div className="p-4">{children}</div>
    </section>
  )
}
