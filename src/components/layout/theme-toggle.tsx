import { THEME_PREFERENCES, type ThemePreference } from '../../lib/theme.ts'
import { cn } from '../../lib/cn.ts'
import { setThemePreference, useTheme } from './theme-store.ts'

const LABELS: Record<ThemePreference, { text: string; icon: string }> = {
  system: { text: 'System', icon: '◐' },
  light: { text: 'Light', icon: '☀' },
  dark: { text: 'Dark', icon: '☾' },
}

/** Three-way theme switch as a radio group (arrow keys move between the options). */
export function ThemeToggle() {
  const { preference } = useTheme()
  const handleKeyDown = (e: React.KeyboardEvent) => {
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0
    if (!step) return
    e.preventDefault()
    const i = THEME_PREFERENCES.indexOf(preference)
    const next = THEME_PREFERENCES[(i + step + THEME_PREFERENCES.length) % THEME_PREFERENCES.length]
    setThemePreference(next)
    e.currentTarget.querySelector<HTMLButtonElement>(`[data-theme="${next}"]`)?.focus()
  }
  return (
    <div role="radiogroup" aria-label="Theme" onKeyDown={handleKeyDown} className="flex rounded-md border border-slate-200 p-0.5 dark:border-slate-700">
      {THEME_PREFERENCES.map((p) => (
        <button
          key={p}
          type="button"
          role="radio"
          data-theme={p}
          aria-checked={preference === p}
          aria-label={LABELS[p].text}
          title={`${LABELS[p].text} theme`}
          tabIndex={preference === p ? 0 : -1}
          onClick={() => setThemePreference(p)}
          className={cn(
            'rounded px-1.5 py-0.5 text-sm leading-5',
            preference === p ? 'bg-slate-200 text-slate-900 dark:bg-slate-700 dark:text-slate-100' : 'text-slate-500 hover:text-slate-900 dark:hover:text-slate-100',
          )}
        >
          <span aria-hidden>{LABELS[p].icon}</span>
        </button>
      ))}
    </div>
  )
}
