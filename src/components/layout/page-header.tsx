import type { ReactNode } from 'react'

type PageHeaderProps = {
  title: ReactNode
  /** Breadcrumb or parent link above the title. */
  eyebrow?: ReactNode
  description?: ReactNode
  /** Buttons aligned to the right of the title. */
  actions?: ReactNode
}

/** The title row of a page; its h1 is what the route is "about". */
export function PageHeader({ title, eyebrow, description, actions }: PageHeaderProps) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3 px-6 pt-5 pb-3">
      <div className="min-w-0">
        {eyebrow && <div className="mb-1 text-xs text-slate-500 dark:text-slate-400">{eyebrow}</div>}
        <h1 className="truncate text-lg font-semibold text-slate-900 dark:text-slate-100">{title}</h1>
        {description && <div className="mt-1 text-sm text-slate-600 dark:text-slate-400">{description}</div>}
      </div>
      {actions && <div className="flex shrink-0 items-center gap-2">{actions}</div>}
    </div>
  )
}
