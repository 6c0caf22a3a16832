/**
 * Which artifact files can be diffed as text between runs, and how to highlight them.
 */

/** Highlighting flavour of a text artifact. */
export type TextLanguage = 'yaml' | 'json' | 'text'

const BY_EXT: Record<string, TextLanguage> = {
  yaml: 'yaml', yml: 'yaml', json: 'json', jsonl: 'json', ndjson: 'json', log: 'text', txt: 'text', md: 'text',
  cfg: 'text', ini: 'text', toml: 'text', csv: 'text', tsv: 'text', py: 'text', sh: 'text', out: 'text', err: 'text',
}
// Files MLflow itself writes without an extension; MLmodel is YAML.
const BY_NAME: Record<string, TextLanguage> = { MLmodel: 'yaml', Dockerfile: 'text', LICENSE: 'text', README: 'text' }

/**
 * Language of a text-like artifact from its file name (`.hydra/config.yaml` → yaml,
 * `train.log` → text, `model/MLmodel` → yaml), or null for anything not known to be text
 * (weights, images, pickles). The bytes still decide in the end (binary check on fetch).
 */
export function textLanguageOf(path: string): TextLanguage | null {
  const name = path.slice(path.lastIndexOf('/') + 1)
  if (Object.hasOwn(BY_NAME, name)) return BY_NAME[name]
  const dot = name.lastIndexOf('.')
  if (dot <= 0 || dot === name.length - 1) return null
  const ext = name.slice(dot + 1).toLowerCase()
  return Object.hasOwn(BY_EXT, ext) ? BY_EXT[ext] : null
}

export type ArtifactCandidate = {
  path: string
  language: TextLanguage
  /** Indexes of the runs holding the file, ascending. */
  runIndexes: number[]
  /** Largest size over the runs, bytes (undefined when no listing gave one). */
  maxSize?: number
}

type Entry = { path: string; isDir?: boolean; fileSize?: number }

/**
 * Text artifacts present in at least `minRuns` runs (default 2). `listings[i]` is run i's
 * recursive file list (undefined while unknown or failed). Sorted: Hydra files first, then by
 * number of runs (most first), then by path.
 */
export function commonTextArtifacts(listings: readonly (readonly Entry[] | undefined)[], minRuns = 2): ArtifactCandidate[] {
  const byPath = new Map<string, ArtifactCandidate>()
  listings.forEach((files, i) => {
    for (const f of files ?? []) {
      if (f.isDir) continue
      const language = textLanguageOf(f.path)
      if (!language) continue
      const c = byPath.get(f.path) ?? { path: f.path, language, runIndexes: [] }
      if (!c.runIndexes.includes(i)) c.runIndexes.push(i)
      if (f.fileSize !== undefined) c.maxSize = Math.max(c.maxSize ?? 0, f.fileSize)
      byPath.set(f.path, c)
    }
  })
  const hydraFirst = (p: string) => (p.startsWith('.hydra/') ? 0 : 1)
  return [...byPath.values()]
    .filter((c) => c.runIndexes.length >= minRuns)
    .sort((a, b) => hydraFirst(a.path) - hydraFirst(b.path) || b.runIndexes.length - a.runIndexes.length || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** Folder names worth listing when looking for Hydra files (besides the root). */
export const HYDRA_DIR_NAMES: readonly string[] = ['.hydra', 'hydra', 'config', 'configs', 'conf', 'outputs']

/**
 * Directories of a listing to look into next for Hydra files: those named in
 * {@link HYDRA_DIR_NAMES}, at most `max` (default 6), in listing order. Bounded on purpose:
 * big artifact trees (checkpoints, images) are never crawled.
 */
export function hydraDirsToList(entries: readonly Entry[], max = 6): string[] {
  const out: string[] = []
  for (const e of entries) {
    if (!e.isDir) continue
    const name = e.path.slice(e.path.lastIndexOf('/') + 1)
    if (HYDRA_DIR_NAMES.includes(name) && out.length < max) out.push(e.path)
  }
  return out
}
