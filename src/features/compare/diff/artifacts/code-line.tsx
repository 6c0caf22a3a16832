import { memo } from 'react'
import type { TextLanguage } from '../../../../lib/artifact-candidates.ts'
import { TOKEN_CLASS } from '../../../../components/ui/syntax-token-class.ts'
import { tokenizeLine } from '../../../../lib/syntax-tokens.ts'


/** One line of a file, lightly highlighted; text only (never parsed as HTML). */
export const CodeLine = memo(function CodeLine({ text, language }: { text: string; language: TextLanguage }) {
  return (
    <>
      {tokenizeLine(text, language).map((t, i) => (
        <span key={i} className={TOKEN_CLASS[t.kind]}>
          {t.text}
        </span>
      ))}
    </>
  )
})
