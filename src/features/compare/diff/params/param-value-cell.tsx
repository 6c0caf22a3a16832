import { useMemo } from 'react'
import { cn } from '../../../../lib/cn.ts'
import type { CellKind, NumericDelta } from '../../../../lib/param-diff.ts'
import { numericChangeLabel, prettyParam } from '../../../../lib/param-tree-rows.ts'
import { CopyButton } from '../../../../components/ui/copy-button.tsx'

/** Values longer than this (or lists/dicts) get an expand toggle. */
const LONG_VALUE = 28

const KIND_CLASS: Record<CellKind, string> = {
  same: '',
  changed: 'bg-amber-50 dark:bg-amber-950/40',
  added: 'bg-sky-50 dark:bg-sky-950/40',
  missing: 'bg-slate-50 dark:bg-slate-900',
}

type ParamValueCellProps = {
  value: string | undefined
  kind: CellKind
  numeric: NumericDelta | undefined
  isExpanded: boolean
  width: number
  onToggleExpand: () => void
}

/**
 * One run's value of a param: truncated to a line, expandable (lists/dicts pretty-printed),
 * copyable, with the numeric change vs the baseline (`×3`). Values are React text, never HTML.
 */
export function ParamValueCell({ value, kind, numeric, isExpanded, width, onToggleExpand }: ParamValueCellProps) {
  const pretty = useMemo(() => (isExpanded && value !== undefined ? prettyParam(value) : null), [isExpanded, value])
  const change = numeric && kind === 'changed' ? numericChangeLabel(numeric) : null
  if (value === undefined) {
    return (
      <div role="cell" className={cn('flex items-center px-2 text-xs text-slate-400 italic dark:text-slate-500', KIND_CLASS.missing)} style={{ width, flex: 'none' }}>
        missing
      </div>
    )
  }
  const isLong = value.length > LONG_VALUE || value.includes('\n') || prettyParam(value) !== null
  return (
    <div role="cell" data-kind={kind} className={cn('group/cell flex items-start gap-1 px-2 py-1.5 font-mono text-xs', KIND_CLASS[kind])} style={{ width, flex: 'none' }}>
      {isExpanded && isLong ? (
        <pre className="min-w-0 flex-1 break-all whitespace-pre-wrap text-slate-900 dark:text-slate-100">{pretty ?? value}</pre>
      ) : (
        <span className="min-w-0 flex-1 truncate text-slate-900 dark:text-slate-100" title={value}>
          {value === '' ? <span className="text-slate-400 italic">empty</span> : value}
        </span>
      )}
      {change && (
        <span className="shrink-0 rounded bg-amber-100 px-1 text-[11px] font-medium text-amber-900 dark:bg-amber-900/60 dark:text-amber-200" title="Change vs baseline">
          {change}
        </span>
      )}
      <span className="flex shrink-0 gap-0.5 opacity-0 group-hover/cell:opacity-100 focus-within:opacity-100">
        {isLong && (
          <button type="button" onClick={onToggleExpand} aria-label={isExpanded ? 'Collapse value' : 'Expand value'} aria-expanded={isExpanded}
            className="rounded px-1 text-slate-500 hover:bg-slate-200 hover:text-slate-900 dark:hover:bg-slate-700 dark:hover:text-slate-100">
            {isExpanded ? '−' : '+'}
          </button>
        )}
        <CopyButton text={value} />
      </span>
    </div>
  )
}
