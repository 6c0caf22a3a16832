/**
 * The tag editor's text form: one `key=value` per line. Runlens/MLflow system tags are not shown
 * and never touched.
 */
const isSystem = (k: string) => k.startsWith('runlens.') || k.startsWith('mlflow.')

/** Editable tags as text, sorted by key. */
export function tagsToText(tags: Readonly<Record<string, string>>): string {
  return Object.entries(tags).filter(([k]) => !isSystem(k)).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${v.replace(/\n/g, ' ')}`).join('\n')
}

/**
 * Parses edited text against the current tags: lines without `=` or with an empty key are
 * reported in `errors`; keys missing from the text are removed; system tags are ignored.
 */
export function textToTagEdit(text: string, current: Readonly<Record<string, string>>): { set: Record<string, string>; remove: string[]; errors: string[] } {
  const set: Record<string, string> = {}
  const errors: string[] = []
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim()
    if (!line) return
    const eq = line.indexOf('=')
    const key = eq > 0 ? line.slice(0, eq).trim() : ''
    if (!key) errors.push(`Line ${i + 1}: expected key=value`)
    else if (isSystem(key)) errors.push(`Line ${i + 1}: ${key} is a system tag`)
    else set[key] = line.slice(eq + 1).trim()
  })
  const remove = Object.keys(current).filter((k) => !isSystem(k) && !Object.hasOwn(set, k))
  return { set, remove, errors }
}
