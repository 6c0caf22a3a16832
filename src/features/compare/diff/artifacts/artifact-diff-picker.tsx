import type { Run } from '../../../../api/types.ts'
import type { ArtifactCandidate } from '../../../../lib/artifact-candidates.ts'
import { formatBytes } from '../../../../lib/format.ts'
import { runDisplayName } from '../shared/run-display.ts'

type ArtifactDiffPickerProps = {
  candidates: ArtifactCandidate[]
  path: string
  runs: Run[]
  pair: [string, string] | null
  onPathChange: (path: string) => void
  onPairChange: (pair: [string, string]) => void
}

const SELECT = 'h-8 max-w-80 rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-700 dark:bg-slate-900'

/** File and run-pair choice of the artifact diff (both live in the URL). */
export function ArtifactDiffPicker({ candidates, path, runs, pair, onPathChange, onPairChange }: ArtifactDiffPickerProps) {
  const chosen = candidates.find((c) => c.path === path)
  const hasFile = (runIndex: number) => !chosen || chosen.runIndexes.includes(runIndex)
  const runOptions = runs.map((r, i) => (
    <option key={r.info.runId} value={r.info.runId}>
      {runDisplayName(r)}
      {i === 0 ? ' (baseline)' : ''}
      {hasFile(i) ? '' : ' (no such file)'}
    </option>
  ))
  const [left, right] = pair ?? ['', '']
  return (
    <div className="flex flex-wrap items-end gap-3 text-sm">
      <label className="flex flex-col gap-1 text-xs text-slate-600 dark:text-slate-400">
        Artifact file
        <select className={SELECT} value={path} onChange={(e) => onPathChange(e.target.value)}>
          {!chosen && path && <option value={path}>{path}</option>}
          {candidates.map((c) => (
            <option key={c.path} value={c.path}>
              {c.path} · {c.runIndexes.length} runs{c.maxSize !== undefined ? ` · ${formatBytes(c.maxSize)}` : ''}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-xs text-slate-600 dark:text-slate-400">
        Left run
        <select className={SELECT} value={left} onChange={(e) => onPairChange([e.target.value, right === e.target.value ? left : right])}>
          {!pair && <option value="">Choose…</option>}
          {runOptions}
        </select>
      </label>
      <span aria-hidden className="pb-1.5 text-slate-400">↔</span>
      <label className="flex flex-col gap-1 text-xs text-slate-600 dark:text-slate-400">
        Right run
        <select className={SELECT} value={right} onChange={(e) => onPairChange([left === e.target.value ? right : left, e.target.value])}>
          {!pair && <option value="">Choose…</option>}
          {runOptions}
        </select>
      </label>
    </div>
  )
}
