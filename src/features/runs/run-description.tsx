import { LazyMarkdown } from '../../components/ui/lazy-markdown.tsx'

type RunDescriptionProps = { markdown: string }

/** A run's description (`mlflow.note.content`) as GitHub-flavoured markdown; raw HTML shows as text. */
export function RunDescription({ markdown }: RunDescriptionProps) {
  if (!markdown.trim()) return <p className="text-sm text-slate-500">No description.</p>
  return (
    <div className="max-h-64 overflow-auto rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <LazyMarkdown text={markdown} />
    </div>
  )
}
