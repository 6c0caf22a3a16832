import type { ReactNode } from 'react'
import { cn } from '../../lib/cn.ts'

type EmptyStateProps = {
  title: string
  description?: ReactNode
  /** Buttons or links that get the user unstuck (clear filter, create, docs). */
  action?: ReactNode
  className?: string
}

export function EmptyState({ title, description, action, className }: EmptyStateProps) {
  return (
    <div className={cn('flex flex-col items-center justify-center gap-2 px-6 py-12 text-center', className)}>
      <p className="text-sm font-medium text-slate-900 dark:text-slate-100">{title}</p>
      {description && <div className="max-w-md text-sm text-slate-600 dark:text-slate-400">{description}</div>}
      {action && <div className="mt-2 flex gap-2">{action}</div>}
    </div>
  )
}
