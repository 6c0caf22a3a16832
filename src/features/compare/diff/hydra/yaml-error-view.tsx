import type { ReactNode } from 'react'

type YamlErrorViewProps = { runLabel: ReactNode; path: string; text: string; error: { message: string; line: number; column: number } }

/** A YAML parse error with the offending line and its neighbours, the bad line marked. */
export function YamlErrorView({ runLabel, path, text, error }: YamlErrorViewProps) {
  const lines = text.split('\n')
  const from = Math.max(1, error.line - 2)
  const to = Math.min(lines.length, error.line + 2)
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm dark:border-red-900 dark:bg-red-950/40">
      <p className="flex flex-wrap items-center gap-1.5 text-red-900 dark:text-red-200">
        {runLabel} <span className="font-mono">{path}</span>: YAML error at line {error.line}, column {error.column}: {error.message}
      </p>
      <pre className="mt-2 overflow-x-auto rounded bg-white p-2 font-mono text-xs dark:bg-slate-950">
        {Array.from({ length: to - from + 1 }, (_, k) => {
          const no = from + k
          const isBad = no === error.line
          return (
            <div key={no} className={isBad ? 'bg-red-100 text-red-900 dark:bg-red-900/50 dark:text-red-100' : 'text-slate-600 dark:text-slate-400'}>
              <span className="mr-3 inline-block w-8 text-right select-none">{no}</span>
              {lines[no - 1]}
            </div>
          )
        })}
      </pre>
    </div>
  )
}
