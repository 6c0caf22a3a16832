/**
 * Column ids of the run table and how a cell value is read from a run. Ids are
 * `attributes.<name>`, `params.<key>`, `metrics.<key>` or `tags.<key>` (the same spelling as
 * sort keys in the URL, so a header click maps straight to `order_by`).
 */
import type { Run } from '../../api/types.ts'
import type { SortValue } from '../../lib/value-sort.ts'
import type { MetricAgg } from './use-runs-table-prefs.ts'

export type ColumnEntity = 'attributes' | 'params' | 'metrics' | 'tags'
export type ColumnRef = { entity: ColumnEntity; key: string }

/** Attribute columns offered in the chooser, with their header label. */
export const ATTRIBUTE_COLUMNS: readonly { key: string; label: string }[] = [
  { key: 'status', label: 'Status' },
  { key: 'start_time', label: 'Started' },
  { key: 'duration', label: 'Duration' },
  { key: 'user_id', label: 'User' },
  { key: 'source', label: 'Source' },
  { key: 'inputs', label: 'Datasets' },
  { key: 'description', label: 'Description' },
  { key: 'run_id', label: 'Run ID' },
  { key: 'end_time', label: 'Ended' },
]

/** Attributes MLflow's `order_by` accepts directly; `source` sorts through its tag. */
const SERVER_SORTABLE_ATTRIBUTES = new Set(['status', 'start_time', 'end_time', 'user_id', 'run_name', 'run_id'])

export function columnId(entity: ColumnEntity, key: string): string {
  return `${entity}.${key}`
}

/** Splits a column id at its first dot: `params.model.name` → params / `model.name`. */
export function parseColumnId(id: string): ColumnRef | undefined {
  const m = /^(attributes|params|metrics|tags)\.(.+)$/s.exec(id)
  return m ? { entity: m[1] as ColumnEntity, key: m[2] } : undefined
}

/**
 * The URL sort key for a column (`start_time`, `metrics.loss`, `tags.mlflow.source.name`),
 * or undefined when the column cannot be sorted at all.
 */
export function sortKeyFor(id: string): string | undefined {
  const ref = parseColumnId(id)
  if (!ref) return undefined
  if (ref.entity !== 'attributes') return id
  if (ref.key === 'source') return 'tags.mlflow.source.name'
  if (ref.key === 'duration' || ref.key === 'inputs' || ref.key === 'description') return undefined
  return ref.key
}

/** True when MLflow can sort by this URL sort key (aggregated metric columns cannot). */
export function isServerSortable(sortKey: string, metricAgg: Record<string, MetricAgg>): boolean {
  const ref = parseColumnId(sortKey)
  if (!ref) return SERVER_SORTABLE_ATTRIBUTES.has(sortKey)
  if (ref.entity === 'metrics') return (metricAgg[ref.key]?.kind ?? 'last') === 'last'
  return ref.entity !== 'attributes' || SERVER_SORTABLE_ATTRIBUTES.has(ref.key)
}

/** Aggregated metric value lookup: (runId, metricKey) → value, undefined while unknown. */
export type AggregateLookup = (runId: string, metricKey: string) => number | undefined

/** The value a cell shows and sorts by, for an attribute or entity column / sort key. */
export function runValue(run: Run, idOrSortKey: string, metricAgg: Record<string, MetricAgg>, aggregate?: AggregateLookup): SortValue {
  const ref = parseColumnId(idOrSortKey) ?? { entity: 'attributes' as const, key: idOrSortKey }
  switch (ref.entity) {
    case 'params':
      return run.params[ref.key]
    case 'tags':
      return run.tags[ref.key]
    case 'metrics': {
      if ((metricAgg[ref.key]?.kind ?? 'last') === 'last') return run.metrics[ref.key]?.value
      return aggregate?.(run.info.runId, ref.key)
    }
    case 'attributes':
      return attributeValue(run, ref.key)
  }
}

function attributeValue(run: Run, key: string): SortValue {
  const i = run.info
  switch (key) {
    case 'run_name':
      return i.runName || run.tags['mlflow.runName']
    case 'status':
      return i.status
    case 'start_time':
      return i.startTime || undefined
    case 'end_time':
      return i.endTime
    case 'duration':
      return i.endTime !== undefined && i.startTime ? i.endTime - i.startTime : undefined
    case 'user_id':
      return i.userId || run.tags['mlflow.user']
    case 'source':
      return run.tags['mlflow.source.name']
    case 'run_id':
      return i.runId
    case 'description':
      return run.tags['mlflow.note.content']
    case 'inputs':
      return run.inputs.map((x) => x.dataset.name).join(', ') || undefined
    default:
      return undefined
  }
}

/** Name shown for a run: run name, else the `mlflow.runName` tag, else the id. */
export function runDisplayName(run: Run): string {
  return run.info.runName || run.tags['mlflow.runName'] || run.info.runId
}
