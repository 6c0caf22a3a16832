import Markdown, { type Components } from 'react-markdown'
import remarkGfm from 'remark-gfm'

// Raw HTML in the markdown is never rendered (react-markdown escapes it without rehype-raw),
// and react-markdown's default URL filter drops `javascript:` links.
const BASE: Components = {
  a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer" className="text-sky-700 underline dark:text-sky-400" />,
  table: ({ node: _node, ...props }) => (
    <div className="my-2 overflow-x-auto">
      <table {...props} className="border-collapse text-sm" />
    </div>
  ),
  th: ({ node: _node, ...props }) => <th {...props} className="border border-slate-300 bg-slate-50 px-2 py-1 text-left font-medium dark:border-slate-700 dark:bg-slate-900" />,
  td: ({ node: _node, ...props }) => <td {...props} className="border border-slate-300 px-2 py-1 dark:border-slate-700" />,
}

// For descriptions inside a page that already has its own h1/h2: headings shift down two levels.
const SHIFTED: Components = {
  ...BASE,
  h1: ({ node: _node, ...props }) => <h3 {...props} />,
  h2: ({ node: _node, ...props }) => <h4 {...props} />,
  h3: ({ node: _node, ...props }) => <h5 {...props} />,
}

type MarkdownViewProps = { text: string; shiftHeadings?: boolean }

/**
 * GitHub-flavoured markdown (tables, task lists, strikethrough) as safe React elements. Load it
 * through `LazyMarkdown`: react-markdown + remark-gfm are ~48 kB gzip, kept off the first page.
 */
export function MarkdownView({ text, shiftHeadings = false }: MarkdownViewProps) {
  return (
    <div className="text-sm leading-relaxed text-slate-800 dark:text-slate-200 [&_blockquote]:border-l-4 [&_blockquote]:border-slate-300 [&_blockquote]:pl-3 [&_blockquote]:text-slate-600 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:font-mono [&_code]:text-xs dark:[&_code]:bg-slate-800 [&_h1]:mt-3 [&_h1]:mb-2 [&_h1]:text-lg [&_h1]:font-semibold [&_h2]:mt-3 [&_h2]:mb-2 [&_h2]:text-base [&_h2]:font-semibold [&_h3]:mt-2 [&_h3]:font-semibold [&_h4]:font-semibold [&_h5]:font-semibold [&_li]:my-0.5 [&_ol]:list-decimal [&_ol]:pl-5 [&_p]:my-2 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-slate-100 [&_pre]:p-2 dark:[&_pre]:bg-slate-900 [&_ul]:list-disc [&_ul]:pl-5 [&>*:first-child]:mt-0">
      <Markdown remarkPlugins={[remarkGfm]} components={shiftHeadings ? SHIFTED : BASE} skipHtml={false}>
        {text}
      </Markdown>
    </div>
  )
}
