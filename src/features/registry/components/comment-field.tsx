import { useId } from 'react'
import { MAX_COMMENT } from '../../../lib/approval-tags.ts'

type CommentFieldProps = { value: string; onChange: (value: string) => void; placeholder?: string }

/** The required comment of every registry change, request and decision. */
export function CommentField({ value, onChange, placeholder = 'Why? (kept in the model history)' }: CommentFieldProps) {
  const id = useId()
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id} className="font-medium">Comment (required)</label>
      <textarea id={id} value={value} onChange={(e) => onChange(e.target.value)} maxLength={MAX_COMMENT} rows={2} placeholder={placeholder} required
        className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-950" />
    </div>
  )
}
