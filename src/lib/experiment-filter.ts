/** Builds MLflow `experiments/search` filters from the experiment list's controls. */

/** Quotes a string literal for an MLflow filter: `it's` → `'it''s'` (MLflow doubles quotes). */
export function quoteFilterString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`
}

/** Back-quotes a tag key unless it is a plain word (`team`); back-quotes inside are dropped. */
function tagKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `\`${key.replace(/`/g, '')}\``
}

/**
 * `name ILIKE '%<query>%'` AND one clause per tag filter (`tags.k = 'v'`, or `tags.k LIKE '%'`
 * for "has tag k"), joined with AND. Blank query and no tags → ''. `%` and `_` typed by the
 * user stay LIKE wildcards: MLflow declares no ESCAPE character, so they cannot be escaped portably.
 */
export function buildExperimentFilter(query: string, tags: readonly { key: string; value?: string }[]): string {
  const parts: string[] = []
  const q = query.trim()
  if (q) parts.push(`name ILIKE ${quoteFilterString(`%${q}%`)}`)
  for (const t of tags) {
    const key = t.key.trim()
    if (!key) continue
    parts.push(t.value === undefined ? `tags.${tagKey(key)} LIKE '%'` : `tags.${tagKey(key)} = ${quoteFilterString(t.value)}`)
  }
  return parts.join(' AND ')
}
