import { useMemo } from 'react'
import { textLanguageOf } from '../../../../lib/artifact-candidates.ts'
import { parseHydraYaml } from '../../../../lib/hydra.ts'
import { prettyJson } from '../artifact-paths.ts'
import { NumberedLines } from './numbered-lines.tsx'

type ArtifactTextViewProps = { path: string; text: string }

/** Text by type: JSON re-indented, YAML checked (the bad line flagged), everything else as is. */
export function ArtifactTextView({ path, text }: ArtifactTextViewProps) {
  const language = textLanguageOf(path) ?? 'text'
  const view = useMemo(() => {
    if (language === 'json') {
      const pretty = prettyJson(text)
      return pretty.ok ? { text: pretty.text, problem: null } : { text, problem: { message: `Invalid JSON: ${pretty.message}`, line: undefined } }
    }
    if (language === 'yaml') {
      const parsed = parseHydraYaml(text)
      return parsed.ok ? { text, problem: null } : { text, problem: { message: `YAML error at line ${parsed.line}, column ${parsed.column}: ${parsed.message}`, line: parsed.line } }
    }
    return { text, problem: null }
  }, [language, text])
  return (
    <div className="flex min-w-0 flex-col gap-2">
      {view.problem && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-900 dark:bg-red-950/40 dark:text-red-200">
          {view.problem.message}
        </p>
      )}
      <NumberedLines text={view.text} language={language} markedLine={view.problem?.line} />
    </div>
  )
}
