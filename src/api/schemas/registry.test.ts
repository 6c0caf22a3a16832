import { describe, expect, it } from 'vitest'
import { FIXTURE_VERSIONS, fixture } from '../../testing/fixtures/load.ts'
import {
  downloadUriResponse,
  getRegisteredModelResponse,
  latestVersionsResponse,
  modelVersionResponse,
  searchModelVersionsResponse,
  searchRegisteredModelsResponse,
} from './registry.ts'

describe.each(FIXTURE_VERSIONS)('registry on %s', (v) => {
  it.each([
    ['registered-models-get', { champion: '2', challenger: '3' }],
    ['registered-models-get-with-aliases', { candidate: '4', challenger: '3', champion: '2' }],
  ] as const)('%s: aliases %j, one latest version per stage', (name, aliases) => {
    const m = getRegisteredModelResponse.parse(fixture(v, name).response.body)
    expect(m.name).toBe('detector')
    expect(Object.fromEntries(m.aliases.map((a) => [a.alias, a.version]))).toEqual(aliases)
    expect(m.latestVersions.map((x) => x.currentStage).sort()).toEqual(['Archived', 'None', 'Production', 'Staging'])
    expect(m.tags).toMatchObject({ task: 'object-detection', owner: 'perception-team' })
    expect(m.description).toMatch(/^# detector/)
    expect(m.lastUpdatedTimestamp).toBeGreaterThanOrEqual(m.creationTimestamp)
  })

  it.each([
    ['model-versions-get', '2', 'Production', ['champion']],
    ['model-versions-get-with-alias', '4', 'None', ['candidate']],
    ['model-versions-get-archived', '3', 'Archived', v === 'v3.11' ? ['challenger'] : undefined],
    ['registered-models-get-by-alias', '2', 'Production', ['champion']],
    ['model-versions-transition-stage', '4', 'Staging', []],
    ['model-versions-update-description', '4', 'None', []],
  ] as const)('%s → v%s %s aliases %j', (name, version, stage, aliases) => {
    const mv = modelVersionResponse.parse(fixture(v, name).response.body)
    expect(mv).toMatchObject({ name: 'detector', version, currentStage: stage, status: 'READY', runLink: '' })
    if (aliases) expect(mv.aliases).toEqual(aliases)
    expect(mv.runId).toMatch(/^[0-9a-f]{32}$/)
    expect(mv.source).toBe(`mlflow-artifacts:/1/${mv.runId}/artifacts/model`)
    expect(Object.keys(mv.tags)).toContain('val_mAP')
  })

  it('model-versions/search never carries aliases → []', () => {
    const page = searchModelVersionsResponse.parse(fixture(v, 'model-versions-search-by-name').response.body)
    expect(page.versions.length).toBeGreaterThanOrEqual(4)
    expect(page.versions.every((x) => x.aliases.length === 0)).toBe(true)
    expect(page.versions.map((x) => x.version)).toEqual(['4', '3', '2', '1'])
  })

  it.each([
    ['model-versions-search-paged', 2, 2],
    ['model-versions-search-no-filter', 3, 3],
    ['model-versions-search-by-run', 1, undefined],
  ] as const)('%s → %s versions, next offset %s', (name, count, next) => {
    const page = searchModelVersionsResponse.parse(fixture(v, name).response.body)
    expect(page.versions).toHaveLength(count)
    expect(page.nextPageToken === undefined ? undefined : JSON.parse(atob(page.nextPageToken)).offset).toBe(next)
  })

  it.each([
    ['registered-models-search-page1', ['detector'], 1],
    ['registered-models-search-page2', ['segmenter'], undefined],
  ] as const)('%s → %j, next offset %s', (name, names, next) => {
    const page = searchRegisteredModelsResponse.parse(fixture(v, name).response.body)
    expect(page.models.map((m) => m.name)).toEqual(names)
    expect(page.nextPageToken === undefined ? undefined : JSON.parse(atob(page.nextPageToken)).offset).toBe(next)
  })

  it('get-latest-versions: aliases only on 3.11', () => {
    const versions = latestVersionsResponse.parse(fixture(v, 'registered-models-get-latest-versions').response.body)
    expect(versions.map((x) => [x.version, x.currentStage])).toEqual([
      ['2', 'Production'],
      ['3', 'Staging'],
    ])
    expect(versions[0]?.aliases).toEqual(v === 'v3.11' ? ['champion'] : [])
  })

  it('download uri', () => {
    expect(downloadUriResponse.parse(fixture(v, 'model-versions-get-download-uri').response.body)).toMatch(/^mlflow-artifacts:\/1\/[0-9a-f]{32}\/artifacts\/model$/)
  })
})

describe('registry wire defaults', () => {
  it.each([
    ['staging', 'Staging'],
    [undefined, 'None'],
    ['ARCHIVED', 'Archived'],
  ] as const)('stage %s → %s', (raw, expected) => {
    expect(modelVersionResponse.parse({ model_version: { name: 'm', version: 1, current_stage: raw } }).currentStage).toBe(expected)
  })

  it('fills omitted fields', () => {
    const mv = modelVersionResponse.parse({ model_version: { name: 'm', version: '1', creation_timestamp: '10' } })
    expect(mv).toEqual({
      name: 'm', version: '1', creationTimestamp: 10, lastUpdatedTimestamp: 10, currentStage: 'None', description: '', source: '',
      runId: '', runLink: '', status: 'READY', statusMessage: undefined, userId: undefined, tags: {}, aliases: [],
    })
  })

  it('rejects an unknown stage', () => {
    expect(modelVersionResponse.safeParse({ model_version: { name: 'm', version: '1', current_stage: 'Prod' } }).success).toBe(false)
  })
})
