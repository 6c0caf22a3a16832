import { formatBytes } from '../../../../lib/format.ts'
import { PanelError } from '../../../../components/errors/panel-error.tsx'
import { RunLabel } from '../shared/run-label.tsx'
import type { HydraColumn } from './hydra-panel.tsx'
import { YamlErrorView } from './yaml-error-view.tsx'

/** Per-run problems: listing failed, no Hydra files, a file that failed, is too large or does not parse. */
export function HydraRunIssues({ columns }: { columns: HydraColumn[] }) {
  const items = columns.flatMap((c) => {
    const h = c.hydra
    const label = <RunLabel name={c.name} color={c.color} className="font-medium" />
    if (h.location.status === 'error') return [<PanelError key={c.run.info.runId} error={h.location.error} what={`artifacts of ${c.name}`} onRetry={h.refetch} />]
    if (h.location.status === 'ready' && h.location.value === null) {
      return [<p key={c.run.info.runId} className="flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400">{label} has no Hydra files.</p>]
    }
    return (['config', 'overrides'] as const).flatMap((role) => {
      const f = h[role]
      const path = h.location.status === 'ready' ? h.location.value?.[role] : undefined
      const key = `${c.run.info.runId}:${role}`
      if (f.status === 'error') return [<PanelError key={key} error={f.error} what={`${path} of ${c.name}`} onRetry={h.refetch} />]
      if (f.status === 'unreadable') {
        return [<p key={key} role="alert" className="text-sm text-amber-800 dark:text-amber-300">{label} {path}: {f.reason === 'tooLarge' ? `too large to parse (${formatBytes(f.size)})` : 'binary file, not YAML'}</p>]
      }
      if (f.status === 'parsed' && !f.result.ok) return [<YamlErrorView key={key} runLabel={label} path={path ?? ''} text={f.text} error={f.result} />]
      return []
    })
  })
  if (items.length === 0) return null
  return <div className="flex flex-col gap-2">{items}</div>
}
