import type { TokenKind } from '../../lib/syntax-tokens.ts'

/** Tailwind classes of highlighted tokens (lib/syntax-tokens), shared by every code view. */
export const TOKEN_CLASS: Record<TokenKind, string> = {
  key: 'text-sky-800 dark:text-sky-300',
  string: 'text-emerald-800 dark:text-emerald-300',
  number: 'text-violet-700 dark:text-violet-300',
  literal: 'text-orange-700 dark:text-orange-300',
  comment: 'text-slate-500 italic dark:text-slate-400',
  punct: 'text-slate-600 dark:text-slate-400',
  plain: '',
}
