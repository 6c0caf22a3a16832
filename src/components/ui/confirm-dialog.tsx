import type { ReactNode } from 'react'
import { Button } from './button.tsx'
import { Dialog } from './dialog.tsx'

type ConfirmDialogProps = {
  isOpen: boolean
  title: string
  children?: ReactNode
  confirmLabel: string
  isDanger?: boolean
  /** The confirm button shows a spinner and both buttons are disabled while true. */
  isPending?: boolean
  /** Shown inline (not as a toast), so the user can correct and retry without losing context. */
  error?: string | null
  onConfirm: () => void
  onClose: () => void
}

/** "Are you sure?" for consequential actions. The caller closes it in its mutation's onSuccess. */
export function ConfirmDialog({ isOpen, title, children, confirmLabel, isDanger = false, isPending = false, error, onConfirm, onClose }: ConfirmDialogProps) {
  return (
    <Dialog
      isOpen={isOpen}
      onClose={() => {
        if (!isPending) onClose()
      }}
      title={title}
      footer={
        <>
          <Button onClick={onClose} disabled={isPending}>
            Cancel
          </Button>
          <Button variant={isDanger ? 'danger' : 'primary'} isPending={isPending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children && <div className="text-sm text-slate-700 dark:text-slate-300">{children}</div>}
      {error && (
        <p role="alert" className="rounded-md bg-red-50 p-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {error}
        </p>
      )}
    </Dialog>
  )
}
