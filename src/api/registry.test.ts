import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeFetch, recordedRequest, responseFor, sentRequest, type FakeCall } from '../testing/fixtures/fake-fetch.ts'
import { FIXTURE_VERSIONS, fixture } from '../testing/fixtures/load.ts'
import {
  deleteAlias,
  deleteModelTag,
  deleteModelVersionTag,
  getLatestVersions,
  getModelVersion,
  getModelVersionByAlias,
  listModelVersions,
  registryQueries,
  searchModelVersions,
  searchRegisteredModels,
  setAlias,
  setModelTag,
  setModelVersionTag,
  transitionStage,
  updateModelVersionDescription,
} from './registry.ts'

afterEach(() => {
  vi.unstubAllGlobals()
})

function stub(handler: (call: FakeCall) => Response | Promise<Response>) {
  const fake = fakeFetch(handler)
  vi.stubGlobal('fetch', fake.fetch)
  return fake.calls
}

describe.each(FIXTURE_VERSIONS)('registry fetchers on %s send what was recorded', (v) => {
  it.each([
    ['registered-models-search-page1', () => searchRegisteredModels({ maxResults: 1 })],
    ['registered-models-search-page2', () => searchRegisteredModels({ maxResults: 1, pageToken: 'eyJvZmZzZXQiOiAxfQ==' })],
    ['model-versions-search-paged', () => searchModelVersions({ filter: "name='detector'", maxResults: 2, orderBy: ['version_number DESC'] })],
    ['model-versions-get', () => getModelVersion('detector', '2')],
    ['registered-models-get-by-alias', () => getModelVersionByAlias('detector', 'champion')],
    ['registered-models-get-latest-versions', () => getLatestVersions('detector', ['Production', 'Staging'])],
    ['model-versions-transition-stage', () => transitionStage('detector', '4', 'Staging', true)],
    ['model-versions-update-description', () => updateModelVersionDescription('detector', '4', 'Best child of the yolov8m lr sweep (lr=0.003). Not yet validated.')],
    ['registered-models-alias-set', () => setAlias('detector', 'candidate', '4')],
    ['registered-models-alias-delete', () => deleteAlias('detector', 'candidate')],
    ['registered-models-set-tag', () => setModelTag('detector', 'dashboard.pinned', 'true')],
    ['registered-models-delete-tag', () => deleteModelTag('detector', 'dashboard.pinned')],
    ['model-versions-set-tag', () => setModelVersionTag('detector', '2', 'reviewed_by', 'dashboard-fixture')],
    ['model-versions-delete-tag', () => deleteModelVersionTag('detector', '2', 'reviewed_by')],
  ] as const)('%s', async (name, call) => {
    const fx = fixture(v, name)
    const calls = stub(() => responseFor(fx))
    await call()
    // Searches without max_results in the recording relied on the server default.
    const sent = sentRequest(calls[0])
    const recorded = recordedRequest(fx)
    expect({ ...sent, query: sent.query.filter((q) => recorded.query.some((r) => r.startsWith('max_results=')) || !q.startsWith('max_results=')) }).toEqual(recorded)
  })

  it('listModelVersions fills aliases from the registered model', async () => {
    const calls = stub((c) => responseFor(fixture(v, c.path.endsWith('/search') ? 'model-versions-search-by-name' : 'registered-models-get')))
    const versions = await listModelVersions('detector')
    expect(versions.map((x) => [x.version, x.aliases])).toEqual([
      ['4', []],
      ['3', ['challenger']],
      ['2', ['champion']],
      ['1', []],
    ])
    expect(calls.find((c) => c.path.endsWith('/search'))?.query.get('filter')).toBe("name = 'detector'")
  })

  it('unknown alias is a 400, not a 404', async () => {
    stub(() => responseFor(fixture(v, 'registered-models-get-by-alias-missing')))
    await expect(getModelVersionByAlias('detector', 'nope')).rejects.toMatchObject({ status: 400, errorCode: 'INVALID_PARAMETER_VALUE', isNotFound: false })
  })
})

it('registry keys nest under the model so one prefix invalidates all of it', () => {
  const prefix = registryQueries.model('detector').queryKey
  for (const key of [registryQueries.versions('detector').queryKey, registryQueries.version('detector', '2').queryKey, registryQueries.byAlias('detector', 'champion').queryKey]) {
    expect(key.slice(0, prefix.length)).toEqual([...prefix])
  }
})
