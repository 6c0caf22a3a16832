/**
 * Key quoting for MLflow run filters and order-by clauses. Its own module (not in
 * filter-completions.ts) because the URL codecs need it on every page, while the completion
 * engine and tokenizer only load with the run filter box.
 */

/**
 * Quotes a key for a filter: bare when it is a plain word (`[A-Za-z_][A-Za-z0-9_]*`), else in
 * back-quotes (dots, slashes, spaces, dashes, …), or double quotes if it contains a back-quote.
 */
export function quoteFilterKey(key: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) return key
  return key.includes('`') ? `"${key.replace(/(["\\])/g, '\\$1')}"` : `\`${key}\``
}
