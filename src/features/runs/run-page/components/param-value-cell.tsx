import { CopyButton } from '../../../../components/ui/copy-button.tsx'
import { formatCount } from '../../../../lib/format.ts'

/** Values longer than this (or multi-line) get an Expand button; the row shows one line. */
const INLINE_CHARS = 120

type ParamValueCellProps = { paramKey: string; value: string; onExpand: (key: string) => void }

/** One param value on one line, clipped, with Expand (full value in a dialog) and Copy. */
export function ParamValueCell({ paramKey, value, onExpand }: ParamValueCellProps) {
  const isLong = value.length > INLINE_CHARS || value.includes('\n')
  // Only the head goes into the DOM: a 6,000-character value would be clipped anyway.
  const head = value.length > 400 ? `${value.slice(0, 400)}…` : value
  return (
    <div className="flex w-full min-w-0 items-center gap-1">
      <span className="min-w-0 truncate font-mono text-xs">{head || <em className="text-slate-400">empty</em>}</span>
      {isLong && (
        <button type="button" onClick={() => onExpand(paramKey)} aria-label={`Show full value of ${paramKey}`}
          className="shrink-0 rounded px-1 text-xs text-sky-700 hover:bg-slate-100 dark:text-sky-400 dark:hover:bg-slate-800">
          Expand ({formatCount(value.length)} chars)
        </button>
      )}
      <CopyButton text={value} label={`Copy value of ${paramKey}`} />
    </div>
  )
}
