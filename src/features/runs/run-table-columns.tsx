import { createColumnHelper, type ColumnDef } from '@tanstack/react-table'
import type { Run } from '../../api/types.ts'
import { type DataTableFeatures } from '../../components/ui/data-table-features.ts'
import { formatDuration, formatTimestamp } from '../../lib/format.ts'
import type { TreeRow } from '../../lib/run-tree.ts'
import { RunColumnHeader } from './run-column-header.tsx'
import { ATTRIBUTE_COLUMNS, parseColumnId, runValue } from './run-columns.ts'
import { MetricCell, NameCell, SelectCell, TextCell } from './run-table-cells.tsx'
import { RunStatusBadge } from './run-status-badge.tsx'
import { SelectAllHeader } from './select-all-header.tsx'

export type RunRow = TreeRow<Run>
type F = DataTableFeatures

const helper = createColumnHelper<F, RunRow>()
export const SELECT_COLUMN = '_select'
export const NAME_COLUMN = 'attributes.run_name'
const NO_AGG = {}

const ATTRIBUTE_LABEL = new Map(ATTRIBUTE_COLUMNS.map((c) => [c.key, c.label]))
const SIZES: Record<string, number> = { status: 110, start_time: 165, duration: 90, user_id: 110, source: 160, inputs: 200, description: 220, run_id: 270, end_time: 165 }

function attributeCell(key: string, run: Run) {
  switch (key) {
    case 'status':
      return <RunStatusBadge status={run.info.status} isDeleted={run.info.lifecycleStage === 'deleted'} />
    case 'start_time':
      return <TextCell value={run.info.startTime ? formatTimestamp(run.info.startTime) : undefined} />
    case 'end_time':
      return <TextCell value={run.info.endTime !== undefined ? formatTimestamp(run.info.endTime) : undefined} />
    case 'duration':
      return run.info.endTime === undefined && run.info.status === 'RUNNING' ? <span className="text-sky-700 dark:text-sky-400">running</span> : <TextCell value={run.info.endTime !== undefined ? formatDuration(run.info.endTime - run.info.startTime) : undefined} />
    case 'source': {
      const source = run.tags['mlflow.source.name']
      return <TextCell value={source?.split(/[\\/]/).at(-1)} />
    }
    case 'inputs':
      return <TextCell value={run.inputs.map((i) => (i.context ? `${i.dataset.name} (${i.context})` : i.dataset.name)).join(', ')} />
    case 'description':
      // First line only; the edit dialog renders the full markdown.
      return <TextCell value={run.tags['mlflow.note.content']?.split('\n').find((l) => l.trim())} />
    default: {
      const v = runValue(run, key, NO_AGG)
      return <TextCell value={v} isMono={key === 'run_id'} />
    }
  }
}

function labelFor(id: string): string {
  const ref = parseColumnId(id)
  if (!ref) return id
  return ref.entity === 'attributes' ? (ATTRIBUTE_LABEL.get(ref.key) ?? ref.key) : ref.key
}

/**
 * Column definitions for the chosen column ids (`attributes.status`, `metrics.val_loss`, …).
 * The select and name columns always come first; unknown ids are skipped. Header and cell
 * components read selection, sort and aggregates from `RunTableContext`, so these definitions
 * only change when the chosen columns or pinning change.
 */
export function buildRunColumns(columnIds: readonly string[], pinned: ReadonlySet<string>): ColumnDef<F, RunRow, unknown>[] {
  const defs: ColumnDef<F, RunRow, unknown>[] = [
    helper.display({ id: SELECT_COLUMN, size: 36, enableResizing: false, header: () => <SelectAllHeader />, cell: ({ row }) => <SelectCell run={row.original.item} /> }),
    helper.display({
      id: NAME_COLUMN,
      size: 260,
      minSize: 120,
      header: () => <RunColumnHeader columnId={NAME_COLUMN} label="Run" isPinned isMovable={false} />,
      cell: ({ row }) => <NameCell run={row.original.item} depth={row.original.depth} childCount={row.original.childCount} isExpanded={row.original.isExpanded} />,
    }),
  ]
  for (const id of columnIds) {
    const ref = parseColumnId(id)
    if (!ref || id === NAME_COLUMN) continue
    const label = labelFor(id)
    const header = () => <RunColumnHeader columnId={id} label={label} isPinned={pinned.has(id)} />
    if (ref.entity === 'attributes') {
      if (!ATTRIBUTE_LABEL.has(ref.key)) continue
      defs.push(helper.display({ id, size: SIZES[ref.key] ?? 140, minSize: 60, header, cell: ({ row }) => attributeCell(ref.key, row.original.item) }))
    } else if (ref.entity === 'metrics') {
      defs.push(helper.display({ id, size: 130, minSize: 60, header, cell: ({ row }) => <MetricCell run={row.original.item} metricKey={ref.key} /> }))
    } else {
      const map = ref.entity === 'params' ? 'params' : 'tags'
      defs.push(helper.display({ id, size: 140, minSize: 60, header, cell: ({ row }) => <TextCell value={row.original.item[map][ref.key]} /> }))
    }
  }
  return defs
}
