import { describe, expect, it } from 'vitest'
import { buildKeyTree } from './key-tree'

describe('buildKeyTree', () => {
  it('groups dotted keys and counts differing leaves', () => {
    const tree = buildKeyTree([
      { key: 'model.backbone.name', differs: true },
      { key: 'model.backbone.depth', differs: false },
      { key: 'model.head', differs: true },
      { key: 'lr', differs: false },
      { key: 'model', differs: false },
    ])
    expect(tree.leafCount).toBe(5)
    expect(tree.differingCount).toBe(2)
    const model = tree.children[0]
    expect(model).toMatchObject({ name: 'model', path: 'model', key: 'model', leafCount: 4, differingCount: 2 })
    expect(model.children.map((c) => [c.path, c.leafCount, c.differingCount])).toEqual([
      ['model.backbone', 2, 1],
      ['model.head', 1, 1],
    ])
    expect(model.children[0].children.map((c) => c.key)).toEqual(['model.backbone.name', 'model.backbone.depth'])
    expect(tree.children[1]).toMatchObject({ name: 'lr', key: 'lr', children: [] })
  })
  it('accepts plain strings and odd keys', () => {
    const tree = buildKeyTree(['a..b', '.x', 'a'])
    expect(tree.children.map((c) => c.path)).toEqual(['a', ''])
    expect(tree.children[0].children[0].children[0].path).toBe('a..b')
    expect(tree.differingCount).toBe(0)
  })
})
