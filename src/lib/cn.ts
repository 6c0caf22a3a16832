type ClassValue = string | false | null | undefined | 0

/**
 * Joins class names, skipping falsy values: `cn('a', isOn && 'b', undefined)` → `"a b"`.
 * No conflict merging: variants are written so they never set the same property twice.
 */
export function cn(...values: ClassValue[]): string {
  return values.filter(Boolean).join(' ')
}
