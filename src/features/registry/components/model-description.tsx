import { LazyMarkdown } from '../../../components/ui/lazy-markdown.tsx'

type ModelDescriptionProps = { text: string }

/** A model or version description as GitHub-flavoured markdown, headings below the page's own. */
export function ModelDescription({ text }: ModelDescriptionProps) {
  if (!text.trim()) return <p className="text-sm text-slate-500 dark:text-slate-400">No description.</p>
  return <LazyMarkdown text={text} shiftHeadings />
}
