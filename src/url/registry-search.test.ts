import { describe, expect, it } from 'vitest'
import { toSearchString } from './codec'
import { registrySearch, type RegistrySearch } from './registry-search'
import { runSearch, type RunSearch } from './run-search'

const roundTrip = (q: string) => toSearchString(registrySearch.serialize(registrySearch.parse(new URLSearchParams(q))))

describe('registrySearch', () => {
  it.each<[string, Partial<RegistrySearch>, string]>([
    ['', {}, ''],
    ['q=detector', { query: 'detector' }, '?q=detector'],
    ['tab=versions&vs=3', { tab: 'versions', versus: '3' }, '?tab=versions&vs=3'],
    ['alias=champion', { alias: 'champion' }, '?alias=champion'],
    ['vs=3&alias=champion', { versus: '3' }, '?vs=3'],
    ['vs=0&alias=v2', {}, ''],
    ['vs=abc&alias=bad%20alias', {}, ''],
    ['model=det%2Fyolo&ver=12&req=req-42', { model: 'det/yolo', version: '12', request: 'req-42' }, '?model=det/yolo&ver=12&req=req-42'],
    ['req=%3Cscript%3E&tab=admin', {}, ''],
    ['tab=HISTORY', { tab: 'history' }, '?tab=history'],
    ['m=val_mAP&tab=compare&vs=2', { metric: 'val_mAP', tab: 'compare', versus: '2' }, '?tab=compare&vs=2&m=val_mAP'],
    ['m=system/gpu_0%20util&m=second', { metric: 'system/gpu_0 util' }, '?m=system/gpu_0%20util'],
    ['m=%00bad&m=', {}, ''],
    ['m=' + 'x'.repeat(251), {}, ''],
    ['tab=requests&req=lx3k9a2b-4f2a9c&model=detector', { tab: 'requests', request: 'lx3k9a2b-4f2a9c', model: 'detector' }, '?model=detector&tab=requests&req=lx3k9a2b-4f2a9c'],
  ])('%s', (q, partial, expected) => {
    expect(registrySearch.parse(new URLSearchParams(q))).toEqual({ ...registrySearch.defaults, ...partial })
    expect(roundTrip(q)).toBe(expected)
    expect(roundTrip(expected)).toBe(expected)
  })
})

describe('runSearch', () => {
  it.each<[string, Partial<RunSearch>, string]>([
    ['', {}, ''],
    ['tab=hydra', { tab: 'hydra' }, '?tab=hydra'],
    ['tab=artifacts&art=./.hydra/config.yaml', { tab: 'artifacts', artifact: '.hydra/config.yaml' }, '?tab=artifacts&art=.hydra/config.yaml'],
    ['art=../../etc/passwd', {}, ''],
    ['art=%2Fetc%2Fpasswd&tab=x', {}, ''],
    ['art=a%5Cb', {}, ''],
  ])('%s', (q, partial, expected) => {
    expect(runSearch.parse(new URLSearchParams(q))).toEqual({ ...runSearch.defaults, ...partial })
    const once = toSearchString(runSearch.serialize(runSearch.parse(new URLSearchParams(q))))
    expect(once).toBe(expected)
  })
})
