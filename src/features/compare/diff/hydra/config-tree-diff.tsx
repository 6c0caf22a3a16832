import { useMemo, useState } from 'react'
import type { ConfigNode } from '../../../../lib/config-diff.ts'
import { configTreeRows } from '../../../../lib/config-tree-rows.ts'
import { RunLabel } from '../shared/run-label.tsx'
import { ConfigTreeRowView } from './config-tree-row-view.tsx'
import type { HydraColumn } from './hydra-panel.tsx'

type ConfigTreeDiffProps = { root: ConfigNode; columns: HydraColumn[]; isDiffOnly: boolean }

/** `.hydra/config.yaml` of every run as one tree, baseline first; unchanged subtrees collapsed. */
export function ConfigTreeDiff({ root, columns, isDiffOnly }: ConfigTreeDiffProps) {
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set())
  const rows = useMemo(() => configTreeRows(root, toggled, isDiffOnly), [root, toggled, isDiffOnly])
  const handleToggle = (path: string) =>
    setToggled((s) => {
      const next = new Set(s)
      if (!next.delete(path)) next.add(path)
      return next
    })
  return (
    <div className="flex flex-col gap-2">
      <h2 className="text-sm font-semibold text-slate-900 dark:text-slate-100">Config ({root.status === 'same' ? 'identical' : 'differs from the baseline'})</h2>
      <div className="max-h-[70vh] overflow-auto rounded-md border border-slate-200 dark:border-slate-800">
        <table aria-label="Hydra config diff" className="w-max min-w-full border-collapse text-xs">
          <thead className="sticky top-0 z-10 bg-slate-50 text-slate-600 dark:bg-slate-900 dark:text-slate-300">
            <tr>
              <th scope="col" className="sticky left-0 bg-slate-50 px-2 py-2 text-left font-medium dark:bg-slate-900">Key</th>
              {columns.map((c, i) => (
                <th key={c.run.info.runId} scope="col" className="max-w-60 px-2 py-2 text-left font-medium">
                  <RunLabel name={c.name} color={c.color} isBaseline={i === 0} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <ConfigTreeRowView key={row.kind === 'node' ? row.node.path : `hidden:${row.parentPath}`} row={row} columnCount={columns.length} onToggle={handleToggle} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
