import { lazy, Suspense } from 'react'

const MarkdownView = lazy(async () => ({ default: (await import('./markdown-view.tsx')).MarkdownView }))

type LazyMarkdownProps = { text: string; shiftHeadings?: boolean }

/** `MarkdownView`, loaded on first use so the markdown parser stays out of the entry bundle. */
export function LazyMarkdown({ text, shiftHeadings }: LazyMarkdownProps) {
  return (
    <Suspense fallback={<p className="text-sm text-slate-500">Loading description…</p>}>
      <MarkdownView text={text} shiftHeadings={shiftHeadings} />
    </Suspense>
  )
}
