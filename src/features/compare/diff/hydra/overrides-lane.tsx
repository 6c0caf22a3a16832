import { useMemo } from 'react'
import { cn } from '../../../../lib/cn.ts'
import { alignOverrides } from '../../../../lib/overrides-lane.ts'
import { RunLabel } from '../shared/run-label.tsx'
import type { HydraColumn } from './hydra-panel.tsx'

/** Each run's command-line overrides side by side, one row per key; differing rows highlighted. */
export function OverridesLane({ columns }: { columns: HydraColumn[] }) {
  const rows = useMemo(() => alignOverrides(columns.map((c) => c.hydra.overrideList)), [columns])
  return (
    <div className="flex flex-col gap-2">
      <h2 className="text-sm font-semibold text-slate-900 dark:text-slate-100">Overrides</h2>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">No command-line overrides in these runs.</p>
      ) : (
        <div className="overflow-auto rounded-md border border-slate-200 dark:border-slate-800">
          <table aria-label="Overrides lane" className="w-max min-w-full border-collapse font-mono text-xs">
            <thead className="bg-slate-50 font-sans text-slate-600 dark:bg-slate-900 dark:text-slate-300">
              <tr>
                {columns.map((c, i) => (
                  <th key={c.run.info.runId} scope="col" className="max-w-60 px-2 py-2 text-left font-medium">
                    <RunLabel name={c.name} color={c.color} isBaseline={i === 0} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-differs={row.differs || undefined} aria-label={row.key} className={cn('border-t border-slate-100 dark:border-slate-800', row.differs && 'bg-amber-50 dark:bg-amber-950/40')}>
                  {row.cells.map((cell, i) => (
                    <td key={i} className={cn('px-2 py-1 whitespace-nowrap', !cell && 'text-slate-400 italic')}>
                      {cell ? cell.raw : columns[i].hydra.overrideList ? '—' : 'no overrides.yaml'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
