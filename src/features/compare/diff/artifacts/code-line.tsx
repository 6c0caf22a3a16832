import { memo } from 'react'
import type { TextLanguage } from '../../../../lib/artifact-candidates.ts'
import { tokenizeLine, type TokenKind } from '../../../../lib/syntax-tokens.ts'

const TOKEN_CLASS: Record<TokenKind, string> = {
  key: 'text-sky-800 dark:text-sky-300',
  string: 'text-emerald-800 dark:text-emerald-300',
  number: 'text-violet-700 dark:text-violet-300',
  literal: 'text-orange-700 dark:text-orange-300',
  comment: 'text-slate-500 italic dark:text-slate-400',
  punct: 'text-slate-600 dark:text-slate-400',
  plain: '',
}

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
