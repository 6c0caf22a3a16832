import { describe, expect, it } from 'vitest'
import { FIXTURE_VERSIONS, fixture } from '../../testing/fixtures/load.ts'
import { getExperimentResponse, searchExperimentsResponse } from './experiment.ts'

describe.each(FIXTURE_VERSIONS)('experiments on %s', (v) => {
  it.each([
    ['experiments-get', { id: '1', name: 'object-detection', lifecycleStage: 'active', artifactLocation: 'mlflow-artifacts:/1', team: 'perception', note: /^# Object detection/ }],
    ['experiments-get-by-name', { id: '2', name: 'segmentation', lifecycleStage: 'active', artifactLocation: 'mlflow-artifacts:/2', team: 'perception', note: /^# Segmentation/ }],
    ['experiments-get-ajax-prefix', { id: '1', name: 'object-detection', lifecycleStage: 'active', artifactLocation: 'mlflow-artifacts:/1', team: 'perception', note: /^# Object detection/ }],
  ] as const)('%s', (name, expected) => {
    const e = getExperimentResponse.parse(fixture(v, name).response.body)
    expect(e).toMatchObject({ id: expected.id, name: expected.name, lifecycleStage: expected.lifecycleStage, artifactLocation: expected.artifactLocation })
    expect(e.tags.team).toBe(expected.team)
    expect(e.tags['mlflow.note.content']).toMatch(expected.note)
    expect(e.creationTime).toBeGreaterThan(1.7e12)
    expect(e.lastUpdateTime).toBeGreaterThanOrEqual(e.creationTime ?? 0)
  })

  it.each([
    ['experiments-search-all-view-types', ['Default', 'object-detection', 'scratch', 'segmentation'], undefined],
    ['experiments-search-get-page1', ['segmentation', 'object-detection'], 2],
    ['experiments-search-get-page2', ['Default'], undefined],
    ['experiments-search-tag-filter', undefined, undefined],
  ] as const)('%s lists %j, next offset %s', (name, names, nextOffset) => {
    const page = searchExperimentsResponse.parse(fixture(v, name).response.body)
    if (names) expect(page.experiments.map((e) => e.name)).toEqual(names)
    expect(page.nextPageToken === undefined ? undefined : JSON.parse(atob(page.nextPageToken)).offset).toBe(nextOffset)
  })

  it('Default has no tags on the wire and gets {}; deleted scratch keeps its stage', () => {
    const page = searchExperimentsResponse.parse(fixture(v, 'experiments-search-all-view-types').response.body)
    const byName = Object.fromEntries(page.experiments.map((e) => [e.name, e]))
    expect(byName.Default?.tags).toEqual({})
    expect(byName.Default?.id).toBe('0')
    expect(byName.scratch?.lifecycleStage).toBe('deleted')
  })

  it('an empty search body gives an empty list', () => {
    expect(searchExperimentsResponse.parse({})).toEqual({ experiments: [], nextPageToken: undefined })
  })
})
