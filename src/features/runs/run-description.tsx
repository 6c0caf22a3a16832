import Markdown from 'react-markdown'
import remarkGfm from 'remark-gfm'

type RunDescriptionProps = { markdown: string }

/**
 * A run's description (`mlflow.note.content`) as GitHub-flavoured markdown. react-markdown
 * never renders raw HTML (it is shown as text), so descriptions cannot inject markup.
 */
export function RunDescription({ markdown }: RunDescriptionProps) {
  if (!markdown.trim()) return <p className="text-sm text-slate-500">No description.</p>
  return (
    <div className="prose-sm max-h-64 overflow-auto rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700 [&_h1]:font-semibold [&_h2]:font-semibold [&_li]:ml-4 [&_li]:list-disc [&_table]:my-2 [&_td]:border [&_td]:px-2 [&_th]:border [&_th]:px-2 [&_a]:text-sky-700 [&_a]:underline [&_code]:font-mono">
      <Markdown remarkPlugins={[remarkGfm]} skipHtml={false} urlTransform={(url) => (/^(https?:|mailto:|#|\/)/i.test(url) ? url : '')}>
        {markdown}
      </Markdown>
    </div>
  )
}
