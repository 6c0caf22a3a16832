import { describe, expect, it } from 'vitest'
import { toSearchString } from './codec'
import { compareMetricKeys, compareSearch, decodeChart, encodeChart, onlyZoomChanged, type CompareSearch } from './compare-search'
import { hrefs } from './hrefs'

const D = compareSearch.defaults
const roundTrip = (q: string) => toSearchString(compareSearch.serialize(compareSearch.parse(new URLSearchParams(q))))

describe('compareSearch', () => {
  it.each<[string, Partial<CompareSearch>, string]>([
    ['', {}, '?v=1'],
    ['run=a&run=b&run=a', { runs: ['a', 'b'] }, '?v=1&run=a&run=b'],
    ['m=train_loss,val_loss&m=lr&m=lr', { charts: [['train_loss', 'val_loss'], ['lr']] }, '?v=1&m=train_loss,val_loss&m=lr'],
    ['m=a\\,b,c&m=,,', { charts: [['a,b', 'c']] }, '?v=1&m=a%5C,b,c'],
    ['x=wall&smooth=ema&w=0.9', { x: 'wall', smoothing: 'ema', weight: 0.9 }, '?v=1&x=wall&smooth=ema&w=0.9'],
    ['smooth=twema&w=0.6', { smoothing: 'twema' }, '?v=1&smooth=twema'],
    ['smooth=none&w=0.9', { weight: 0.9 }, '?v=1'],
    ['smooth=ema&w=1.5', { smoothing: 'ema' }, '?v=1&smooth=ema'],
    ['smooth=0.8', { smoothing: 'ema', weight: 0.8 }, '?v=1&smooth=ema&w=0.8'],
    ['smooth=0', {}, '?v=1'],
    ['smooth=wavelet&x=epoch', {}, '?v=1'],
    ['x=time', { x: 'wall' }, '?v=1&x=wall'],
    ['logy=1&logx=true&outliers=1&diff=1', { logY: true, logX: true, outliers: true, diffOnly: true }, '?v=1&logy=1&logx=1&outliers=1&diff=1'],
    ['logy=2', {}, '?v=1'],
    ['group=params.optimizer&agg=median&band=ci95', { group: ['params.optimizer'], aggregate: 'median', band: 'ci95' }, '?v=1&group=params.optimizer&agg=median&band=ci95'],
    ['agg=median&band=std', { aggregate: 'median', band: 'std' }, '?v=1'],
    ['group=metrics.loss&group=tags.team', { group: ['tags.team'] }, '?v=1&group=tags.team'],
    ['zoom=100-2000', { zoom: [100, 2000] }, '?v=1&zoom=100-2000'],
    ['zoom=-5--1.5', { zoom: [-5, -1.5] }, '?v=1&zoom=-5--1.5'],
    ['zoom=2000-100', {}, '?v=1'],
    ['zoom=1e-3-2e-3', { zoom: [0.001, 0.002] }, '?v=1&zoom=0.001-0.002'],
    ['zoom=abc', {}, '?v=1'],
    ['tab=hydra&art=.hydra/config.yaml', { tab: 'hydra', artifact: '.hydra/config.yaml' }, '?v=1&tab=hydra&art=.hydra/config.yaml'],
    ['tab=secrets&art=../x', {}, '?v=1'],
    ['run=a&run=b&run=c&pair=c,b', { runs: ['a', 'b', 'c'], pair: ['c', 'b'] }, '?v=1&run=a&run=b&run=c&pair=c,b'],
    ['run=a&pair=a,z', { runs: ['a'] }, '?v=1&run=a'],
    ['run=a&run=b&pair=a,a', { runs: ['a', 'b'] }, '?v=1&run=a&run=b'],
    ['runs=%5B%22a%22%2C%22b%22%2C%22..%2F%22%5D', { runs: ['a', 'b'] }, '?v=1&run=a&run=b'],
    ['runs=not-json', {}, '?v=1'],
    ['exp=7&run=a&exp=2&exp=7&exp=..%2F', { runs: ['a'], experiments: ['7', '2'] }, '?v=1&run=a&exp=7&exp=2'],
    ['experiments=%5B%221%22%2C3%2C%22%3Cb%3E%22%5D&runs=%5B%22a%22%5D', { runs: ['a'], experiments: ['1', '3'] }, '?v=1&run=a&exp=1&exp=3'],
    ['experiments=oops', {}, '?v=1'],
    ['v=99&run=a&nonsense=1', { runs: ['a'] }, '?v=1&run=a'],
  ])('%s', (q, partial, expected) => {
    expect(compareSearch.parse(new URLSearchParams(q))).toEqual({ ...D, ...partial })
    expect(roundTrip(q)).toBe(expected)
    expect(roundTrip(expected)).toBe(expected)
  })

  it('caps runs at 100 and survives hostile values', () => {
    const q = Array.from({ length: 150 }, (_, i) => `run=r${i}`).join('&') + `&m=${encodeURIComponent('\u0000evil')}&art=${encodeURIComponent('\n')}`
    const s = compareSearch.parse(new URLSearchParams(q))
    expect(s.runs).toHaveLength(100)
    expect(s.charts).toEqual([])
    expect(s.artifact).toBe('')
  })

  it('keeps a 50-run link with charts and options under 4,000 characters', () => {
    const runs = Array.from({ length: 50 }, (_, i) => i.toString(16).padStart(32, 'f'))
    const href = hrefs.compare({
      runs,
      experiments: ['12', '340'],
      metrics: ['val_mAP', 'system/gpu_0_utilization_percentage'],
      charts: [['train_loss', 'val_loss']],
      smoothing: 'ema', weight: 0.85, logY: true, group: ['params.optimizer'], aggregate: 'median', zoom: [100, 2000],
      tab: 'artifacts', artifact: '.hydra/config.yaml', pair: [runs[0], runs[1]],
    })
    expect(href.length).toBeLessThan(4000)
    const parsed = compareSearch.parse(new URLSearchParams(href.slice(href.indexOf('?'))))
    expect(parsed.runs).toEqual(runs)
    expect(parsed.experiments).toEqual(['12', '340'])
    expect(parsed.charts).toEqual([['val_mAP'], ['system/gpu_0_utilization_percentage'], ['train_loss', 'val_loss']])
    expect(parsed.pair).toEqual([runs[0], runs[1]])
  })
})

