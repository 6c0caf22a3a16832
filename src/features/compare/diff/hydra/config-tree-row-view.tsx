import { cn } from '../../../../lib/cn.ts'
import type { ConfigStatus } from '../../../../lib/config-diff.ts'
import { changedLeafCount, configValueText, type ConfigTreeRow } from '../../../../lib/config-tree-rows.ts'

const CELL: Record<ConfigStatus, string> = {
  same: 'text-slate-700 dark:text-slate-300',
  changed: 'bg-amber-50 text-amber-950 dark:bg-amber-950/40 dark:text-amber-100',
  'type-changed': 'bg-orange-100 text-orange-950 dark:bg-orange-950/50 dark:text-orange-100',
  added: 'bg-sky-50 text-sky-950 dark:bg-sky-950/40 dark:text-sky-100',
  missing: 'bg-slate-50 text-slate-400 italic dark:bg-slate-900 dark:text-slate-500',
}

type ConfigTreeRowViewProps = { row: ConfigTreeRow; columnCount: number; onToggle: (path: string) => void }

/** One key of the config tree: indented name (a toggle for mappings/lists) and a value per run. */
export function ConfigTreeRowView({ row, columnCount, onToggle }: ConfigTreeRowViewProps) {
  const pad = { paddingLeft: 8 + row.depth * 14 }
  if (row.kind === 'hidden') {
    return (
      <tr className="border-t border-slate-100 dark:border-slate-800">
        <td colSpan={columnCount + 1} className="sticky left-0 py-1 text-slate-500 italic" style={pad}>
          … {row.count} unchanged {row.count === 1 ? 'key' : 'keys'} hidden
        </td>
      </tr>
    )
  }
  const { node, isContainer, isOpen } = row
  const changed = isContainer && !isOpen ? changedLeafCount(node) : 0
  return (
    <tr data-path={node.path} data-status={node.status} className="border-t border-slate-100 align-top dark:border-slate-800">
      <th scope="row" className="sticky left-0 z-[1] bg-white py-1 pr-3 text-left font-mono font-normal whitespace-nowrap dark:bg-slate-950" style={pad}>
        {isContainer ? (
          <button type="button" aria-expanded={isOpen} onClick={() => onToggle(node.path)} className="inline-flex items-center gap-1 hover:underline">
            <span aria-hidden className="w-3 text-slate-500">{isOpen ? '▾' : '▸'}</span>
            {node.key}
          </button>
        ) : (
          <span className="pl-4">{node.key}</span>
        )}
        {node.status !== 'same' && <span aria-label={node.status} className="ml-1.5 inline-block size-1.5 rounded-full bg-amber-500 align-middle" />}
      </th>
      {node.values.map((v, i) => (
        <td key={i} data-status={node.cells[i]} className={cn('max-w-72 px-2 py-1 font-mono break-all', (!isOpen || node.cells[i] === 'missing') && CELL[node.cells[i]])}>
          {node.cells[i] === 'missing' ? (
            'missing'
          ) : isContainer && !isOpen ? (
            <span className="text-slate-500 not-italic">{node.status === 'same' ? `${node.unchangedCount} unchanged` : i === 0 ? '…' : `${changed} changed`}</span>
          ) : isContainer ? null : (
            configValueText(v)
          )}
        </td>
      ))}
    </tr>
  )
}
