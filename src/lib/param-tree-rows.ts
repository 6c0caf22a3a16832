/**
 * Display helpers for the params diff: the dotted-key tree flattened into the rows a
 * virtual list paints (group headers + params), pretty-printed values and numeric changes.
 */
import { formatMetricValue, formatRatio } from './format.ts'
import { buildKeyTree, type KeyTreeNode } from './key-tree.ts'
import type { NumericDelta, ParamRow } from './param-diff.ts'
import { looksStructured, parsePythonLiteral, prettyValue } from './python-literal.ts'

export type ParamGroupRow = {
  kind: 'group'
  /** Dotted prefix (`model.backbone`); unique among rows, so usable as a React key. */
  path: string
  name: string
  /** Nesting level, 0 for top-level groups. */
  depth: number
  leafCount: number
  differingCount: number
  isCollapsed: boolean
}

export type ParamLeafRow = { kind: 'param'; name: string; depth: number; row: ParamRow }
export type ParamTreeRow = ParamGroupRow | ParamLeafRow

/**
 * Flattens rows (already filtered, sorted by key) into tree order: a group row for each dotted
 * prefix shared by at least one key, followed (unless its path is in `collapsed`) by its
 * children. A key that is also a prefix (`a` and `a.b`) is listed first inside its group.
 * Single-segment keys are plain rows at depth 0. Empty input → [].
 */
export function paramTreeRows(rows: readonly ParamRow[], collapsed: ReadonlySet<string>): ParamTreeRow[] {
  const byKey = new Map(rows.map((r) => [r.key, r]))
  const out: ParamTreeRow[] = []
  const visit = (node: KeyTreeNode, depth: number) => {
    if (node.children.length === 0) {
      const row = node.key === undefined ? undefined : byKey.get(node.key)
      if (row) out.push({ kind: 'param', name: node.name, depth, row })
      return
    }
    const isCollapsed = collapsed.has(node.path)
    out.push({ kind: 'group', path: node.path, name: node.name, depth, leafCount: node.leafCount, differingCount: node.differingCount, isCollapsed })
    if (isCollapsed) return
    const self = node.key === undefined ? undefined : byKey.get(node.key)
    if (self) out.push({ kind: 'param', name: node.name, depth: depth + 1, row: self })
    for (const child of node.children) visit(child, depth + 1)
  }
  for (const child of buildKeyTree(rows).children) visit(child, 0)
  return out
}

/** Every group path of the tree of `rows` (for "collapse all"). */
export function allGroupPaths(rows: readonly ParamRow[]): string[] {
  return paramTreeRows(rows, new Set()).flatMap((r) => (r.kind === 'group' ? [r.path] : []))
}

/**
 * Multi-line form of a list/dict param (JSON or Python literal, `prettyValue` with `width`),
 * or null when the value is not a container literal or does not parse.
 */
export function prettyParam(value: string, width = 60): string | null {
  if (!looksStructured(value)) return null
  const parsed = parsePythonLiteral(value)
  return parsed.ok ? prettyValue(parsed.value, width) : null
}

/** Ratios at least this far from 1 (either way) read as `×k`; closer ones as a difference. */
const RATIO_THRESHOLD = 1.5

/**
 * Short label of a numeric change against the baseline: `×3` / `÷20` when both values are
 * positive and one is at least 1.5 times the other (the ratio reads best for learning rates and
 * sizes), else a signed difference (`+2`, `−0.5`, `+0.001` for 1120.012 → 1120.013).
 * No change → null (nothing worth showing).
 */
export function numericChangeLabel(delta: NumericDelta): string | null {
  if (delta.delta === 0) return null
  const r = delta.ratio
  if (r !== null && r > 0 && (r >= RATIO_THRESHOLD || r <= 1 / RATIO_THRESHOLD)) return formatRatio(r)
  const abs = formatMetricValue(Math.abs(delta.delta))
  return delta.delta > 0 ? `+${abs}` : `\u2212${abs}`
}
