import { useQueries } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { artifactQueries } from '../../../../api/artifacts.ts'
import { textLanguageOf, type TextLanguage } from '../../../../lib/artifact-candidates.ts'
import { MAX_TEXT_DIFF_BYTES, sideBySideDiff, unifiedDiff } from '../../../../lib/text-diff.ts'
import { PanelLoading } from '../../../../components/ui/panel-loading.tsx'
import { ArtifactSideProblem } from './artifact-side-problem.tsx'
import { DiffModeToggle, type DiffMode } from './diff-mode-toggle.tsx'
import { SideBySideDiffView } from './side-by-side-diff-view.tsx'
import { UnifiedDiffView } from './unified-diff-view.tsx'

export type DiffSide = { runId: string; name: string }

type ArtifactTextDiffProps = { path: string; language?: TextLanguage; left: DiffSide; right: DiffSide }

/** Downloads one file from two runs (5 MB cap each) and shows their line diff. */
export function ArtifactTextDiff({ path, language, left, right }: ArtifactTextDiffProps) {
  const [mode, setMode] = useState<DiffMode>('split')
  const [a, b] = useQueries({ queries: [left, right].map((s) => artifactQueries.text(s.runId, path, MAX_TEXT_DIFF_BYTES)) })
  const textA = a.data?.kind === 'text' ? a.data.text : undefined
  const textB = b.data?.kind === 'text' ? b.data.text : undefined
  const diff = useMemo(() => {
    if (textA === undefined || textB === undefined) return null
    return mode === 'split' ? { mode, result: sideBySideDiff(textA, textB) } : { mode, result: unifiedDiff(textA, textB) }
  }, [textA, textB, mode])
  const lang = language ?? textLanguageOf(path) ?? 'text'
  const sides = [
    { side: left, q: a },
    { side: right, q: b },
  ]
  const problems = sides.filter(({ q }) => q.error || (q.data && q.data.kind !== 'text'))
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="font-mono text-sm font-semibold text-slate-900 dark:text-slate-100">{path}</h2>
        {diff && !diff.result.tooLarge && (
          <span className="text-xs text-slate-500" aria-live="polite">
            {diff.result.identical ? 'Identical' : `+${diff.result.added} −${diff.result.removed}`}
          </span>
        )}
        <DiffModeToggle mode={mode} onChange={setMode} />
      </div>
      {problems.map(({ side, q }) => (
        <ArtifactSideProblem key={side.runId} side={side} path={path} data={q.data} error={q.error} onRetry={() => void q.refetch()} />
      ))}
      {problems.length === 0 && !diff && <PanelLoading label={`Loading ${path}`} rows={8} />}
      {diff?.result.tooLarge && (
        <p role="alert" className="text-sm text-amber-800 dark:text-amber-300">
          {diff.result.reason === 'size' ? 'Too large to diff.' : 'The files differ too much to diff in time.'}
        </p>
      )}
      {diff && !diff.result.tooLarge && diff.mode === 'split' && 'rows' in diff.result && (
        <SideBySideDiffView diff={diff.result as Extract<ReturnType<typeof sideBySideDiff>, { tooLarge: false }>} language={lang} leftName={left.name} rightName={right.name} />
      )}
      {diff && !diff.result.tooLarge && diff.mode === 'unified' && (
        <UnifiedDiffView diff={diff.result as Extract<ReturnType<typeof unifiedDiff>, { tooLarge: false }>} language={lang} leftName={left.name} rightName={right.name} />
      )}
    </div>
  )
}
