import { useState } from 'react'
import { Button } from '../../../components/ui/button.tsx'

type CopyButtonProps = { text: string; label: string }

/** Copies `text` to the clipboard; says "Copied" for a moment. */
export function CopyButton({ text, label }: CopyButtonProps) {
  const [isCopied, setIsCopied] = useState(false)
  const handleCopy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setIsCopied(true)
      setTimeout(() => setIsCopied(false), 1500)
    } catch {
      // Clipboard blocked (insecure origin): the text stays selectable next to the button.
    }
  }
  return (
    <Button size="sm" variant="ghost" aria-label={label} onClick={handleCopy}>
      {isCopied ? 'Copied' : 'Copy'}
    </Button>
  )
}
