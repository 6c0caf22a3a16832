import { describe, expect, it } from 'vitest'
import { toSearchString } from './codec'
import { experimentsSearch, type ExperimentsSearch } from './experiments-search'

const D = experimentsSearch.defaults
const roundTrip = (q: string) => toSearchString(experimentsSearch.serialize(experimentsSearch.parse(new URLSearchParams(q))))

describe('experimentsSearch', () => {
  it.each<[string, Partial<ExperimentsSearch>, string]>([
    ['', {}, ''],
    ['q=detr', { query: 'detr' }, '?q=detr'],
    ['q=a%3Db', { query: 'a=b' }, '?q=a=b'],
    ['tag=team=vision&tag=owner&tag=team=vision', { tags: [{ key: 'team', value: 'vision' }, { key: 'owner' }] }, '?tag=team=vision&tag=owner'],
    ['tag=k=a=b&tag==x', { tags: [{ key: 'k', value: 'a=b' }] }, '?tag=k=a=b'],
    ['tag=k=', { tags: [{ key: 'k', value: '' }] }, '?tag=k='],
    ['sort=name:asc', { sort: { key: 'name', dir: 'asc' } }, '?sort=name:asc'],
    ['sort=last_update_time:desc', {}, ''],
    ['sort=secret:asc', {}, ''],
    ['sort=name', {}, ''],
    ['view=all&page=eyJvZmZzZXQiOiAyNX0%3D', { view: 'all', pageToken: 'eyJvZmZzZXQiOiAyNX0=' }, '?view=all&page=eyJvZmZzZXQiOiAyNX0='],
    ['page=a&page=b&view=ALL', { view: 'all', pageToken: 'a' }, '?view=all&page=a'],
    ['view=bogus&junk=1', {}, ''],
  ])('%s', (q, partial, expected) => {
    expect(experimentsSearch.parse(new URLSearchParams(q))).toEqual({ ...D, ...partial })
    expect(roundTrip(q)).toBe(expected)
    expect(roundTrip(expected)).toBe(expected)
  })
})
