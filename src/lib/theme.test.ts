import { describe, expect, it } from 'vitest'
import { parseThemePreference, resolveTheme } from './theme.ts'

describe('parseThemePreference', () => {
  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
    ['system', 'system'],
    [null, 'system'],
    ['DARK', 'system'],
    ['"dark"', 'system'],
  ] as const)('%s → %s', (raw, want) => expect(parseThemePreference(raw)).toBe(want))
})

describe('resolveTheme', () => {
  it.each([
    ['system', true, 'dark'],
    ['system', false, 'light'],
    ['light', true, 'light'],
    ['dark', false, 'dark'],
  ] as const)('%s with system dark=%s → %s', (pref, sysDark, want) => expect(resolveTheme(pref, sysDark)).toBe(want))
})
