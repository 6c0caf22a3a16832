import { describe, expect, it } from 'vitest'
import { defineCodec, isId, readBool, readEnum, readList, readNumber, readString, toSearchString } from './codec'

const sp = (q: string) => new URLSearchParams(q)

describe('readers', () => {
  it.each([
    ['a=x&a=y', 'x'],
    ['a=', 'fb'],
    ['a=%00bad&a=ok', 'ok'],
    ['b=x', 'fb'],
  ])('readString %s', (q, expected) => expect(readString(sp(q), 'a', 'fb')).toBe(expected))

  it.each([
    ['e=WALL', 'wall'],
    ['e=nope&e=relative', 'relative'],
    ['e=time', 'wall'],
    ['e=__proto__', 'step'],
    ['e=constructor', 'step'],
    ['', 'step'],
  ])('readEnum %s', (q, expected) => expect(readEnum(sp(q), 'e', ['step', 'wall', 'relative'] as const, 'step', { time: 'wall' })).toBe(expected))

  it.each([
    ['b=1', true], ['b=true', true], ['b=on', true], ['b=0', false], ['b=maybe', false], ['', false],
  ])('readBool %s', (q, expected) => expect(readBool(sp(q), 'b')).toBe(expected))

  it.each([
    ['n=0.5', 0.5], ['n=1e-1', 0.1], ['n=2', 0.6], ['n=abc&n=0.3', 0.3], ['n=Infinity', 0.6], ['n=0x1', 0.6], ['n=', 0.6],
  ])('readNumber %s', (q, expected) => expect(readNumber(sp(q), 'n', 0.6, { min: 0, max: 0.999 })).toBe(expected))

  it('readList dedupes, filters, caps and reads aliases after the name', () => {
    expect(readList(sp('r=a&r=b&r=a&r=bad id&old=c'), 'r', { accept: isId, aliases: ['old'] })).toEqual(['a', 'b', 'c'])
    expect(readList(sp('r=1&r=2&r=3'), 'r', { max: 2 })).toEqual(['1', '2'])
  })

  it.each([
    ['0123456789abcdef0123456789abcdef', true], ['12', true], ['a-b_c', true], ['', false], ['a/b', false], ['x'.repeat(65), false],
  ])('isId %s', (v, ok) => expect(isId(v)).toBe(ok))
})

describe('toSearchString', () => {
  it.each([
    [[], ''],
    [[['sort', 'metrics.val_mAP:desc']], '?sort=metrics.val_mAP:desc'],
    [[['art', '.hydra/config.yaml'], ['pair', 'a,b']], '?art=.hydra/config.yaml&pair=a,b'],
    [[['q', "params.lr = '1e-3' & x+y#z%"]], "?q=params.lr%20=%20'1e-3'%20%26%20x%2By%23z%25"],
  ] as [string[][], string][])('%j', (entries, expected) => {
    const s = toSearchString(new URLSearchParams(entries))
    expect(s).toBe(expected)
    expect([...new URLSearchParams(s)]).toEqual(entries)
  })
})

describe('defineCodec', () => {
  const codec = defineCodec<{ a: string; b: string }>({
    keys: ['a', 'b'],
    defaults: { a: '', b: '' },
    parse(p) {
      if (p.get('boom')) throw new Error('bug')
      return { a: p.get('a') ?? '', b: p.get('b') ?? '' }
    },
    serialize(s) {
      const out = new URLSearchParams()
      if (s.b) out.append('b', s.b)
      if (s.a) out.append('a', s.a)
      return out
    },
  })
  it('never throws from parse', () => expect(codec.parse(sp('boom=1&a=x'))).toEqual({ a: '', b: '' }))
  it('writes keys in the declared order', () => expect(codec.serialize({ a: '1', b: '2' }).toString()).toBe('a=1&b=2'))
})
