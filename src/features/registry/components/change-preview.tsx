import type { ChangePlan } from '../../../lib/registry-change.ts'
import { describeEffect } from '../../../lib/registry-change.ts'

type ChangePreviewProps = { plan: ChangePlan | null }

/** "What will change": one line per effect, then the warnings the user must read. */
export function ChangePreview({ plan }: ChangePreviewProps) {
  if (!plan) return <p className="text-sm text-slate-500">Reading the registry…</p>
  return (
    <section aria-label="What will change" className="flex flex-col gap-2 text-sm">
      <h3 className="font-semibold">What will change</h3>
      {plan.effects.length ? (
        <ul className="list-disc pl-5">
          {plan.effects.map((e) => <li key={describeEffect(e)}>{describeEffect(e)}</li>)}
        </ul>
      ) : (
        <p className="text-slate-600 dark:text-slate-400">Nothing: the registry is already in that state.</p>
      )}
      {plan.warnings.map((w) => (
        <p key={w} role="note" className="rounded-md bg-amber-50 p-2 text-amber-900 dark:bg-amber-950 dark:text-amber-200">
          {w}
        </p>
      ))}
    </section>
  )
}
