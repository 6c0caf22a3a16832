import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef } from 'react'
import type { Run } from '../../../../api/types.ts'
import type { ParamTreeRow } from '../../../../lib/param-tree-rows.ts'
import { RunLabel } from '../shared/run-label.tsx'
import { runDisplayName } from '../shared/run-display.ts'
import { ParamGridRow } from './param-grid-row.tsx'
import { COL_WIDTH, KEY_WIDTH, ROW_HEIGHT } from './param-layout.ts'

/** First guess of an expanded row's height (px) until it is measured. */
const OPEN_ROW_GUESS = ROW_HEIGHT * 3

type ParamsGridProps = {
  runs: Run[]
  colors: Map<string, string>
  rows: ParamTreeRow[]
  expanded: ReadonlySet<string>
  onToggleGroup: (path: string) => void
  onToggleExpand: (key: string) => void
}

/**
 * The params table, virtualised both ways (rows of variable height: expanded values grow), so
 * 50 runs × 2,000 params paint only what is on screen. Marks `runlens:diff-rendered` once the
 * first rows of the complete diff (the panel mounts the grid only when every run has settled)
 * have been painted: the mark goes after the frame that shows them (read by the benchmark).
 */
export function ParamsGrid({ runs, colors, rows, expanded, onToggleGroup, onToggleExpand }: ParamsGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const marked = useRef(false)
  const isOpen = (i: number) => { const r = rows[i]; return r?.kind === 'param' && expanded.has(r.row.key) }
  // Rows have a fixed height unless expanded, so only expanded rows are measured: measuring every
  // row read layout once per mounted row on first paint. A collapsing row is still observed when it
  // shrinks, so its measured height follows it back to ROW_HEIGHT (covered by the e2e spec).
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render on purpose
  const rowV = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (isOpen(i) ? OPEN_ROW_GUESS : ROW_HEIGHT),
    // Fixed-height rows render cheaply while scrolling: a few rows either side suffice.
    overscan: 6,
    getItemKey: (i) => { const r = rows[i]; return r ? (r.kind === 'group' ? `g:${r.path}` : `p:${r.row.key}`) : i },
  })
  const colV = useVirtualizer({ horizontal: true, count: runs.length, getScrollElement: () => scrollRef.current, estimateSize: () => COL_WIDTH, overscan: 1, scrollMargin: KEY_WIDTH })
  const vRows = rowV.getVirtualItems()
  const vCols = colV.getVirtualItems()
  const width = KEY_WIDTH + runs.length * COL_WIDTH
  const leftPad = vCols[0] ? vCols[0].start - KEY_WIDTH : 0
  const rightPad = vCols.length ? runs.length * COL_WIDTH - (vCols[vCols.length - 1].end - KEY_WIDTH) : 0

  // A performance mark is an outside-world side effect, not state: fine in an effect.
  useEffect(() => {
    if (marked.current || vRows.length === 0) return
    marked.current = true
    // rAF runs just before the next paint; the timeout lands after it, so the mark never precedes pixels.
    requestAnimationFrame(() => setTimeout(() => performance.mark('runlens:diff-rendered')))
  })

  return (
    <div ref={scrollRef} className="relative h-[min(70vh,56rem)] min-h-64 overflow-auto rounded-md border border-slate-200 dark:border-slate-800">
      <div role="table" aria-label="Params by run" aria-rowcount={rows.length + 1} style={{ width, minWidth: '100%' }}>
        <div role="row" className="sticky top-0 z-20 flex h-9 border-b border-slate-200 bg-slate-50 text-xs font-medium text-slate-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300" style={{ width }}>
          <div role="columnheader" className="sticky left-0 z-10 flex items-center border-r border-slate-200 bg-slate-50 px-2 dark:border-slate-700 dark:bg-slate-900" style={{ width: KEY_WIDTH, flex: 'none' }}>
            Param
          </div>
          <div aria-hidden style={{ width: leftPad, flex: 'none' }} />
          {vCols.map((vc) => {
            const run = runs[vc.index]
            return (
              <div key={run.info.runId} role="columnheader" className="flex items-center px-2" style={{ width: COL_WIDTH, flex: 'none' }}>
                <RunLabel name={runDisplayName(run)} color={colors.get(run.info.runId)} isBaseline={vc.index === 0} />
              </div>
            )
          })}
          <div aria-hidden style={{ width: Math.max(0, rightPad), flex: 'none' }} />
        </div>
        <div role="rowgroup" className="relative" style={{ height: rowV.getTotalSize(), width }}>
          {vRows.map((vr) => (
            <ParamGridRow key={vr.key} ref={isOpen(vr.index) ? rowV.measureElement : undefined} index={vr.index} top={vr.start} width={width} row={rows[vr.index]} runs={runs} cols={vCols.map((c) => c.index)}
              leftPad={leftPad} rightPad={rightPad} isExpanded={isOpen(vr.index)}
              onToggleGroup={onToggleGroup} onToggleExpand={onToggleExpand} />
          ))}
        </div>
      </div>
    </div>
  )
}
