import { describe, expect, it } from 'vitest'
import { mergeRunPages, splitFilter } from './filter-split'

describe('splitFilter', () => {
  it.each([
    ['', ['']],
    ['   ', ['']],
    ["metrics.rmse < 1 and params.model = 'tree'", ["metrics.rmse < 1 and params.model = 'tree'"]],
    ["  attributes.run_id IN ('a', 'b')  ", ["attributes.run_id IN ('a', 'b')"]],
    ["params.x = 'a OR b'", ["params.x = 'a OR b'"]],
    ["params.opt = 'adam' OR params.opt = 'sgd'", ["params.opt = 'adam'", "params.opt = 'sgd'"]],
    [
      "metrics.acc > 0.9 AND (params.opt = 'adam' or params.opt = 'sgd')",
      ["metrics.acc > 0.9 AND params.opt = 'adam'", "metrics.acc > 0.9 AND params.opt = 'sgd'"],
    ],
    ['(a = 1 OR b = 2) AND (c = 3 OR d = 4)', ['a = 1 AND c = 3', 'a = 1 AND d = 4', 'b = 2 AND c = 3', 'b = 2 AND d = 4']],
    ['(a = 1) AND b = 2', ['a = 1 AND b = 2']],
    ['a = 1 OR a = 1', ['a = 1']],
    ['a = 1 AND a = 1 OR b = 2', ['a = 1', 'b = 2']],
    ['(a = 1 AND b = 2) OR (b = 2 AND a = 1)', ['a = 1 AND b = 2']],
    ["((tags.`x.y` = 'z'))", ["tags.`x.y` = 'z'"]],
    ["attributes.run_id IN ('a','b') OR params.p = 1", ["attributes.run_id IN ('a','b')", 'params.p = 1']],
    ['a = 1 OR (b = 2 OR (c = 3 AND d = 4))', ['a = 1', 'b = 2', 'c = 3 AND d = 4']],
  ])('%j', (filter, expected) => {
    expect(splitFilter(filter)).toEqual({ ok: true, filters: expected })
  })

  it.each([
    ['(a = 1 OR b = 2', "Missing ')' for the '(' here", 0],
    ['a = 1 OR b = 2)', "Unexpected ')'", 14],
    ['a = 1 OR', 'Expected a condition', 8],
    ['AND a = 1', 'Expected a condition', 0],
    ['a = 1 AND ()', 'Expected a condition', 11],
    ["a = 'x OR b = 2", 'Unterminated string', 4],
    ['  a = 1 OR', 'Expected a condition', 10],
    ["a IN ('x', 'y'", "Missing ')'", 14],
  ])('rejects %j', (filter, message, position) => {
    expect(splitFilter(filter)).toEqual({ ok: false, message, position })
  })

  it('caps the DNF expansion', () => {
    const five = Array.from({ length: 5 }, (_, i) => `(p${i} = 1 OR q${i} = 2)`).join(' AND ')
    const r = splitFilter(five)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(/limit is 16/)
    const four = Array.from({ length: 4 }, (_, i) => `(p${i} = 1 OR q${i} = 2)`).join(' AND ')
    const ok = splitFilter(four)
    expect(ok.ok && ok.filters.length).toBe(16)
    expect(splitFilter('a = 1 OR b = 2 OR c = 3', 2).ok).toBe(false)
  })
})

describe('mergeRunPages', () => {
  it.each([
    [[[{ runId: 'a' }, { runId: 'b' }], [{ runId: 'b' }, { runId: 'c' }]], ['a', 'b', 'c']],
    [[[], [{ info: { runId: 'x' } }, { info: { runId: 'x' } }]], ['x']],
    [[[{ run_id: 'z' }], [{ info: { run_id: 'z' } }, { info: { run_id: 'y' } }]], ['z', 'y']],
    [[], []],
  ] as [unknown[][], string[]][])('%j', (lists, ids) => {
    const merged = mergeRunPages(lists)
    expect(merged.map((r) => JSON.stringify(r).match(/"(?:runId|run_id)":"(\w+)"/)?.[1])).toEqual(ids)
  })
  it('keeps the first object of a repeated id and accepts a custom id', () => {
    const first = { id: 'a', n: 1 }
    expect(mergeRunPages([[first], [{ id: 'a', n: 2 }]], (r) => r.id)).toEqual([first])
  })
})
