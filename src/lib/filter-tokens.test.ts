import { describe, expect, it } from 'vitest'
import { isKeyword, tokenizeFilter } from './filter-tokens'

describe('tokenizeFilter', () => {
  it.each([
    ["metrics.rmse < 1 and params.model = 'tree'", ['ident:metrics.rmse', 'op:<', 'number:1', 'ident:and', 'ident:params.model', 'op:=', "string:'tree'"]],
    ['params.`model.backbone.name` = "resnet 50"', ['ident:params.`model.backbone.name`', 'op:=', 'string:"resnet 50"']],
    ['metrics.`system/gpu_0_utilization_percentage` >= -0.5', ['ident:metrics.`system/gpu_0_utilization_percentage`', 'op:>=', 'number:-0.5']],
    ['tags."my tag" != \'a\\\'b\'', ['ident:tags."my tag"', 'op:!=', "string:'a\\'b'"]],
    ["attributes.run_id IN ('a','b')", ['ident:attributes.run_id', 'ident:IN', 'lparen:(', "string:'a'", 'comma:,', "string:'b'", 'rparen:)']],
    ["params.x='OR AND (' OR(params.y=1e-3)", ['ident:params.x', 'op:=', "string:'OR AND ('", 'ident:OR', 'lparen:(', 'ident:params.y', 'op:=', 'number:1e-3', 'rparen:)']],
    ['a ; b', ['ident:a', 'other:;', 'ident:b']],
    ['', []],
  ])('%s', (src, expected) => {
    expect(tokenizeFilter(src).map((t) => `${t.type}:${t.text}`)).toEqual(expected)
  })

  it('keeps offsets and flags unterminated quotes', () => {
    const [a, , s] = tokenizeFilter("p.`x = 'y")
    expect(a).toMatchObject({ type: 'ident', start: 0, end: 9, unterminated: true })
    expect(s).toBeUndefined()
    const t = tokenizeFilter("params.a = 'ope")
    expect(t[2]).toMatchObject({ type: 'string', start: 11, end: 15, unterminated: true })
  })

  it('recognises keywords case-insensitively', () => {
    const [, and] = tokenizeFilter('a AnD b')
    expect(isKeyword(and, 'AND')).toBe(true)
    expect(isKeyword(and, 'OR')).toBe(false)
    expect(isKeyword(undefined, 'AND')).toBe(false)
  })
})
