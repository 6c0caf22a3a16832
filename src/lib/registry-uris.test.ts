import { describe, expect, it } from 'vitest'
import { buildModelFilter, modelArtifactPath, modelUris } from './registry-uris'

const RUN = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6'
const URI = `mlflow-artifacts:/1/${RUN}/artifacts`

describe('modelUris', () => {
  it('lists the version URI then one per alias, sorted', () => {
    expect(modelUris('detector', '3', ['challenger', 'canary'])).toEqual(['models:/detector/3', 'models:/detector@canary', 'models:/detector@challenger'])
    expect(modelUris('a b', '1', [])).toEqual(['models:/a b/1'])
  })
})

describe('modelArtifactPath', () => {
  it.each<[string, string, string, string | null]>([
    ['artifact uri prefix', `${URI}/model`, RUN, 'model'],
    ['runs: URI', `runs:/${RUN}/model/sub/`, RUN, 'model/sub'],
    ['runs: URI of another run', `runs:/other/model`, RUN, null],
    ['other scheme with run marker', `s3://bucket/1/${RUN}/artifacts/model`, RUN, 'model'],
    ['external source', 's3://bucket/models/det', RUN, null],
    ['traversal', `${URI}/model/../../secrets`, RUN, null],
    ['root itself', `${URI}/`, RUN, null],
  ])('%s', (_n, source, runId, expected) => expect(modelArtifactPath(source, runId, URI)).toBe(expected))
})

describe('buildModelFilter', () => {
  it.each<[string, string]>([
    ['', ''],
    ['  det  ', "name LIKE '%det%'"],
    ['det task=object-detection', "name LIKE '%det%' AND tags.task = 'object-detection'"],
    ["owner=o'brien", "tags.owner = 'o\\'brien'"],
    ['tag:my-key=x', 'tags.`my-key` = \'x\''],
    ['50%_off', "name LIKE '%50off%'"],
    ["name = 'detector'", "name = 'detector'"],
    ["tags.task = 'x'", "tags.task = 'x'"],
  ])('%j', (q, expected) => expect(buildModelFilter(q)).toBe(expected))
})
