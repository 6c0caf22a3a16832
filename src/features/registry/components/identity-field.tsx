import { useId } from 'react'
import { Badge } from '../../../components/ui/badge.tsx'
import type { Identity } from '../hooks/use-identity.ts'

type IdentityFieldProps = { identity: Identity }

/** Who will be recorded as acting, and a plain statement of who enforces permissions. */
export function IdentityField({ identity }: IdentityFieldProps) {
  const id = useId()
  return (
    <div className="flex flex-col gap-1 text-sm">
      {identity.isVerified ? (
        <p>
          Acting as <strong>{identity.actor?.name}</strong> <Badge tone="success">verified by the server</Badge>
        </p>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor={id} className="font-medium">Your name</label>
          <input id={id} value={identity.typedName} onChange={(e) => identity.setTypedName(e.target.value)} maxLength={200} placeholder="e.g. rita"
            className="h-8 w-48 rounded-md border border-slate-300 bg-white px-2 dark:border-slate-700 dark:bg-slate-950" />
          <Badge tone="warning" title="The server did not say who you are; the name is recorded as typed.">unverified</Badge>
        </div>
      )}
      <p className="text-xs text-slate-500 dark:text-slate-400">
        Runlens records who asked and who decided. Whether you may change this model is enforced by the MLflow server&apos;s permissions (its auth app), not by this dialog.
      </p>
    </div>
  )
}
