import { cn } from '../../lib/cn.ts'
import { toast, useToasts, type ToastTone } from './toast-store.ts'

const TONE: Record<ToastTone, string> = {
  info: 'border-slate-300 dark:border-slate-700',
  success: 'border-emerald-500 dark:border-emerald-600',
  error: 'border-red-500 dark:border-red-500',
}

/** Renders toasts in a polite live region at the bottom right; errors are announced assertively. */
export function Toaster() {
  const toasts = useToasts()
  return (
    <div aria-live="polite" className="pointer-events-none fixed right-4 bottom-4 z-50 flex w-96 max-w-[calc(100vw-2rem)] flex-col gap-2">
      {toasts.map((t) => (
        <div
          key={t.id}
          role={t.tone === 'error' ? 'alert' : 'status'}
          className={cn(
            'pointer-events-auto flex items-start gap-3 rounded-md border-l-4 bg-white p-3 text-sm shadow-lg ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800',
            TONE[t.tone],
          )}
        >
          <div className="min-w-0 flex-1">
            <p className="font-medium">{t.title}</p>
            {t.description && <p className="mt-0.5 break-words text-slate-600 dark:text-slate-400">{t.description}</p>}
          </div>
          {t.action && (
            <button
              type="button"
              onClick={() => {
                t.action?.onClick()
                toast.dismiss(t.id)
              }}
              className="rounded px-2 py-0.5 font-medium text-sky-700 hover:bg-sky-50 dark:text-sky-300 dark:hover:bg-sky-950"
            >
              {t.action.label}
            </button>
          )}
          <button
            type="button"
            aria-label="Dismiss notification"
            onClick={() => toast.dismiss(t.id)}
            className="rounded px-1 text-slate-500 hover:text-slate-900 dark:hover:text-slate-100"
          >
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
