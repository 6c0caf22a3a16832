import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeFetch, recordedRequest, responseFor, sentRequest, type FakeCall } from '../testing/fixtures/fake-fetch.ts'
import { FIXTURE_VERSIONS, fixture } from '../testing/fixtures/load.ts'
import { experimentQueries, getExperiment, getExperimentByName, searchAllExperiments, searchExperiments } from './experiments.ts'

afterEach(() => {
  vi.unstubAllGlobals()
})

function stub(handler: (call: FakeCall) => Response | Promise<Response>) {
  const fake = fakeFetch(handler)
  vi.stubGlobal('fetch', fake.fetch)
  return fake.calls
}

describe.each(FIXTURE_VERSIONS)('experiment fetchers on %s', (v) => {
  it.each([
    ['experiments-search-post-filter-order', () => searchExperiments({ maxResults: 10, filter: "name LIKE '%seg%'", orderBy: ['last_update_time DESC'] })],
    ['experiments-search-tag-filter', () => searchExperiments({ filter: "tags.team = 'perception'", maxResults: 100 })],
    ['experiments-get', () => getExperiment('1')],
    ['experiments-get-by-name', () => getExperimentByName('segmentation')],
  ] as const)('%s: request matches the recording', async (name, call) => {
    const fx = fixture(v, name)
    const calls = stub(() => responseFor(fx))
    await call()
    expect(sentRequest(calls[0], { view_type: 'ACTIVE_ONLY' })).toEqual(recordedRequest(fx))
  })

  it('missing experiment → MlflowApiError isNotFound', async () => {
    stub(() => responseFor(fixture(v, 'experiments-get-missing')))
    await expect(getExperiment('987654')).rejects.toMatchObject({ isNotFound: true, errorCode: 'RESOURCE_DOES_NOT_EXIST' })
  })

  it('searchAllExperiments follows page tokens (POST keeps max_results)', async () => {
    const calls = stub((c) => {
      const token = c.body && typeof c.body === 'object' ? Reflect.get(c.body, 'page_token') : undefined
      return responseFor(fixture(v, token ? 'experiments-search-get-page2' : 'experiments-search-get-page1'))
    })
    const all = await searchAllExperiments({ maxResults: 2 })
    expect(all.map((e) => e.name)).toEqual(['segmentation', 'object-detection', 'Default'])
    expect(calls.map((c) => c.body)).toEqual([
      { view_type: 'ACTIVE_ONLY', max_results: 2 },
      { view_type: 'ACTIVE_ONLY', max_results: 2, page_token: 'eyJvZmZzZXQiOiAyfQ==' },
    ])
  })
})

it('experiment list keys are normalised', () => {
  expect(experimentQueries.list({ filter: ' x ' }).queryKey).toEqual(experimentQueries.list({ filter: 'x', viewType: 'ACTIVE_ONLY', maxResults: 1000 }).queryKey)
  expect(experimentQueries.detail('1').queryKey).toEqual(['experiments', 'detail', '1'])
})
