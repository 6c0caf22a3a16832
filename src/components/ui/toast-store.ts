import { useSyncExternalStore } from 'react'

export type ToastTone = 'info' | 'success' | 'error'
export type Toast = { id: number; tone: ToastTone; title: string; description?: string }

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

function show(tone: ToastTone, title: string, description?: string): number | undefined {
  const key = `${tone}\n${title}\n${description ?? ''}`
  const now = Date.now()
  if (now - (lastShown.get(key) ?? 0) < DEDUPE_MS) return undefined
  lastShown.set(key, now)
  const id = nextId++
  toasts = [...toasts, { id, tone, title, description }].slice(-MAX_VISIBLE)
  emit()
  setTimeout(() => dismiss(id), AUTO_DISMISS_MS[tone])
  return id
}

/** Shows transient messages: success of a user action, or a failure the user did not see inline. */
export const toast = {
  info: (title: string, description?: string) => show('info', title, description),
  success: (title: string, description?: string) => show('success', title, description),
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
