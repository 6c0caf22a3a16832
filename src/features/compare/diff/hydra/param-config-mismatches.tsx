import { useMemo } from 'react'
import { findParamConfigMismatches, flattenConfig } from '../../../../lib/config-diff.ts'
import { configValueText } from '../../../../lib/config-tree-rows.ts'
import { RunLabel } from '../shared/run-label.tsx'
import type { HydraColumn } from './hydra-panel.tsx'

/** Params whose logged value disagrees with the same run's config file (a stale or hand-edited param). */
export function ParamConfigMismatches({ columns }: { columns: HydraColumn[] }) {
  const items = useMemo(
    () => columns.map((c) => ({ c, mismatches: findParamConfigMismatches(c.run.params, flattenConfig(c.config)) })).filter((x) => x.mismatches.length > 0),
    [columns],
  )
  return (
    <div className="flex flex-col gap-2">
      <h2 className="text-sm font-semibold text-slate-900 dark:text-slate-100">Params vs config file</h2>
      {items.length === 0 ? (
        <p className="text-sm text-slate-500">Logged params agree with each run's config file.</p>
      ) : (
        <ul aria-label="Param and config mismatches" className="flex flex-col gap-2">
          {items.map(({ c, mismatches }) => (
            <li key={c.run.info.runId} className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm dark:border-amber-800 dark:bg-amber-950/40">
              <RunLabel name={c.name} color={c.color} className="font-medium" />
              <ul className="mt-1 flex flex-col gap-0.5 font-mono text-xs">
                {mismatches.map((m) => (
                  <li key={m.key}>
                    <span className="font-semibold">{m.key}</span>: param <span className="text-red-800 dark:text-red-300">{m.param}</span> ≠ config{' '}
                    <span className="text-emerald-800 dark:text-emerald-300">{configValueText(m.config)}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
