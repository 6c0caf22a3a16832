import { describe, expect, it } from 'vitest'
import { collectPages, decodeOffsetToken, type Page } from './paginate.ts'

const tok = (offset: number) => btoa(JSON.stringify({ offset }))

/** A fake server: `pages[token ?? '']` answers a request. */
function server(pages: Record<string, { readonly items: readonly number[]; readonly nextPageToken?: string }>) {
  const requested: (string | undefined)[] = []
  const fetchPage = async (token: string | undefined) => {
    requested.push(token)
    const page = pages[token ?? '']
    if (!page) throw new Error(`unexpected token ${token}`)
    const out: Page<number> = { items: [...page.items], nextPageToken: page.nextPageToken }
    return out
  }
  return { fetchPage, requested }
}

describe('collectPages', () => {
  it.each([
    ['single page', { '': { items: [1, 2] } }, [1, 2], 'done', 1],
    ['three offset pages', { '': { items: [1], nextPageToken: tok(1) }, [tok(1)]: { items: [2], nextPageToken: tok(2) }, [tok(2)]: { items: [3] } }, [1, 2, 3], 'done', 3],
    ['empty first page with token back to offset 0 (2.10 max_results 0)', { '': { items: [], nextPageToken: tok(0) } }, [], 'noProgress', 1],
    ['offset going backwards', { '': { items: [1], nextPageToken: tok(5) }, [tok(5)]: { items: [2], nextPageToken: tok(3) } }, [1, 2], 'noProgress', 2],
    ['opaque token repeating', { '': { items: [1], nextPageToken: 'A' }, A: { items: [2], nextPageToken: 'B' }, B: { items: [3], nextPageToken: 'A' } }, [1, 2, 3], 'repeatedToken', 3],
    ['opaque token on an empty page', { '': { items: [1], nextPageToken: 'A' }, A: { items: [], nextPageToken: 'B' } }, [1], 'noProgress', 2],
    ['opaque token returned unchanged', { '': { items: [1], nextPageToken: 'A' }, A: { items: [2], nextPageToken: 'A' } }, [1, 2], 'repeatedToken', 2],
    ['empty string token means done', { '': { items: [1], nextPageToken: '' } }, [1], 'done', 1],
  ] as const)('%s', async (_label, pages, items, reason, requests) => {
    const s = server(pages)
    const res = await collectPages(s.fetchPage)
    expect(res.items).toEqual(items)
    expect(res.stopReason).toBe(reason)
    expect(res.complete).toBe(reason === 'done')
    expect(s.requested).toHaveLength(requests)
    expect(s.requested[0]).toBeUndefined()
  })

  it('stops at maxPages and says so', async () => {
    const s = server({ '': { items: [1], nextPageToken: tok(1) }, [tok(1)]: { items: [2], nextPageToken: tok(2) } })
    const res = await collectPages(s.fetchPage, { maxPages: 2 })
    expect(res).toEqual({ items: [1, 2], complete: false, stopReason: 'maxPages', pages: 2 })
  })

  it('passes the token of the previous page', async () => {
    const s = server({ '': { items: [1], nextPageToken: tok(1) }, [tok(1)]: { items: [2] } })
    await collectPages(s.fetchPage)
    expect(s.requested).toEqual([undefined, tok(1)])
  })

  it('aborts between pages', async () => {
    const ctrl = new AbortController()
    const fetchPage = async () => {
      ctrl.abort()
      return { items: [1], nextPageToken: tok(1) }
    }
    await expect(collectPages(fetchPage, { signal: ctrl.signal })).rejects.toThrow()
  })

  it('propagates fetch errors', async () => {
    await expect(collectPages(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
  })
})

describe('decodeOffsetToken', () => {
  it.each([
    ['eyJvZmZzZXQiOiAzfQ==', 3],
    ['eyJvZmZzZXQiOiAwfQ==', 0],
    ['not-base64!', undefined],
    [btoa('{"page": 2}'), undefined],
    [btoa('[1]'), undefined],
  ] as const)('%s → %s', (token, offset) => expect(decodeOffsetToken(token)).toBe(offset))
})
