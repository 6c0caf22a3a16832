import { describe, expect, it } from 'vitest'
import type { Run, RunStatus } from '../../../api/types.ts'
import { childrenFilter, datasetSourceLabel, parentRunId, runDisplayName, runDurationMs, runSource } from './run-facts.ts'

function run(over: { status?: RunStatus; startTime?: number; endTime?: number; runName?: string; tags?: Record<string, string> } = {}): Run {
  return {
    info: {
      runId: 'b51f41c2b4fcd38606eb470d53c5c3a2', runName: over.runName ?? '', experimentId: '1', userId: 'alice',
      status: over.status ?? 'FINISHED', startTime: over.startTime ?? 1000, endTime: over.endTime,
      lifecycleStage: 'active', artifactUri: '',
    },
    params: {}, metrics: {}, tags: over.tags ?? {}, inputs: [],
  }
}

describe('runDurationMs', () => {
  it.each([
    ['finished', run({ endTime: 61_000 }), 60_000],
    ['running uses now', run({ status: 'RUNNING' }), 9_000],
    ['failed without end', run({ status: 'FAILED' }), undefined],
    ['no start', run({ startTime: 0, endTime: 5 }), undefined],
    ['clock skew is clamped', run({ endTime: 500 }), 0],
  ])('%s', (_n, r, expected) => {
    expect(runDurationMs(r, 10_000)).toBe(expected)
  })
})

describe('runSource / parentRunId / runDisplayName', () => {
  it('reads the mlflow.source tags, empty when missing', () => {
    expect(runSource({ 'mlflow.source.name': 'train.py', 'mlflow.source.type': 'JOB', 'mlflow.source.git.commit': 'abc' })).toEqual({
      name: 'train.py', type: 'JOB', commit: 'abc', branch: '', repoUrl: '',
    })
  })
  it.each([
    [{}, undefined],
    [{ 'mlflow.parentRunId': '  ' }, undefined],
    [{ 'mlflow.parentRunId': 'p1' }, 'p1'],
  ])('parent of %j', (tags, expected) => {
    expect(parentRunId(run({ tags }))).toBe(expected)
  })
  it.each([
    [run({ runName: 'a' }), 'a'],
    [run({ tags: { 'mlflow.runName': 'b' } }), 'b'],
    [run(), 'b51f41c2'],
  ])('display name %#', (r, expected) => {
    expect(runDisplayName(r)).toBe(expected)
  })
})

describe('childrenFilter', () => {
  it.each([
    ['abc', "tags.mlflow.parentRunId = 'abc'"],
    ["a'b", "tags.mlflow.parentRunId = 'a\\'b'"],
  ])('%s', (id, expected) => {
    expect(childrenFilter(id)).toBe(expected)
  })
})

describe('datasetSourceLabel', () => {
  it.each([
    ['{"uri":"s3://datasets/coco"}', 's3://datasets/coco'],
    ['{"url":"https://x"}', 'https://x'],
    ['{"other":1}', '{"other":1}'],
    ['plain text', 'plain text'],
    ['', ''],
  ])('%s', (source, expected) => {
    expect(datasetSourceLabel(source)).toBe(expected)
  })
})
