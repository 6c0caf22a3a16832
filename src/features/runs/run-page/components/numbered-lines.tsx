import { useMemo, useState } from 'react'
import type { TextLanguage } from '../../../../lib/artifact-candidates.ts'
import { cn } from '../../../../lib/cn.ts'
import { TOKEN_CLASS } from '../../../../components/ui/syntax-token-class.ts'
import { tokenizeLine } from '../../../../lib/syntax-tokens.ts'
import { formatCount } from '../../../../lib/format.ts'

/** Lines drawn at first; a 2 MiB log can hold 50,000 lines, too many DOM rows for a preview. */
const FIRST_LINES = 3000


type NumberedLinesProps = { text: string; language: TextLanguage; markedLine?: number }

/** Text with line numbers and light YAML/JSON colouring; `markedLine` (1-based) is highlighted. */
export function NumberedLines({ text, language, markedLine }: NumberedLinesProps) {
  const [isAll, setIsAll] = useState(false)
  const lines = useMemo(() => text.replace(/\n$/, '').split('\n'), [text])
  const shown = isAll ? lines : lines.slice(0, FIRST_LINES)
  return (
    <div className="min-w-0">
      <pre aria-label="File contents" className="max-h-[70vh] overflow-auto rounded-md border border-slate-200 bg-slate-50 py-2 font-mono text-xs leading-5 dark:border-slate-800 dark:bg-slate-900">
        {shown.map((line, i) => (
          <div key={i} className={cn('flex', i + 1 === markedLine && 'bg-red-100 dark:bg-red-900/50')}>
            <span aria-hidden className="sticky left-0 w-12 shrink-0 bg-inherit pr-3 text-right text-slate-400 select-none">{i + 1}</span>
            <code className="pr-3 whitespace-pre">
              {tokenizeLine(line, language).map((t, k) => <span key={k} className={TOKEN_CLASS[t.kind]}>{t.text}</span>)}
            </code>
          </div>
        ))}
      </pre>
      {shown.length < lines.length && (
        <button type="button" onClick={() => setIsAll(true)} className="mt-1 text-xs text-sky-700 underline dark:text-sky-400">
          Showing {formatCount(FIRST_LINES)} of {formatCount(lines.length)} lines: show all
        </button>
      )}
    </div>
  )
}
