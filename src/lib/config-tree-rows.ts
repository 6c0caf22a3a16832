/**
 * Flattens an N-way config diff (`diffConfigs`) into the rows the Hydra tree shows: containers
 * open when something below them changed, unchanged subtrees collapsed into one row.
 */
import type { ConfigNode } from './config-diff.ts'

export type ConfigTreeRow =
  | {
      kind: 'node'
      node: ConfigNode
      /** 0 for top-level keys. */
      depth: number
      /** Has children (a non-empty mapping or list). */
      isContainer: boolean
      isOpen: boolean
    }
  | {
      /** Unchanged siblings hidden by "differences only": how many leaves they hold. */
      kind: 'hidden'
      parentPath: string
      depth: number
      count: number
    }

/**
 * Rows of the tree under `root`. A container is open by default when its status is not
 * 'same'; a path in `toggled` flips that. With `differencesOnly`, unchanged children are left
 * out and summarised by one 'hidden' row per container (their leaf count). Lists of scalars are
 * one leaf row (their value shown inline). Children keep the diff's order (baseline's first).
 */
export function configTreeRows(root: ConfigNode, toggled: ReadonlySet<string>, differencesOnly = false): ConfigTreeRow[] {
  const out: ConfigTreeRow[] = []
  const visit = (parent: ConfigNode, depth: number) => {
    let hidden = 0
    for (const node of parent.children) {
      if (differencesOnly && node.status === 'same') {
        hidden += node.unchangedCount
        continue
      }
      const isContainer = node.children.length > 0 && !isScalarList(node)
      const isOpen = isContainer && (node.status !== 'same') !== toggled.has(node.path)
      out.push({ kind: 'node', node, depth, isContainer, isOpen })
      if (isOpen) visit(node, depth + 1)
    }
    if (hidden > 0) out.push({ kind: 'hidden', parentPath: parent.path, depth, count: hidden })
  }
  visit(root, 0)
  return out
}

const isScalar = (v: unknown) => v === null || typeof v !== 'object'

/** Some run holds a list of scalars and the others a scalar, such a list or nothing: shown inline (`[1, 12, 24]`). */
function isScalarList(node: ConfigNode): boolean {
  return node.values.some(Array.isArray) && node.values.every((v) => v === undefined || isScalar(v) || (Array.isArray(v) && v.every(isScalar)))
}

/** Leaves below `node` whose status is not 'same' (what a closed container hides that matters). */
export function changedLeafCount(node: ConfigNode): number {
  if (node.children.length === 0) return node.status === 'same' ? 0 : 1
  return node.children.reduce((n, c) => n + changedLeafCount(c), 0)
}

/**
 * One-line text of a config value for a table cell: strings as is, numbers/booleans/null in
 * YAML spelling, containers as compact JSON-like text. `undefined` (absent) → ''.
 */
export function configValueText(value: unknown): string {
  if (value === undefined) return ''
  if (value === null) return 'null'
  if (typeof value === 'string') return value
  if (typeof value === 'number') return Number.isNaN(value) ? '.nan' : value === Infinity ? '.inf' : value === -Infinity ? '-.inf' : String(value)
  if (typeof value === 'boolean') return String(value)
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}
