import { useSyncExternalStore } from 'react'

export type ToastTone = 'info' | 'success' | 'error'
/** A button inside the toast (e.g. "Undo"); clicking it runs `onClick` and dismisses the toast. */
export type ToastAction = { label: string; onClick: () => void }
export type Toast = { id: number; tone: ToastTone; title: string; description?: string; action?: ToastAction }

const AUTO_DISMISS_MS = { info: 5000, success: 4000, error: 8000 } as const
/** Identical toasts within this window are merged, so a failing poll does not stack up. */
const DEDUPE_MS = 3000
const MAX_VISIBLE = 4

let toasts: Toast[] = []
let nextId = 1
const lastShown = new Map<string, number>()
const listeners = new Set<() => void>()
const emit = () => listeners.forEach((l) => l())

function dismiss(id: number) {
  toasts = toasts.filter((t) => t.id !== id)
  emit()
}

function show(tone: ToastTone, title: string, description?: string, action?: ToastAction): number | undefined {
  const key = `${tone}\n${title}\n${description ?? ''}`
  const now = Date.now()
  if (now - (lastShown.get(key) ?? 0) < DEDUPE_MS) return undefined
  lastShown.set(key, now)
  const id = nextId++
  toasts = [...toasts, { id, tone, title, description, action }].slice(-MAX_VISIBLE)
  emit()
  // A toast with an action (Undo) stays longer, so there is time to use it.
  setTimeout(() => dismiss(id), AUTO_DISMISS_MS[tone] * (action ? 2.5 : 1))
  return id
}

/** Shows transient messages: success of a user action, or a failure the user did not see inline. */
export const toast = {
  info: (title: string, description?: string, action?: ToastAction) => show('info', title, description, action),
  success: (title: string, description?: string, action?: ToastAction) => show('success', title, description, action),
  error: (title: string, description?: string) => show('error', title, description),
  dismiss,
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** The toasts currently on screen, newest last. */
export function useToasts(): Toast[] {
  return useSyncExternalStore(subscribe, () => toasts, () => toasts)
}
