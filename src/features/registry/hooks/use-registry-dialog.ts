import { createContext, useContext } from 'react'
import type { QueueItem } from '../../../lib/approval-timeline.ts'
import type { RegistryChange } from '../../../lib/registry-change.ts'

/** What the approval dialog is opened for. */
export type DialogIntent =
  /** Review a change, then apply it directly or (stage/alias moves) file it as a request. */
  | { kind: 'change'; change: RegistryChange; title?: string }
  /** Approve, reject or cancel a filed request. */
  | { kind: 'decide'; item: QueueItem; outcome: 'approved' | 'rejected' | 'cancelled' }

export const RegistryDialogContext = createContext<((intent: DialogIntent) => void) | null>(null)

/** Opens the registry approval dialog (inside a `RegistryDialogHost`). */
export function useRegistryDialog(): (intent: DialogIntent) => void {
  const open = useContext(RegistryDialogContext)
  if (!open) throw new Error('useRegistryDialog needs a RegistryDialogHost above it')
  return open
}
