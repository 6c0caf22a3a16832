/**
 * Model URIs and artifact paths of registered model versions (pure string work).
 */

/** `models:/name/N` and one `models:/name@alias` per alias (as MLflow's loaders accept them). */
export function modelUris(name: string, version: string, aliases: readonly string[]): string[] {
  return [`models:/${name}/${version}`, ...[...aliases].sort().map((a) => `models:/${name}@${a}`)]
}

/**
 * The folder of a version's model inside its source run's artifacts, e.g. `model`, from the
 * version's `source`: `runs:/<run>/<path>`, `<run artifact uri>/<path>`, or any URI containing
 * `/<run id>/artifacts/<path>`. Null when the source is not inside the run (e.g. an external
 * bucket) or the path would escape it (`..`).
 */
export function modelArtifactPath(source: string, runId: string, artifactUri: string): string | null {
  let rest: string | null = null
  const runs = /^runs:\/([^/]+)\/(.*)$/.exec(source)
  if (runs) rest = runs[1] === runId ? runs[2] ?? '' : null
  else if (artifactUri && source.startsWith(`${artifactUri.replace(/\/+$/, '')}/`)) rest = source.slice(artifactUri.replace(/\/+$/, '').length + 1)
  else if (runId) {
    const marker = `/${runId}/artifacts/`
    const i = source.indexOf(marker)
    if (i >= 0) rest = source.slice(i + marker.length)
  }
  if (rest === null) return null
  const path = rest.replace(/^\/+|\/+$/g, '')
  if (!path || path.split('/').some((p) => p === '..' || p === '.' || p === '')) return null
  return path
}

const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
const tagKey = (k: string) => (/^[A-Za-z_][\w.]*$/.test(k) ? k : `\`${k.replace(/`/g, '')}\``)

/**
 * The registered-models/search filter for a search box: `key=value` words become tag equality
 * (`tags.task = 'detection'`), other words name substrings (`name LIKE '%det%'`), all ANDed.
 * Text that already looks like an MLflow filter (`name`, `tags.`, `LIKE`, `=` with spaces) passes
 * through unchanged. Empty input → ''.
 */
export function buildModelFilter(input: string): string {
  const q = input.trim()
  if (!q) return ''
  if (/^(name|tags\.|`)/i.test(q) || /\s(LIKE|ILIKE|=|!=)\s/i.test(q)) return q
  const parts: string[] = []
  for (const word of q.split(/\s+/)) {
    const eq = word.indexOf('=')
    if (eq > 0) parts.push(`tags.${tagKey(word.slice(0, eq).replace(/^tag:/, ''))} = ${quote(word.slice(eq + 1))}`)
    else parts.push(`name LIKE ${quote(`%${word.replace(/[%_]/g, '')}%`)}`)
  }
  return parts.join(' AND ')
}
