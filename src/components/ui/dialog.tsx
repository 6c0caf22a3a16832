import { useEffect, useId, useRef, type ReactNode } from 'react'
import { cn } from '../../lib/cn.ts'

type DialogProps = {
  isOpen: boolean
  /** Called on Escape, the close button and a click on the backdrop. */
  onClose: () => void
  title: ReactNode
  description?: ReactNode
  children?: ReactNode
  /** Action buttons, right-aligned under the body. */
  footer?: ReactNode
  className?: string
}

/**
 * A modal on the native <dialog>: `showModal()` makes the rest of the page inert (focus stays
 * inside), Escape closes, focus returns to the opener on close, and it sits in the top layer.
 */
export function Dialog({ isOpen, onClose, title, description, children, footer, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const descriptionId = useId()

  // Mirrors the prop onto the DOM element: the browser API, not React state, owns "open".
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (isOpen && !dialog.open) dialog.showModal()
    if (!isOpen && dialog.open) dialog.close()
  }, [isOpen])

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose()
      }}
      className={cn(
        'm-auto w-[32rem] max-w-[calc(100vw-2rem)] rounded-lg bg-white p-0 text-slate-900 shadow-xl dark:bg-slate-900 dark:text-slate-100',
        className,
      )}
    >
      {isOpen && (
        <div className="flex flex-col gap-4 p-5">
          <div className="flex items-start justify-between gap-4">
            <div>
              <h2 id={titleId} className="text-base font-semibold">
                {title}
              </h2>
              {description && (
                <p id={descriptionId} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                  {description}
                </p>
              )}
            </div>
            <button type="button" aria-label="Close" onClick={onClose} className="rounded px-1 text-lg leading-none text-slate-500 hover:text-slate-900 dark:hover:text-slate-100">
              ×
            </button>
          </div>
          {children}
          {footer && <div className="flex justify-end gap-2">{footer}</div>}
        </div>
      )}
    </dialog>
  )
}
