import { describe, expect, it } from 'vitest'
import { hrefs } from './hrefs'

describe('hrefs', () => {
  it.each([
    [hrefs.home(), '/'],
    [hrefs.experiments(), '/experiments'],
    [hrefs.experiments({ query: 'detr', view: 'all' }), '/experiments?q=detr&view=all'],
    [hrefs.runs({ experimentIds: ['1'] }), '/experiments/runs?exp=1'],
    [hrefs.runs({ experimentIds: ['1', '2'], query: "params.opt = 'adam'", sort: [{ key: 'metrics.val_mAP', dir: 'desc' }] }), "/experiments/runs?exp=1&exp=2&q=params.opt%20=%20'adam'&sort=metrics.val_mAP:desc"],
    [hrefs.run({ experimentId: '1', runId: 'abc' }), '/experiments/1/runs/abc'],
    [hrefs.run({ experimentId: '1', runId: 'abc', tab: 'hydra' }), '/experiments/1/runs/abc?tab=hydra'],
    [hrefs.compare({ runs: ['a', 'b'], metrics: ['loss'] }), '/compare?v=1&run=a&run=b&m=loss'],
    [hrefs.compare({ runs: ['a'], x: 'relative', diffOnly: true, tab: 'params' }), '/compare?v=1&run=a&x=relative&diff=1&tab=params'],
    [hrefs.models(), '/models'],
    [hrefs.models({ query: 'yolo' }), '/models?q=yolo'],
    [hrefs.model({ name: 'vision/det v2' }), '/models/vision%2Fdet%20v2'],
    [hrefs.model({ name: 'm', tab: 'versions' }), '/models/m?tab=versions'],
    [hrefs.modelVersion({ name: 'm', version: 4 }), '/models/m/versions/4'],
    [hrefs.modelVersion({ name: 'm', version: '4', vs: 3 }), '/models/m/versions/4?vs=3'],
    [hrefs.modelVersion({ name: 'm', version: '4', tab: 'compare', alias: 'champion' }), '/models/m/versions/4?tab=compare&alias=champion'],
    [hrefs.modelVersion({ name: 'm', version: '4', tab: 'compare', vs: 2, metric: 'val_mAP' }), '/models/m/versions/4?tab=compare&vs=2&m=val_mAP'],
    [hrefs.model({ name: 'det/yolo', tab: 'history', metric: 'val_loss' }), '/models/det%2Fyolo?tab=history&m=val_loss'],
    [hrefs.requests(), '/requests'],
    [hrefs.requests({ model: 'm', version: '2', request: 'r1' }), '/requests?model=m&ver=2&req=r1'],
  ])('%s', (href, expected) => expect(href).toBe(expected))

  it('ignores undefined fields instead of overwriting defaults', () => {
    expect(hrefs.compare({ runs: ['a'], x: undefined, smoothing: undefined })).toBe('/compare?v=1&run=a')
  })
})
