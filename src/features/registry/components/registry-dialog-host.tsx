import { useState, type ReactNode } from 'react'
import { RegistryDialogContext, type DialogIntent } from '../hooks/use-registry-dialog.ts'
import { ChangeDialog } from './change-dialog.tsx'
import { DecisionDialog } from './decision-dialog.tsx'

type RegistryDialogHostProps = { children: ReactNode }

/** Provides `useRegistryDialog()` to a page and renders the one open dialog. */
export function RegistryDialogHost({ children }: RegistryDialogHostProps) {
  const [intent, setIntent] = useState<DialogIntent | null>(null)
  // A new key per opening resets the dialog's draft, comment and errors.
  const [opening, setOpening] = useState(0)
  const handleOpen = (next: DialogIntent) => {
    setOpening((n) => n + 1)
    setIntent(next)
  }
  const handleClose = () => setIntent(null)
  return (
    <RegistryDialogContext value={handleOpen}>
      {children}
      {intent?.kind === 'change' && <ChangeDialog key={opening} initial={intent.change} title={intent.title} onClose={handleClose} />}
      {intent?.kind === 'decide' && <DecisionDialog key={opening} item={intent.item} outcome={intent.outcome} onClose={handleClose} />}
    </RegistryDialogContext>
  )
}
