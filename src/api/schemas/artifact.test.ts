import { describe, expect, it } from 'vitest'
import { FIXTURE_VERSIONS, fixture } from '../../testing/fixtures/load.ts'
import { listArtifactsResponse } from './artifact.ts'

describe.each(FIXTURE_VERSIONS)('artifacts/list on %s', (v) => {
  it.each([
    ['artifacts-list-root', [['.hydra', true, undefined], ['eval', true, undefined], ['model', true, undefined], ['train.log', false, 221]]],
    ['artifacts-list-model-data', [['model/data/labels.json', false, 35], ['model/data/weights.bin', false, 4096]]],
    ['artifacts-list-nonexistent-path', []],
  ] as const)('%s', (name, files) => {
    const listing = listArtifactsResponse.parse(fixture(v, name).response.body)
    expect(listing.rootUri).toMatch(/^mlflow-artifacts:\/1\/[0-9a-f]{32}\/artifacts$/)
    expect(listing.files.map((f) => [f.path, f.isDir, f.fileSize])).toEqual(files)
  })

  it('hydra folder lists its yaml files', () => {
    const listing = listArtifactsResponse.parse(fixture(v, 'artifacts-list-hydra').response.body)
    expect(listing.files.map((f) => f.path)).toEqual(['.hydra/config.yaml', '.hydra/hydra.yaml', '.hydra/overrides.yaml'])
    expect(listing.files.every((f) => !f.isDir && (f.fileSize ?? 0) > 0)).toBe(true)
  })

  it('mlflow-artifacts listing has no root_uri → ""', () => {
    const listing = listArtifactsResponse.parse(fixture(v, 'mlflow-artifacts-list').response.body)
    expect(listing.rootUri).toBe('')
    expect(listing.files.map((f) => f.path)).toEqual(['config.yaml', 'hydra.yaml', 'overrides.yaml'])
  })
})
