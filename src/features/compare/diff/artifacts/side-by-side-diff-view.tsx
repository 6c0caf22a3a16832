import type { TextLanguage } from '../../../../lib/artifact-candidates.ts'
import { cn } from '../../../../lib/cn.ts'
import type { SideBySideDiff, SideCell } from '../../../../lib/text-diff.ts'
import { CodeLine } from './code-line.tsx'
import { MAX_RENDERED_ROWS } from './diff-limits.ts'

type SideBySideDiffViewProps = { diff: SideBySideDiff; language: TextLanguage; leftName: string; rightName: string }

function Half({ cell, tone, language }: { cell: SideCell | null; tone: 'del' | 'add' | 'same'; language: TextLanguage }) {
  const bg = !cell ? 'bg-slate-50 dark:bg-slate-900' : tone === 'del' ? 'bg-red-50 dark:bg-red-950/40' : tone === 'add' ? 'bg-emerald-50 dark:bg-emerald-950/40' : ''
  return (
    <>
      <td className={cn('border-r border-slate-100 px-1 text-right text-slate-400 select-none dark:border-slate-800', bg)}>{cell?.no}</td>
      <td className={cn('px-2 break-all whitespace-pre-wrap', bg)}>{cell && <CodeLine text={cell.text} language={language} />}</td>
    </>
  )
}

/** Old file on the left, new on the right; unchanged stretches collapsed. */
export function SideBySideDiffView({ diff, language, leftName, rightName }: SideBySideDiffViewProps) {
  const rows = diff.rows.slice(0, MAX_RENDERED_ROWS)
  return (
    <div className="max-h-[70vh] overflow-auto rounded-md border border-slate-200 dark:border-slate-800">
      <table aria-label="Side-by-side diff" className="w-full table-fixed border-collapse font-mono text-xs">
        <colgroup>
          <col className="w-12" />
          <col />
          <col className="w-12" />
          <col />
        </colgroup>
        <thead className="sticky top-0 z-10 bg-slate-50 font-sans text-slate-600 dark:bg-slate-900 dark:text-slate-300">
          <tr>
            <th colSpan={2} scope="col" className="px-2 py-1.5 text-left font-medium">{leftName}</th>
            <th colSpan={2} scope="col" className="border-l border-slate-200 px-2 py-1.5 text-left font-medium dark:border-slate-700">{rightName}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) =>
            row.kind === 'collapsed' ? (
              <tr key={i} className="bg-slate-50 text-slate-500 dark:bg-slate-900">
                <td colSpan={4} className="px-2 py-0.5 text-center font-sans">⋯ {row.count} unchanged {row.count === 1 ? 'line' : 'lines'}</td>
              </tr>
            ) : (
              <tr key={i} data-changed={row.changed || undefined} className="border-t border-slate-50 dark:border-slate-900">
                <Half cell={row.left} tone={row.changed ? 'del' : 'same'} language={language} />
                <Half cell={row.right} tone={row.changed ? 'add' : 'same'} language={language} />
              </tr>
            ),
          )}
        </tbody>
      </table>
      {diff.rows.length > rows.length && <p className="p-2 text-xs text-slate-500">{diff.rows.length - rows.length} more rows not shown.</p>}
    </div>
  )
}
