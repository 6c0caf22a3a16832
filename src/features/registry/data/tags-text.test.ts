import { describe, expect, it } from 'vitest'
import { tagsToText, textToTagEdit } from './tags-text.ts'

const current = { owner: 'perception', task: 'detection', 'runlens.request.abcd': '{}', 'mlflow.x': 'y' }

describe('tags text', () => {
  it('shows editable tags sorted, without system tags', () => {
    expect(tagsToText(current)).toBe('owner=perception\ntask=detection')
  })
  it.each<[string, string, Record<string, string>, string[], string[]]>([
    ['unchanged', 'owner=perception\ntask=detection', { owner: 'perception', task: 'detection' }, [], []],
    ['edit + remove + add', 'owner = vision \n\nnew=a=b', { owner: 'vision', new: 'a=b' }, ['task'], []],
    ['bad lines', '=x\nnokey\nrunlens.claim.abcd=1', {}, ['owner', 'task'], ['Line 1: expected key=value', 'Line 2: expected key=value', 'Line 3: runlens.claim.abcd is a system tag']],
  ])('%s', (_n, text, set, remove, errors) => {
    expect(textToTagEdit(text, current)).toEqual({ set, remove, errors })
  })
})
