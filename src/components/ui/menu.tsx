import { useId, useRef, useState, type ReactNode } from 'react'
import { cn } from '../../lib/cn.ts'

type MenuProps = {
  /** Accessible name of the trigger button. */
  label: string
  /** Trigger content (an icon or text); defaults to ⋮. */
  trigger?: ReactNode
  /** Menu items; each gets `close` to dismiss the menu after acting. */
  children: (close: () => void) => ReactNode
  align?: 'start' | 'end'
  className?: string
}

/**
 * A small dropdown: a button with aria-haspopup/expanded and a `role="menu"` panel. Closes on
 * Escape and when focus leaves the menu. Items are usually {@link MenuItem}s.
 */
export function Menu({ label, trigger = '⋮', children, align = 'end', className }: MenuProps) {
  const [isOpen, setIsOpen] = useState(false)
  const id = useId()
  const ref = useRef<HTMLDivElement>(null)
  const close = () => setIsOpen(false)
  return (
    <div
      ref={ref}
      className={cn('relative inline-flex', className)}
      onBlur={(e) => {
        if (!ref.current?.contains(e.relatedTarget as Node | null)) close()
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && isOpen) {
          e.stopPropagation()
          close()
        }
      }}
    >
      <button type="button" aria-label={label} aria-haspopup="menu" aria-expanded={isOpen} aria-controls={isOpen ? id : undefined} onClick={() => setIsOpen((o) => !o)}
        className="rounded px-1 text-slate-500 hover:bg-slate-200 hover:text-slate-900 dark:hover:bg-slate-700 dark:hover:text-slate-100">
        {trigger}
      </button>
      {isOpen && (
        <div id={id} role="menu" aria-label={label} className={cn('absolute top-full z-30 mt-1 flex min-w-44 flex-col rounded-md border border-slate-200 bg-white py-1 text-sm font-normal text-slate-800 shadow-lg dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200', align === 'end' ? 'right-0' : 'left-0')}>
          {children(close)}
        </div>
      )}
    </div>
  )
}

type MenuItemProps = { onSelect: () => void; isChecked?: boolean; isDisabled?: boolean; children: ReactNode }

/** One action in a {@link Menu}; `isChecked` renders a radio-style check mark. */
export function MenuItem({ onSelect, isChecked, isDisabled, children }: MenuItemProps) {
  return (
    <button type="button" role={isChecked === undefined ? 'menuitem' : 'menuitemradio'} aria-checked={isChecked} disabled={isDisabled} onClick={onSelect}
      className="flex items-center gap-2 px-3 py-1.5 text-left hover:bg-slate-100 disabled:opacity-40 dark:hover:bg-slate-800">
      {isChecked !== undefined && <span aria-hidden className="w-3">{isChecked ? '✓' : ''}</span>}
      {children}
    </button>
  )
}
