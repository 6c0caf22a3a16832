/**
 * Path helpers of the run artifact browser. Paths are relative to the run's artifact root and
 * use `/` (`model/data/weights.bin`), as MLflow's artifacts/list returns them.
 */

/** Last path segment: `.hydra/config.yaml` → `config.yaml`. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/**
 * Folders to open so that `path` is visible in the tree, outermost first:
 * `a/b/c.txt` → `['a', 'a/b']`; a top-level file or '' → `[]`.
 */
export function ancestorDirs(path: string): string[] {
  const parts = path.split('/').filter(Boolean)
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'))
}

/** True when `path` is `dir` itself or inside it (`dir` '' is the root, containing everything). */
export function isWithin(path: string, dir: string): boolean {
  return dir === '' || path === dir || path.startsWith(`${dir}/`)
}

export type PrettyJson = { ok: true; text: string } | { ok: false; message: string }

/**
 * JSON re-indented with 2 spaces for the preview. JSON Lines (one document per line) is left
 * as is when each line parses; anything else that does not parse gives the parser's message.
 */
export function prettyJson(text: string): PrettyJson {
  try {
    return { ok: true, text: JSON.stringify(JSON.parse(text), null, 2) }
  } catch (err) {
    const lines = text.split('\n').filter((l) => l.trim() !== '')
    if (lines.length > 1 && lines.every(isJsonLine)) return { ok: true, text }
    return { ok: false, message: err instanceof Error ? err.message : String(err) }
  }
}

function isJsonLine(line: string): boolean {
  try {
    JSON.parse(line)
    return true
  } catch {
    return false
  }
}
