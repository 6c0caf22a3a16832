import { Link } from 'react-router'
import type { ModelVersion, RegisteredModel } from '../../../api/types.ts'
import { Button } from '../../../components/ui/button.tsx'
import { STAGES } from '../../../lib/registry-change.ts'
import { hrefs } from '../../../url/hrefs.ts'
import { useRegistryDialog } from '../hooks/use-registry-dialog.ts'
import { StageBadge } from './stage-badge.tsx'

type StagesAndAliasesProps = { model: RegisteredModel; versions: readonly ModelVersion[] }

/** Stages (deprecated, still served) and aliases side by side, each with its change actions. */
export function StagesAndAliases({ model, versions }: StagesAndAliasesProps) {
  const open = useRegistryDialog()
  const newest = versions[0]?.version
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-label="Stages" className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
        <h2 className="mb-2 text-sm font-semibold">Stages</h2>
        <ul className="flex flex-col gap-1 text-sm">
          {STAGES.filter((s) => s !== 'None').map((s) => {
            const held = versions.filter((v) => v.currentStage === s)
            return (
              <li key={s} className="flex items-center gap-2">
                <StageBadge stage={s} />
                {held.length ? held.map((v) => <Link key={v.version} className="hover:underline" to={hrefs.modelVersion({ name: model.name, version: v.version })}>v{v.version}</Link>) : <span className="text-slate-400">—</span>}
              </li>
            )
          })}
        </ul>
      </section>
      <section aria-label="Aliases" className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
        <div className="mb-2 flex items-center justify-between">
          <h2 className="text-sm font-semibold">Aliases</h2>
          {newest && <Button size="sm" onClick={() => open({ kind: 'change', change: { kind: 'alias-set', model: model.name, alias: '', version: newest } })}>Add alias…</Button>}
        </div>
        <ul className="flex flex-col gap-1 text-sm">
          {model.aliases.length === 0 && <li className="text-slate-400">No aliases</li>}
          {model.aliases.map((a) => (
            <li key={a.alias} className="flex items-center gap-2">
              <span className="font-mono">@{a.alias}</span> → <Link className="hover:underline" to={hrefs.modelVersion({ name: model.name, version: a.version })}>v{a.version}</Link>
              <Button size="sm" variant="ghost" aria-label={`Move alias ${a.alias}`} onClick={() => open({ kind: 'change', change: { kind: 'alias-set', model: model.name, alias: a.alias, version: a.version } })}>Move…</Button>
              <Button size="sm" variant="ghost" aria-label={`Remove alias ${a.alias}`} onClick={() => open({ kind: 'change', change: { kind: 'alias-delete', model: model.name, alias: a.alias } })}>Remove…</Button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
