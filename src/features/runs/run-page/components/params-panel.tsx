import { createColumnHelper, useTable } from '@tanstack/react-table'
import { useDeferredValue, useMemo, useState } from 'react'
import { DataTable } from '../../../../components/ui/data-table.tsx'
import { dataTableFeatures, type DataTableFeatures } from '../../../../components/ui/data-table-features.ts'
import { EmptyState } from '../../../../components/ui/empty-state.tsx'
import { paramRows, type ParamRow } from '../param-rows.ts'
import { ParamValueCell } from './param-value-cell.tsx'
import { ParamValueDialog } from './param-value-dialog.tsx'
import { SectionCard } from './section-card.tsx'
import { formatCount } from '../../../../lib/format.ts'

const helper = createColumnHelper<DataTableFeatures, ParamRow>()

type ParamsPanelProps = { params: Record<string, string> }

/** Every param of the run, searchable by key or value; rows are virtualised (5,000+ is fine). */
export function ParamsPanel({ params }: ParamsPanelProps) {
  const [query, setQuery] = useState('')
  const [expandedKey, setExpandedKey] = useState<string | null>(null)
  // Typing stays responsive while thousands of long values are filtered.
  const deferredQuery = useDeferredValue(query)
  const rows = useMemo(() => paramRows(params, deferredQuery), [params, deferredQuery])
  const total = Object.keys(params).length
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('key', { header: 'Param', size: 340, cell: ({ row }) => <span className="truncate font-mono text-xs" title={row.original.key}>{row.original.key}</span> }),
        helper.accessor('value', { header: 'Value', size: 760, cell: ({ row }) => <ParamValueCell paramKey={row.original.key} value={row.original.value} onExpand={setExpandedKey} /> }),
      ]),
    [],
  )
  const table = useTable({ features: dataTableFeatures, columns, data: rows, getRowId: (r) => r.key })
  const expanded = expandedKey === null ? undefined : params[expandedKey] === undefined ? undefined : { key: expandedKey, value: params[expandedKey] }
  return (
    <SectionCard title={`Params (${formatCount(total)})`}
      actions={<span className="text-xs text-slate-500" aria-live="polite">{deferredQuery.trim() ? `${formatCount(rows.length)} of ${formatCount(total)} shown` : ''}</span>}>
      {total === 0 ? (
        <EmptyState title="No params logged" description="This run has no parameters. Params are logged with mlflow.log_param(s)." />
      ) : (
        <>
          <input type="search" aria-label="Search params" placeholder="Search keys and values…" value={query} onChange={(e) => setQuery(e.target.value)}
            className="mb-3 h-8 w-full max-w-md rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-700 dark:bg-slate-900" />
          <DataTable table={table} label="Params" className="max-h-[70vh] rounded border border-slate-200 dark:border-slate-800"
            emptyState={<EmptyState title="No params match" description={`Nothing contains “${deferredQuery.trim()}”.`} />} />
        </>
      )}
      <ParamValueDialog param={expanded} onClose={() => setExpandedKey(null)} />
    </SectionCard>
  )
}
