import { useState } from 'react'
import { toast } from './toast-store.ts'

type CopyButtonProps = { text: string; label?: string }

/** Copies `text` to the clipboard and shows a tick for a moment. */
export function CopyButton({ text, label = 'Copy value' }: CopyButtonProps) {
  const [isCopied, setIsCopied] = useState(false)
  const handleCopy = () => {
    navigator.clipboard
      .writeText(text)
      .then(() => {
        setIsCopied(true)
        setTimeout(() => setIsCopied(false), 1200)
      })
      .catch(() => toast.error('Could not copy', 'The browser refused clipboard access.'))
  }
  return (
    <button type="button" onClick={handleCopy} aria-label={label} title={label}
      className="inline-flex shrink-0 items-center rounded p-0.5 text-slate-500 hover:bg-slate-200 hover:text-slate-900 dark:hover:bg-slate-700 dark:hover:text-slate-100">
      {isCopied ? (
        <span aria-hidden>✓</span>
      ) : (
        <svg aria-hidden viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="1.5">
          <rect x="5" y="5" width="8.5" height="8.5" rx="1.5" />
          <path d="M10.5 5V3.5A1.5 1.5 0 0 0 9 2H3.5A1.5 1.5 0 0 0 2 3.5V9a1.5 1.5 0 0 0 1.5 1.5H5" />
        </svg>
      )}
    </button>
  )
}
