import { describe, expect, it } from 'vitest'
import { toSearchString } from './codec'
import { runsSearch, sortToOrderBy, type RunsSearch } from './runs-search'

const D = runsSearch.defaults
const roundTrip = (q: string) => toSearchString(runsSearch.serialize(runsSearch.parse(new URLSearchParams(q))))

describe('runsSearch', () => {
  it.each<[string, Partial<RunsSearch>, string]>([
    ['', {}, ''],
    ['exp=1&exp=7', { experimentIds: ['1', '7'] }, '?exp=1&exp=7'],
    ['exp=1&exp=1&exp=../x&exp=', { experimentIds: ['1'] }, '?exp=1'],
    ["q=%20metrics.rmse%20%3C%201%20", { query: "metrics.rmse < 1" }, "?q=metrics.rmse%20%3C%201"],
    ['sort=metrics.val_mAP:desc&sort=params.lr', { sort: [{ key: 'metrics.val_mAP', dir: 'desc' }, { key: 'params.lr', dir: 'asc' }] }, '?sort=metrics.val_mAP:desc&sort=params.lr:asc'],
    ['sort=metrics.a:b:DESC', { sort: [{ key: 'metrics.a:b', dir: 'desc' }] }, '?sort=metrics.a:b:desc'],
    ['sort=metrics.x:desc&sort=metrics.x:asc', { sort: [{ key: 'metrics.x', dir: 'desc' }] }, '?sort=metrics.x:desc'],
    ['sort=bogus:desc&sort=start_time:desc&sort=metrics.:asc', { sort: [{ key: 'start_time', dir: 'desc' }] }, '?sort=start_time:desc'],
    ['view=deleted', { view: 'deleted' }, '?view=deleted'],
    ['view=archived', {}, ''],
    ['view=active', {}, ''],
    ['sel=a&sel=b&open=p1&zzz=1', { selected: ['a', 'b'], expanded: ['p1'] }, '?sel=a&sel=b&open=p1'],
    ['view=all&exp=2&sel=r', { experimentIds: ['2'], view: 'all', selected: ['r'] }, '?exp=2&view=all&sel=r'],
  ])('%s', (q, partial, expected) => {
    expect(runsSearch.parse(new URLSearchParams(q))).toEqual({ ...D, ...partial })
    expect(roundTrip(q)).toBe(expected)
    expect(roundTrip(expected)).toBe(expected)
  })

  it('survives hostile input', () => {
    const q = `q=${encodeURIComponent('x'.repeat(5000))}&sel=${encodeURIComponent('<script>')}&sort=${encodeURIComponent('metrics.\u0000:desc')}`
    expect(runsSearch.parse(new URLSearchParams(q))).toEqual(D)
  })

  it('caps sort keys at 5', () => {
    const q = Array.from({ length: 8 }, (_, i) => `sort=metrics.m${i}:asc`).join('&')
    expect(runsSearch.parse(new URLSearchParams(q)).sort).toHaveLength(5)
  })
})

describe('sortToOrderBy', () => {
  it.each([
    [[{ key: 'metrics.val_mAP', dir: 'desc' }], ['metrics.val_mAP DESC']],
    [[{ key: 'params.model.name', dir: 'asc' }], ['params.`model.name` ASC']],
    [[{ key: 'metrics.system/gpu', dir: 'desc' }, { key: 'start_time', dir: 'asc' }], ['metrics.`system/gpu` DESC', 'attributes.start_time ASC']],
  ] as [RunsSearch['sort'], string[]][])('%j', (sort, expected) => expect(sortToOrderBy(sort)).toEqual(expected))
})
