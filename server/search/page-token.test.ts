import { describe, expect, it } from 'vitest'
import { MlflowError } from '../errors.ts'
import { decodePageToken, encodePageToken } from './page-token.ts'

describe('page tokens', () => {
  it('encodes offsets exactly as MLflow (base64 of {"offset": N})', () => {
    // MLflow's next_page_token for offset 3 (runs-search-page1-order-metric fixture).
    expect(encodePageToken(3)).toBe(Buffer.from('{"offset":3}').toString('base64'))
    expect(decodePageToken('eyJvZmZzZXQiOiAzfQ==')).toBe(3)
  })

  it.each([0, 1, 999, 50_000])('round-trips %i', (n) => {
    expect(decodePageToken(encodePageToken(n))).toBe(n)
  })

  it('accepts a numeric string offset, as MLflow int()s it', () => {
    expect(decodePageToken(Buffer.from('{"offset": "7"}').toString('base64'))).toBe(7)
  })

  it.each([undefined, ''])('treats %j as the first page', (token) => {
    expect(decodePageToken(token)).toBe(0)
  })

  const bad: [string, string][] = [
    ['garbage', 'Invalid page token, could not base64-decode'], // runs-search-bad-page-token
    ['!!!!', 'Invalid page token, could not base64-decode'],
    [Buffer.from('not json').toString('base64'), 'Invalid page token, decoded value='],
    [Buffer.from('{"x": 1}').toString('base64'), 'Invalid page token, parsed value='],
    [Buffer.from('[1]').toString('base64'), 'Invalid page token, parsed value='],
    [Buffer.from('{"offset": -1}').toString('base64'), 'offset must be a non-negative integer'],
    [Buffer.from('{"offset": 1.5}').toString('base64'), 'offset must be a non-negative integer'],
    [Buffer.from('{"offset": "x"}').toString('base64'), 'offset must be a non-negative integer'],
  ]
  it.each(bad)('rejects %s', (token, fragment) => {
    let caught: unknown
    try {
      decodePageToken(token)
    } catch (e) {
      caught = e
    }
    expect(caught).toBeInstanceOf(MlflowError)
    expect((caught as MlflowError).errorCode).toBe('INVALID_PARAMETER_VALUE')
    expect((caught as MlflowError).message).toContain(fragment)
  })
})
