import Markdown, { type Components } from 'react-markdown'
import remarkGfm from 'remark-gfm'

// No rehype-raw: raw HTML never renders (skipHtml drops it); react-markdown's URL filter drops
// `javascript:` links.
// Headings shift down two levels: the page's own h1/h2 come first in the outline.
const COMPONENTS: Components = {
  h1: ({ node: _node, ...props }) => <h3 {...props} className="mb-2 text-base font-semibold" />,
  h2: ({ node: _node, ...props }) => <h4 {...props} className="font-semibold" />,
  h3: ({ node: _node, ...props }) => <h5 {...props} className="font-semibold" />,
  a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer" className="text-sky-700 underline dark:text-sky-400" />,
}

type ModelDescriptionProps = { text: string }

/** A model or version description as GitHub-flavoured markdown. */
export function ModelDescription({ text }: ModelDescriptionProps) {
  if (!text.trim()) return <p className="text-sm text-slate-500 dark:text-slate-400">No description.</p>
  return (
    <div className="text-sm leading-relaxed text-slate-800 dark:text-slate-200 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:font-mono [&_code]:text-xs dark:[&_code]:bg-slate-800 [&_h1]:mb-2 [&_h1]:text-base [&_h1]:font-semibold [&_h2]:font-semibold [&_li]:my-0.5 [&_ol]:list-decimal [&_ol]:pl-5 [&_p]:my-1.5 [&_ul]:list-disc [&_ul]:pl-5">
      <Markdown remarkPlugins={[remarkGfm]} components={COMPONENTS} skipHtml>
        {text}
      </Markdown>
    </div>
  )
}
