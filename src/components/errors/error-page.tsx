import type { ReactNode } from 'react'
import { cn } from '../../lib/cn.ts'

type ErrorPageProps = {
  title: string
  children?: ReactNode
  /** Retry / navigation buttons. */
  actions?: ReactNode
  /** Fills the viewport (no app shell around it) instead of the content area. */
  isFullPage?: boolean
}

/** The layout every error view shares: a heading the screen reader lands on, details, actions. */
export function ErrorPage({ title, children, actions, isFullPage = false }: ErrorPageProps) {
  // Inside the app shell the content area is already the <main> landmark.
  const Tag = isFullPage ? 'main' : 'div'
  return (
    <Tag className={cn('flex flex-col items-center justify-center px-6 text-center', isFullPage ? 'min-h-screen' : 'py-24')}>
      <div role="alert" className="flex max-w-xl flex-col items-center gap-3">
        <h1 className="text-xl font-semibold text-slate-900 dark:text-slate-100">{title}</h1>
        {children && <div className="text-sm break-words text-slate-600 dark:text-slate-400">{children}</div>}
        {actions && <div className="mt-3 flex gap-2">{actions}</div>}
      </div>
    </Tag>
  )
}
