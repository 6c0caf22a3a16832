import type { TextLanguage } from '../../../../lib/artifact-candidates.ts'
import { cn } from '../../../../lib/cn.ts'
import type { UnifiedDiff } from '../../../../lib/text-diff.ts'
import { CodeLine } from './code-line.tsx'
import { MAX_RENDERED_ROWS } from './diff-limits.ts'

type UnifiedDiffViewProps = { diff: UnifiedDiff; language: TextLanguage; leftName: string; rightName: string }

const LINE = { context: '', add: 'bg-emerald-50 dark:bg-emerald-950/40', del: 'bg-red-50 dark:bg-red-950/40' } as const
const MARK = { context: ' ', add: '+', del: '−' } as const

/** One column: removed lines (−, left run) and added lines (+, right run) between context. */
export function UnifiedDiffView({ diff, language, leftName, rightName }: UnifiedDiffViewProps) {
  const rows = diff.rows.slice(0, MAX_RENDERED_ROWS)
  return (
    <div className="max-h-[70vh] overflow-auto rounded-md border border-slate-200 dark:border-slate-800">
      <p className="sticky top-0 z-10 border-b border-slate-200 bg-slate-50 px-2 py-1.5 text-xs text-slate-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300">
        <span className="text-red-700 dark:text-red-400">− {leftName}</span> · <span className="text-emerald-700 dark:text-emerald-400">+ {rightName}</span>
      </p>
      <table aria-label="Unified diff" className="w-full border-collapse font-mono text-xs">
        <tbody>
          {rows.map((row, i) =>
            row.kind === 'collapsed' ? (
              <tr key={i} className="bg-slate-50 text-slate-500 dark:bg-slate-900">
                <td colSpan={4} className="px-2 py-0.5 text-center font-sans">⋯ {row.count} unchanged {row.count === 1 ? 'line' : 'lines'}</td>
              </tr>
            ) : (
              <tr key={i} data-kind={row.kind} className={LINE[row.kind]}>
                <td className="w-10 px-1 text-right text-slate-400 select-none">{row.oldNo}</td>
                <td className="w-10 border-r border-slate-100 px-1 text-right text-slate-400 select-none dark:border-slate-800">{row.newNo}</td>
                <td className={cn('w-4 text-center select-none', row.kind === 'add' ? 'text-emerald-700' : row.kind === 'del' ? 'text-red-700' : '')}>{MARK[row.kind]}</td>
                <td className="px-2 break-all whitespace-pre-wrap"><CodeLine text={row.text} language={language} /></td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      {diff.rows.length > rows.length && <p className="p-2 text-xs text-slate-500">{diff.rows.length - rows.length} more rows not shown.</p>}
    </div>
  )
}
