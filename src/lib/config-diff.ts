/**
 * N-way tree diff of parsed YAML configs (Hydra `.hydra/config.yaml`) against a baseline (index 0),
 * plus flattening to dotted keys so a config can be checked against the run's logged params.
 */
import { canonicalize, parsePythonLiteral, type LiteralValue } from './python-literal.ts'

export type ConfigStatus = 'same' | 'changed' | 'missing' | 'added' | 'type-changed'
type Kind = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object'

export type ConfigNode = {
  /** Dotted path from the root ('' for the root); array items use their index (`aug.ops.0`). */
  path: string
  key: string
  /**
   * Summary over runs, first match wins: 'added' (baseline lacks it), 'type-changed' (a run holds
   * another kind, e.g. a list vs a scalar), 'missing' (a run lacks it), 'changed', 'same'.
   */
  status: ConfigStatus
  /** Per run, the same vocabulary against the baseline; the baseline cell is 'same' or 'missing'. */
  cells: ConfigStatus[]
  /** Per run, the value at this path (a subtree for containers), `undefined` when absent. */
  values: unknown[]
  /** Empty for scalars, empty containers, and containers whose kind differs from the baseline's. */
  children: ConfigNode[]
  /** Leaves at or below this node whose status is 'same' (what a collapsed subtree hides). */
  unchangedCount: number
}

function kindOf(v: unknown): Kind {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'array'
  const t = typeof v
  return t === 'boolean' || t === 'number' || t === 'string' ? t : t === 'object' ? 'object' : 'string'
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b) || a === b) return true
  const ka = kindOf(a)
  if (ka !== kindOf(b) || (ka !== 'array' && ka !== 'object')) return false
  const ea = Object.entries(a as object)
  const ob = b as Record<string, unknown>
  return ea.length === Object.keys(ob).length && ea.every(([k, v]) => Object.hasOwn(ob, k) && deepEqual(v, ob[k]))
}

function childKeys(containers: unknown[], kind: Kind): string[] {
  const keys = new Set<string>()
  for (const c of containers) {
    if (c === undefined || kindOf(c) !== kind) continue
    if (kind === 'array') for (let i = 0; i < (c as unknown[]).length; i++) keys.add(String(i))
    else for (const k of Object.keys(c as object)) keys.add(k)
  }
  return [...keys]
}

function buildNode(path: string, key: string, values: unknown[]): ConfigNode {
  const base = values[0]
  const baseKind = base === undefined ? undefined : kindOf(base)
  const firstKind = baseKind ?? values.map((v) => (v === undefined ? undefined : kindOf(v))).find((k) => k !== undefined)
  const isContainer = (firstKind === 'array' || firstKind === 'object') && childKeys(values, firstKind).length > 0
  let children: ConfigNode[] = []
  if (isContainer) {
    children = childKeys(values, firstKind).map((k) =>
      buildNode(path === '' ? k : `${path}.${k}`, k, values.map((v) => (v !== undefined && kindOf(v) === firstKind ? (v as Record<string, unknown>)[k] : undefined))),
    )
  }
  const cells = values.map((v, i): ConfigStatus => {
    if (v === undefined) return 'missing'
    if (base === undefined) return 'added'
    if (i === 0) return 'same'
    if (kindOf(v) !== baseKind) return 'type-changed'
    if (isContainer) return children.some((c) => c.cells[i] !== 'same') ? 'changed' : 'same'
    return deepEqual(base, v) ? 'same' : 'changed'
  })
  const status: ConfigStatus =
    base === undefined ? 'added'
    : cells.includes('type-changed') ? 'type-changed'
    : cells.includes('missing') ? 'missing'
    : cells.includes('changed') ? 'changed'
    : 'same'
  const unchangedCount = children.length > 0 ? children.reduce((s, c) => s + c.unchangedCount, 0) : status === 'same' ? 1 : 0
  return { path, key, status, cells, values, children, unchangedCount }
}

/**
 * Diffs N parsed configs (`undefined` = run has no config). Returns the root node (path '').
 * Children keep first-seen key order (baseline first). Scalars compare with `Object.is`
 * semantics (NaN equals NaN); 1 and '1' are type-changed, not changed.
 */
export function diffConfigs(configs: readonly unknown[]): ConfigNode {
  return buildNode('', '', [...configs])
}

/** A flattened config value: a scalar, or for lists of scalars also the JSON text of the list. */
export type FlatValue = string | number | boolean | null

/**
 * Flattens a config to dotted keys. The rule:
 * - objects: `a.b.c`; arrays: one key per item, `a.0`, `a.1`, …;
 * - a list whose items are all scalars ALSO gets its own key `a` holding `JSON.stringify(list)`,
 *   because `mlflow.log_params` of a flattened OmegaConf dict logs lists whole (`"['x', 'y']"`);
 * - empty objects/lists become a leaf `'{}'` / `'[]'`; a top-level scalar is keyed `''`.
 * Key order follows the document.
 */
export function flattenConfig(value: unknown, prefix = '', out: Record<string, FlatValue> = {}): Record<string, FlatValue> {
  const kind = kindOf(value)
  if (kind === 'array' || kind === 'object') {
    const entries = Object.entries(value as object)
    if (entries.length === 0) out[prefix] = kind === 'array' ? '[]' : '{}'
    if (kind === 'array' && entries.length > 0 && entries.every(([, v]) => kindOf(v) !== 'array' && kindOf(v) !== 'object')) {
      out[prefix] = JSON.stringify(value)
    }
    for (const [k, v] of entries) flattenConfig(v, prefix === '' ? k : `${prefix}.${k}`, out)
    return out
  }
  out[prefix] = kind === 'null' || kind === 'boolean' || kind === 'number' ? (value as FlatValue) : String(value)
  return out
}

/** Normalised text of a param or config value: strings that parse as literals count as those literals. */
function normalizedValue(v: FlatValue): string {
  if (typeof v !== 'string') return canonicalize(v as LiteralValue)
  const parsed = parsePythonLiteral(v)
  return parsed.ok ? canonicalize(parsed.value) : canonicalize(v)
}

export type ParamConfigMismatch = { key: string; param: string; config: FlatValue }

/**
 * Keys present in both the run's params and its flattened config whose normalised values
 * differ: '0.001' ≡ 0.001 ≡ '1e-3', 'null'/'None' ≡ null, 'True' ≡ true, "['a', 'b']" ≡ '["a","b"]'.
 * Keys on one side only are not reported (runs often log a subset, and MLflow caps param
 * length). Config values with `${...}` interpolations are skipped: the config file keeps them
 * unresolved while the param holds the resolved value. Output follows the config's key order.
 */
export function findParamConfigMismatches(params: Readonly<Record<string, string>>, flatConfig: Readonly<Record<string, FlatValue>>): ParamConfigMismatch[] {
  const out: ParamConfigMismatch[] = []
  for (const [key, config] of Object.entries(flatConfig)) {
    if (!Object.hasOwn(params, key)) continue
    if (typeof config === 'string' && config.includes('${')) continue
    const param = params[key]
    if (param === config) continue
    if (normalizedValue(param) !== normalizedValue(config)) out.push({ key, param, config })
  }
  return out
}
