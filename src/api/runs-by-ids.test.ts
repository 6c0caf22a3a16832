import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeFetch } from '../testing/fixtures/fake-fetch.ts'
import { fixture } from '../testing/fixtures/load.ts'
import { searchRunsByIds } from './runs.ts'

afterEach(() => vi.unstubAllGlobals())

// A recorded runs/search answer (3.11): search runs parse to the same `Run` as runs/get's.
const page = fixture('v3.11', 'runs-search-page1-order-metric').response.body

describe('searchRunsByIds', () => {
  it.each([
    { name: 'ids in an IN list, deleted runs too, one page', exps: ['1'], ids: ['a1', 'b2'], filter: "attributes.run_id IN ('a1', 'b2')", max: 2 },
    { name: 'duplicates once', exps: ['1', '2'], ids: ['a1', 'a1'], filter: "attributes.run_id IN ('a1')", max: 1 },
    { name: 'ids that are not plain are left out of the filter', exps: ['1'], ids: ["x') OR ('1'='1", 'c3'], filter: "attributes.run_id IN ('c3')", max: 1 },
  ])('$name', async ({ exps, ids, filter, max }) => {
    const fake = fakeFetch(() => new Response(JSON.stringify(page), { status: 200, headers: { 'content-type': 'application/json' } }))
    vi.stubGlobal('fetch', fake.fetch)
    const runs = await searchRunsByIds(exps, ids)
    expect(fake.calls).toHaveLength(1)
    expect(fake.calls[0].path).toMatch(/\/runs\/search$/)
    expect(fake.calls[0].body).toEqual({ experiment_ids: [...exps].sort(), filter, run_view_type: 'ALL', max_results: max })
    expect(runs.length).toBeGreaterThan(0)
    expect(Object.keys(runs[0].params).length).toBeGreaterThan(0)
  })

  it.each([
    { name: 'no ids', exps: ['1'], ids: [] },
    { name: 'no experiments', exps: [], ids: ['a1'] },
    { name: 'no plain id', exps: ['1'], ids: ["'"] },
  ])('$name: no request, no runs', async ({ exps, ids }) => {
    const fake = fakeFetch(() => new Response('{}', { status: 200 }))
    vi.stubGlobal('fetch', fake.fetch)
    expect(await searchRunsByIds(exps, ids)).toEqual([])
    expect(fake.calls).toHaveLength(0)
  })
})
