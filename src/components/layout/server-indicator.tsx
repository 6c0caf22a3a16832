import { useQuery } from '@tanstack/react-query'
import { serverQueries } from '../../api/server-info.ts'
import { cn } from '../../lib/cn.ts'

/** Which MLflow the app is looking at, and its version: "Embedded server · MLflow 3.11.0". */
export function ServerIndicator() {
  const info = useQuery(serverQueries.runlensInfo())
  const version = useQuery(serverQueries.version())
  const where = info.data?.mode === 'remote' ? (info.data.trackingUri ?? 'Remote server') : info.data?.mode === 'embedded' ? 'Embedded server' : info.isPending ? '…' : window.location.origin
  const isUp = version.isSuccess
  const title = version.isError ? `Not responding: ${version.error.message}` : isUp ? `MLflow ${version.data}` : 'Connecting…'
  return (
    <div role="status" aria-label="Tracking server" title={title} className="flex min-w-0 items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
      <span aria-hidden className={cn('size-2 shrink-0 rounded-full', isUp ? 'bg-emerald-500' : version.isError ? 'bg-red-500' : 'bg-slate-400')} />
      <span className="truncate">{where}</span>
      {isUp && <span className="shrink-0 font-mono">MLflow {version.data}</span>}
    </div>
  )
}
