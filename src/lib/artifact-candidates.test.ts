import { describe, expect, it } from 'vitest'
import { commonTextArtifacts, hydraDirsToList, textLanguageOf } from './artifact-candidates.ts'

describe('textLanguageOf', () => {
  it.each<[string, string | null]>([
    ['.hydra/config.yaml', 'yaml'],
    ['conf/train.YML', 'yaml'],
    ['eval/summary.json', 'json'],
    ['train.log', 'text'],
    ['model/requirements.txt', 'text'],
    ['model/MLmodel', 'yaml'],
    ['model/data/weights.bin', null],
    ['plots/loss.png', null],
    ['.env', null],
    ['noext', null],
    ['trailing.', null],
  ])('%s → %s', (path, lang) => {
    expect(textLanguageOf(path)).toBe(lang)
  })
})

describe('commonTextArtifacts', () => {
  const f = (path: string, fileSize?: number) => ({ path, isDir: false, fileSize })
  it('keeps text files in ≥ 2 runs, Hydra first, then by count and path', () => {
    const out = commonTextArtifacts([
      [f('train.log', 10), f('.hydra/config.yaml', 5), f('model/data/weights.bin', 4096), f('only-here.txt'), { path: 'model', isDir: true }],
      [f('train.log', 30), f('.hydra/config.yaml', 7), f('model/data/weights.bin', 4096), f('eval/summary.json')],
      undefined,
      [f('eval/summary.json'), f('train.log'), f('train.log')],
    ])
    expect(out.map((c) => [c.path, c.runIndexes, c.maxSize])).toEqual([
      ['.hydra/config.yaml', [0, 1], 7],
      ['train.log', [0, 1, 3], 30],
      ['eval/summary.json', [1, 3], undefined],
    ])
  })
  it('is empty for fewer than two runs', () => {
    expect(commonTextArtifacts([[f('a.txt')]])).toEqual([])
    expect(commonTextArtifacts([[f('a.txt')]], 1).map((c) => c.path)).toEqual(['a.txt'])
  })
})

describe('hydraDirsToList', () => {
  it('picks likely folders only, capped', () => {
    const d = (path: string) => ({ path, isDir: true })
    expect(hydraDirsToList([d('.hydra'), d('checkpoints'), d('config'), { path: 'hydra', isDir: false }, d('run/.hydra')])).toEqual(['.hydra', 'config', 'run/.hydra'])
    expect(hydraDirsToList([d('.hydra'), d('hydra'), d('conf')], 2)).toEqual(['.hydra', 'hydra'])
  })
})
