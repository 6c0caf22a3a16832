import { useState, type FormEvent } from 'react'
import { Button } from '../../../../components/ui/button.tsx'
import { useSetRunTag } from '../hooks/use-set-run-tag.ts'
import { tagKeyError, tagValueError } from '../tag-rules.ts'

type TagAddFormProps = { runId: string; existingKeys: string[]; onDone: () => void }

/** Key + value form for a new tag; problems show under the fields before anything is sent. */
export function TagAddForm({ runId, existingKeys, onDone }: TagAddFormProps) {
  const [key, setKey] = useState('')
  const [value, setValue] = useState('')
  const [isTouched, setIsTouched] = useState(false)
  const setTag = useSetRunTag(runId)
  const keyProblem = tagKeyError(key, existingKeys)
  const valueProblem = tagValueError(value)
  const handleSubmit = (e: FormEvent) => {
    e.preventDefault()
    setIsTouched(true)
    if (keyProblem || valueProblem) return
    setTag.mutate({ key, value }, { onSuccess: onDone })
  }
  const fieldClass = 'h-8 rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-700 dark:bg-slate-900'
  return (
    <form aria-label="Add tag" onSubmit={handleSubmit} className="mb-3 flex flex-col gap-2 rounded-md border border-slate-200 p-3 dark:border-slate-800">
      <div className="flex flex-wrap gap-2">
        <input autoFocus aria-label="Tag key" placeholder="key" value={key} onChange={(e) => setKey(e.target.value)} aria-invalid={isTouched && !!keyProblem} className={`${fieldClass} w-56`} />
        <input aria-label="Tag value" placeholder="value" value={value} onChange={(e) => setValue(e.target.value)} aria-invalid={!!valueProblem} className={`${fieldClass} min-w-48 flex-1`} />
        <Button type="submit" variant="primary" size="sm" isPending={setTag.isPending} className="h-8">Add</Button>
        <Button size="sm" onClick={onDone} className="h-8">Cancel</Button>
      </div>
      {((isTouched && keyProblem) || valueProblem || setTag.error) && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">{(isTouched && keyProblem) || valueProblem || setTag.error?.message}</p>
      )}
    </form>
  )
}
