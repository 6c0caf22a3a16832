import { useSyncExternalStore } from 'react'
import { parseThemePreference, resolveTheme, THEME_STORAGE_KEY, type ResolvedTheme, type ThemePreference } from '../../lib/theme.ts'

type ThemeState = { preference: ThemePreference; resolved: ResolvedTheme }

const media = typeof window === 'undefined' ? undefined : window.matchMedia?.('(prefers-color-scheme: dark)')
const listeners = new Set<() => void>()
let state: ThemeState = compute(readStored())

function readStored(): ThemePreference {
  try {
    return parseThemePreference(localStorage.getItem(THEME_STORAGE_KEY))
  } catch {
    return 'system' // storage blocked: follow the system
  }
}

function compute(preference: ThemePreference): ThemeState {
  return { preference, resolved: resolveTheme(preference, media?.matches ?? false) }
}

function update(preference: ThemePreference) {
  const next = compute(preference)
  if (next.preference === state.preference && next.resolved === state.resolved) return
  state = next
  apply()
  listeners.forEach((l) => l())
}

function apply() {
  const root = document.documentElement
  root.classList.toggle('dark', state.resolved === 'dark')
  root.style.colorScheme = state.resolved
}

/**
 * Applies the theme and follows changes of the system scheme and of other tabs. Called once
 * from main.tsx; public/theme-init.js already did the first paint.
 */
export function initTheme() {
  apply()
  media?.addEventListener('change', () => update(state.preference))
  window.addEventListener('storage', (e) => {
    if (e.key === THEME_STORAGE_KEY) update(parseThemePreference(e.newValue))
  })
}

/** Saves the preference (system / light / dark) and repaints at once. */
export function setThemePreference(preference: ThemePreference) {
  try {
    if (preference === 'system') localStorage.removeItem(THEME_STORAGE_KEY)
    else localStorage.setItem(THEME_STORAGE_KEY, preference)
  } catch {
    // Not persisted, but still applied for this page.
  }
  update(preference)
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** The current preference and the theme it resolves to (charts read `resolved`). */
export function useTheme(): ThemeState {
  return useSyncExternalStore(subscribe, () => state, () => state)
}
