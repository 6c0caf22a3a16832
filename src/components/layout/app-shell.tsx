import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { env } from '../../config/env.ts'
import { cn } from '../../lib/cn.ts'
import { hrefs } from '../../url/hrefs.ts'
import { MainNav } from './main-nav.tsx'
import { ServerIndicator } from './server-indicator.tsx'
import { ThemeToggle } from './theme-toggle.tsx'

type AppShellProps = {
  children: ReactNode
  /** Shows a thin progress bar while a route's code or data loads. */
  isNavigating?: boolean
}

/** Header (product, sections, server, theme) above the page content. */
export function AppShell({ children, isNavigating = false }: AppShellProps) {
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900">
        Skip to content
      </a>
      <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
        <div className="flex h-12 items-center gap-4 px-4">
          <Link to={hrefs.experiments()} className="flex items-center gap-2 text-sm font-semibold tracking-tight">
            <img src="/favicon.svg" alt="" className="size-5" />
            {env.appTitle}
          </Link>
          <MainNav />
          <div className="ml-auto flex min-w-0 items-center gap-3">
            <ServerIndicator />
            <ThemeToggle />
          </div>
        </div>
        <div aria-hidden className={cn('h-0.5 bg-sky-500 transition-opacity', isNavigating ? 'animate-pulse opacity-100' : 'opacity-0')} />
      </header>
      <main id="content" className="flex min-h-0 flex-1 flex-col">
        {children}
      </main>
    </div>
  )
}
