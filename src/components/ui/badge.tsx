import type { ReactNode } from 'react'
import { cn } from '../../lib/cn.ts'

const TONES = {
  neutral: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
  info: 'bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-300',
  success: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300',
  warning: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-300',
  danger: 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300',
} as const

export type BadgeTone = keyof typeof TONES

type BadgeProps = { tone?: BadgeTone; className?: string; title?: string; children: ReactNode }

export function Badge({ tone = 'neutral', className, title, children }: BadgeProps) {
  return (
    <span title={title} className={cn('inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap', TONES[tone], className)}>
      {children}
    </span>
  )
}
