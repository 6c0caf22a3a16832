/**
 * Hydra support: find a run's `.hydra/{config,overrides,hydra}.yaml` in its artifact listing,
 * parse them safely, and read the command-line overrides.
 */
import { parseDocument } from 'yaml'

/** One folder that holds Hydra output files; paths are as given (normalised, relative). */
export type HydraLocation = {
  dir: string
  config?: string
  overrides?: string
  hydra?: string
}

type FileRole = 'config' | 'overrides' | 'hydra'
/** Folder names that a Hydra dump is logged under, best first. */
const DIR_RANK: Record<string, number> = { '.hydra': 0, hydra: 1, config: 2, configs: 2 }

function normalizePath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '').replace(/\/{2,}/g, '/')
}

/**
 * Finds folders holding Hydra files in an artifact listing (relative paths, possibly from a
 * recursive listing; entries with `isDir: true` are skipped). A folder qualifies when it is named
 * `.hydra`, `hydra`, `config` or `configs` and holds config.yaml, overrides.yaml or hydra.yaml
 * (`.yml` too), or when any folder holds both config.yaml and overrides.yaml. Results are
 * ordered: `.hydra` first, then by depth, then by path, so `[0]` is the best guess.
 */
export function findHydraFiles(entries: readonly (string | { path: string; isDir?: boolean })[]): HydraLocation[] {
  const byDir = new Map<string, HydraLocation>()
  for (const entry of entries) {
    if (typeof entry !== 'string' && entry.isDir) continue
    const path = normalizePath(typeof entry === 'string' ? entry : entry.path)
    const m = /^(?:(.*)\/)?(config|overrides|hydra)\.ya?ml$/.exec(path)
    if (!m) continue
    const dir = m[1] ?? ''
    const role = m[2] as FileRole
    const loc = byDir.get(dir) ?? { dir }
    // Prefer .yaml when both .yaml and .yml exist.
    if (!loc[role] || path.endsWith('.yaml')) loc[role] = path
    byDir.set(dir, loc)
  }
  const base = (dir: string) => dir.slice(dir.lastIndexOf('/') + 1)
  const rank = (loc: HydraLocation) => DIR_RANK[base(loc.dir)] ?? (loc.config && loc.overrides ? 3 : undefined)
  return [...byDir.values()]
    .filter((loc) => rank(loc) !== undefined)
    .sort((a, b) => (rank(a) ?? 9) - (rank(b) ?? 9) || a.dir.split('/').length - b.dir.split('/').length || (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0))
}

export type YamlParseResult = { ok: true; value: unknown } | { ok: false; message: string; line: number; column: number }

/**
 * Parses YAML with the YAML 1.2 core schema and no custom tags (unknown tags such as
 * `!!python/object` leave the plain value and are not executed), duplicate keys rejected and
 * aliases capped (billion-laughs guard). `${...}` interpolations stay literal strings. Returns the
 * first error with a 1-based line and column; never throws. Empty text → `{ok: true, value: null}`.
 */
export function parseHydraYaml(text: string): YamlParseResult {
  try {
    const doc = parseDocument(text, { version: '1.2', schema: 'core', customTags: [], uniqueKeys: true, prettyErrors: true })
    const err = doc.errors[0]
    if (err) {
      const pos = err.linePos?.[0]
      return { ok: false, message: err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''), line: pos?.line ?? 1, column: pos?.col ?? 1 }
    }
    return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) }
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e), line: 1, column: 1 }
  }
}

/** `=` override, `+` append (key must be new), `++` force (append or override), `~` delete. */
export type OverrideOp = '=' | '+' | '++' | '~'

export type HydraOverride = {
  /** Dotted key, including any `@package` suffix (`db@backup`). */
  key: string
  /** Raw text after the first `=`; undefined for `~key` without a value. */
  value: string | undefined
  op: OverrideOp
  /** The override as written. */
  raw: string
}

/**
 * Reads a parsed overrides.yaml (a list of strings such as `model.lr=0.01`, `+trainer.gpus=2`,
 * `++seed=1`, `~callbacks`, `~db=mysql`). Non-string items and strings without `=` (other than
 * deletions) are skipped; a non-list input gives []. Sweep values (`lr=0.1,0.01`) stay raw text.
 */
export function parseOverrides(value: unknown): HydraOverride[] {
  if (!Array.isArray(value)) return []
  const out: HydraOverride[] = []
  for (const item of value) {
    if (typeof item !== 'string') continue
    const raw = item.trim()
    const m = /^(\+\+|\+|~)?([^=]+?)\s*(?:=(.*))?$/s.exec(raw)
    if (!m) continue
    const op: OverrideOp = (m[1] as OverrideOp | undefined) ?? '='
    const key = m[2].trim()
    const rhs = m[3]
    if (!key || (rhs === undefined && op !== '~')) continue
    out.push({ key, value: rhs, op, raw })
  }
  return out
}