describe('encodeChart / decodeChart', () => {
  it.each([
    [['a'], 'a'],
    [['train_loss', 'val_loss'], 'train_loss,val_loss'],
    [['a,b', 'c\\d'], 'a\\,b,c\\\\d'],
    [['trailing\\'], 'trailing\\\\'],
  ])('%j ⇄ %s', (keys, encoded) => {
    expect(encodeChart(keys)).toBe(encoded)
    expect(decodeChart(encoded)).toEqual(keys)
  })
  it('flattens metric keys across charts', () => {
    expect(compareMetricKeys({ charts: [['a', 'b'], ['b', 'c']] })).toEqual(['a', 'b', 'c'])
  })
})

describe('onlyZoomChanged', () => {
  const u = (s: string) => new URL(s, 'http://runlens.test')
  it.each([
    ['/compare?v=1&run=a&zoom=1-2', '/compare?v=1&run=a&zoom=5-9', true],
    ['/compare?v=1&run=a', '/compare?v=1&run=a&zoom=5-9', true],
    ['/compare?v=1&run=a&zoom=1-2', '/compare?v=1&run=a', true],
    ['/compare?v=1&run=a', '/compare?v=1&run=a', true],
    ['/compare?v=1&run=a&zoom=1-2', '/compare?v=1&run=b&zoom=1-2', false],
    ['/compare?v=1&run=a&m=loss', '/compare?v=1&run=a&m=loss&m=lr', false],
    ['/compare?v=1&run=a&zoom=1-2', '/compare?v=1&run=a&zoom=1-2&logy=1', false],
    ['/compare?v=1&run=a', '/experiments?v=1&run=a', false],
  ])('%s → %s: %s', (a, b, want) => {
    expect(onlyZoomChanged(u(a), u(b))).toBe(want)
  })
})
