import type { Ref } from 'react'
import type { Run } from '../../../../api/types.ts'
import { cn } from '../../../../lib/cn.ts'
import type { ParamTreeRow } from '../../../../lib/param-tree-rows.ts'
import { COL_WIDTH, KEY_WIDTH } from './param-layout.ts'
import { ParamValueCell } from './param-value-cell.tsx'

type ParamGridRowProps = {
  /** Set for rows whose height is measured (expanded values); other rows are exactly ROW_HEIGHT. */
  ref: Ref<HTMLDivElement> | undefined
  index: number
  top: number
  width: number
  row: ParamTreeRow | undefined
  runs: Run[]
  /** Indexes of the run columns in view. */
  cols: number[]
  leftPad: number
  rightPad: number
  isExpanded: boolean
  onToggleGroup: (path: string) => void
  onToggleExpand: (key: string) => void
}

/** One virtual row: a collapsible group header, or a param with one cell per visible run. */
export function ParamGridRow({ ref, index, top, width, row, runs, cols, leftPad, rightPad, isExpanded, onToggleGroup, onToggleExpand }: ParamGridRowProps) {
  if (!row) return null
  const indent = { paddingLeft: 8 + row.depth * 14 }
  const base = 'absolute left-0 flex border-b border-slate-100 dark:border-slate-800'
  if (row.kind === 'group') {
    return (
      <div ref={ref} data-index={index} role="row" className={cn(base, 'h-8 bg-slate-50/70 dark:bg-slate-900/60')} style={{ transform: `translateY(${top}px)`, width }}>
        <div role="rowheader" className="sticky left-0 flex items-center bg-inherit" style={{ width: KEY_WIDTH, flex: 'none' }}>
          <button type="button" aria-expanded={!row.isCollapsed} onClick={() => onToggleGroup(row.path)} style={indent}
            className="flex h-full w-full items-center gap-1.5 text-left text-sm font-medium text-slate-800 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800">
            <span aria-hidden className="w-3 text-slate-500">{row.isCollapsed ? '▸' : '▾'}</span>
            <span className="truncate">{row.name}</span>
            <span className="ml-auto mr-2 shrink-0 text-xs font-normal text-slate-500">
              {row.differingCount > 0 ? <span className="text-amber-700 dark:text-amber-400">{row.differingCount} differ</span> : 'same'} · {row.leafCount}
            </span>
          </button>
        </div>
      </div>
    )
  }
  const p = row.row
  return (
    <div ref={ref} data-index={index} role="row" className={cn(base, isExpanded ? 'min-h-8' : 'h-8', 'bg-white dark:bg-slate-950')} style={{ transform: `translateY(${top}px)`, width }}>
      <div role="rowheader" title={p.key} className="sticky left-0 z-10 flex items-start gap-1.5 border-r border-slate-100 bg-inherit py-1.5 font-mono text-xs dark:border-slate-800" style={{ ...indent, width: KEY_WIDTH, flex: 'none' }}>
        {p.differs && <span aria-hidden title="differs" className="mt-1 size-1.5 shrink-0 rounded-full bg-amber-500" />}
        <span className="truncate text-slate-800 dark:text-slate-200">{row.name}</span>
      </div>
      <div aria-hidden style={{ width: leftPad, flex: 'none' }} />
      {cols.map((i) => (
        <ParamValueCell key={runs[i].info.runId} value={p.values[i]} kind={p.kinds[i]} numeric={i === 0 ? undefined : p.numeric?.[i]} isExpanded={isExpanded} width={COL_WIDTH}
          onToggleExpand={() => onToggleExpand(p.key)} />
      ))}
      <div aria-hidden style={{ width: Math.max(0, rightPad), flex: 'none' }} />
    </div>
  )
}
