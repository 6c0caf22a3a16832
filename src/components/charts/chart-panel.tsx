import { Suspense, useId, type ReactNode } from 'react'
import { cn } from '../../lib/cn.ts'
import { ErrorBoundary } from '../errors/error-boundary.tsx'
import { EmptyState } from '../ui/empty-state.tsx'
import { Skeleton } from '../ui/skeleton.tsx'

type ChartPanelProps = {
  title: ReactNode
  /** Small buttons at the right of the title (export, remove, ...). */
  actions?: ReactNode
  /** Line under the title (e.g. "1,234 of 50,000 points drawn"). */
  subtitle?: ReactNode
  /** Notes under the chart (gaps, missing runs, alignment). */
  footer?: ReactNode
  isLoading?: boolean
  /** When set, shows this empty state instead of the chart. */
  empty?: { title: string; description?: ReactNode }
  /** Height class of the plot area (default h-72). */
  heightClass?: string
  className?: string
  children: ReactNode
}

/**
 * A titled card around one chart: its own error boundary (one broken chart never takes the page
 * down), a skeleton while data or the chart code loads, and an empty state.
 */
export function ChartPanel({ title, actions, subtitle, footer, isLoading = false, empty, heightClass = 'h-72', className, children }: ChartPanelProps) {
  const titleId = useId()
  const skeleton = <Skeleton className={cn('w-full', heightClass)} label="Loading chart" />
  return (
    <section aria-labelledby={titleId} className={cn('flex min-w-0 flex-col gap-2 rounded-lg border bg-white p-3 dark:bg-slate-900', className)}>
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={titleId} className="truncate text-sm font-semibold text-slate-900 dark:text-slate-100">
            {title}
          </h3>
          {subtitle && <p className="text-xs text-slate-500 dark:text-slate-400">{subtitle}</p>}
        </div>
        {actions && <div className="flex shrink-0 flex-wrap items-center gap-1">{actions}</div>}
      </header>
      <ErrorBoundary label="This chart">
        {isLoading ? (
          skeleton
        ) : empty ? (
          <EmptyState title={empty.title} description={empty.description} className={cn('py-6', heightClass)} />
        ) : (
          <Suspense fallback={skeleton}>{children}</Suspense>
        )}
      </ErrorBoundary>
      {footer && <div className="flex flex-col gap-0.5 text-xs text-slate-600 dark:text-slate-400">{footer}</div>}
    </section>
  )
}
