import { useState } from 'react'
import { toast } from '../../../../components/ui/toast-store.ts'

type CopyButtonProps = { text: string; label?: string }

/** Copies `text` to the clipboard; says so for a moment. */
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
      className="rounded px-1 text-slate-500 hover:bg-slate-200 hover:text-slate-900 dark:hover:bg-slate-700 dark:hover:text-slate-100">
      {isCopied ? '✓' : '⧉'}
    </button>
  )
}
