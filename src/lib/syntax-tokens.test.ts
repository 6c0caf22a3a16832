import { describe, expect, it } from 'vitest'
import { tokenizeLine, type TokenKind } from './syntax-tokens.ts'

const kinds = (line: string, lang: 'yaml' | 'json' | 'text') => tokenizeLine(line, lang).map((t) => `${t.kind}:${t.text}`)

describe('tokenizeLine (yaml)', () => {
  it.each<[string, string[]]>([
    ['model:', ['key:model', 'punct::']],
    ['  name: resnet50', ['plain:  ', 'key:name', 'punct::', 'plain: ', 'string:resnet50']],
    ['  lr: 0.02 # tuned', ['plain:  ', 'key:lr', 'punct::', 'plain: ', 'number:0.02', 'plain: ', 'comment:# tuned']],
    ['- hflip', ['punct:- ', 'string:hflip']],
    ['- model.lr=0.01', ['punct:- ', 'string:model.lr=0.01']],
    ['gradient_clip_val: null', ['key:gradient_clip_val', 'punct::', 'plain: ', 'literal:null']],
    ["root: '/datasets/a#b'", ['key:root', 'punct::', 'plain: ', "string:'/datasets/a#b'"]],
    ['# header', ['comment:# header']],
    ['url: http://x:80/a', ['key:url', 'punct::', 'plain: ', 'string:http://x:80/a']],
    ['betas: [0.9, 0.999]', ['key:betas', 'punct::', 'plain: ', 'punct:[0.9, 0.999]']],
    ['min_lr: 6.0e-05', ['key:min_lr', 'punct::', 'plain: ', 'number:6.0e-05']],
  ])('%s', (line, expected) => {
    expect(kinds(line, 'yaml')).toEqual(expected)
  })
})

describe('tokenizeLine (json)', () => {
  it.each<[string, string[]]>([
    ['  "run": "a",', ['plain:  ', 'key:"run"', 'punct::', 'plain: ', 'string:"a"', 'punct:,']],
    ['{"x": [1, -2.5e3, true, null]}', ['punct:{', 'key:"x"', 'punct::', 'plain: ', 'punct:[', 'number:1', 'punct:,', 'plain: ', 'number:-2.5e3', 'punct:,', 'plain: ', 'literal:true', 'punct:,', 'plain: ', 'literal:null', 'punct:]}']],
    ['"esc \\" q"', ['string:"esc \\" q"']],
  ])('%s', (line, expected) => {
    expect(kinds(line, 'json')).toEqual(expected)
  })
})

describe('tokenizeLine invariants', () => {
  it.each<[string, 'yaml' | 'json' | 'text']>([
    ['<script>alert("x")</script>: <img onerror=1>', 'yaml'],
    ['  - {a: 1, b: "#x"} # c', 'yaml'],
    ['"unterminated', 'json'],
    ['[rank0] done', 'text'],
    ['\t\tkey :  value  ', 'yaml'],
  ])('round-trips %s', (line, lang) => {
    const tokens = tokenizeLine(line, lang)
    expect(tokens.map((t) => t.text).join('')).toBe(line)
    expect(tokens.every((t) => t.text.length > 0 && (['key', 'string', 'number', 'literal', 'comment', 'punct', 'plain'] as TokenKind[]).includes(t.kind))).toBe(true)
  })
  it('empty line → no tokens', () => {
    expect(tokenizeLine('', 'yaml')).toEqual([])
  })
})
