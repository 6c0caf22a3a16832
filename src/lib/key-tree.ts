/** A node of the dotted-key tree; `key` is set when the node is itself a param. */
export type KeyTreeNode = {
  name: string
  /** Dotted prefix from the root (`model.backbone`); '' for the root. */
  path: string
  key?: string
  children: KeyTreeNode[]
  /** Params at or below this node. */
  leafCount: number
  /** Params at or below this node whose row differs. */
  differingCount: number
}

/**
 * Groups dotted keys (`model.backbone.name`) into a tree with counts of differing leaves.
 * Accepts plain keys (counted as not differing) or rows. Children keep first-seen order; a key
 * that is also a prefix (`a` and `a.b`) is one node with `key` set and children.
 */
export function buildKeyTree(entries: readonly (string | { key: string; differs: boolean })[]): KeyTreeNode {
  const root: KeyTreeNode = { name: '', path: '', children: [], leafCount: 0, differingCount: 0 }
  const index = new Map<string, KeyTreeNode>()
  for (const entry of entries) {
    const key = typeof entry === 'string' ? entry : entry.key
    const differs = typeof entry !== 'string' && entry.differs
    let node = root
    node.leafCount++
    if (differs) node.differingCount++
    let path = ''
    for (const part of key.split('.')) {
      path = node === root ? part : `${path}.${part}`
      let child = index.get(path)
      if (!child) {
        child = { name: part, path, children: [], leafCount: 0, differingCount: 0 }
        index.set(path, child)
        node.children.push(child)
      }
      node = child
      node.leafCount++
      if (differs) node.differingCount++
    }
    node.key = key
  }
  return root
}
