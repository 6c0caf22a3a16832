import { describe, expect, it } from 'vitest'
import { hydraFiles, runParams } from './config.ts'
import { pyNumber, toPyYaml } from './py-format.ts'
import { runSeries } from './series.ts'
import { RUNS } from './workload.ts'

const run = (name: string) => RUNS.find((r) => r.name === name)!

describe('demo workload', () => {
  it('is deterministic', () => {
    expect(runSeries(run('resnet50-baseline'))).toEqual(runSeries(run('resnet50-baseline')))
  })

  it.each([
    // name, points, last train step, has val_mIoU
    ['resnet50-baseline', 2630, 1199, false],
    ['yolov8m-640', 4230, 1999, false],
    ['segformer-b2', 3850, 1799, true],
    ['convnext-t-dino', 1341, 599, false],
  ] as const)('%s logs %i points up to step %i', (name, count, lastStep, seg) => {
    const { points } = runSeries(run(name))
    expect(points).toHaveLength(count)
    const train = points.filter((p) => p.key === 'train_loss')
    expect(train.at(-1)?.step).toBe(lastStep)
    expect(points.filter((p) => p.key === 'val_mAP').length).toBeLessThanOrEqual(20)
    expect(points.some((p) => p.key === 'val_mIoU')).toBe(seg)
    expect(points.filter((p) => p.key === 'system/cpu_utilization_percentage').length).toBeGreaterThan(25)
  })

  it('ends the FAILED run with NaN train_loss and +Infinity val_loss', () => {
    const { points, endTime } = runSeries(run('yolov8l-1280-mosaic'))
    expect(points.filter((p) => p.key === 'train_loss' && p.value === 'NaN')).toHaveLength(25)
    expect(points.filter((p) => p.key === 'val_loss').at(-1)?.value).toBe('Infinity')
    expect(endTime).toBeGreaterThan(run('yolov8l-1280-mosaic').startTime)
  })

  it('leaves the RUNNING run without end_time and pins the latest val_mAP', () => {
    const s = runSeries(run('convnext-t-dino'))
    expect(s.endTime).toBeUndefined()
    expect(s.points.filter((p) => p.key === 'val_mAP').at(-1)?.value).toBe(0.464053)
  })

  it('writes the resnet50-baseline Hydra files exactly as the recorded ones are sized', () => {
    const files = hydraFiles(run('resnet50-baseline'), '0.01,0.003,0.001')
    expect(files['.hydra/config.yaml']).toHaveLength(718)
    expect(files['.hydra/overrides.yaml']).toHaveLength(145)
    expect(files['.hydra/hydra.yaml']).toHaveLength(1109)
  })

  it('flattens params like the Python generator', () => {
    const params = Object.fromEntries(runParams(run('resnet50-baseline'), ''))
    expect(Object.keys(params)).toHaveLength(40)
    expect(params['model.backbone.name']).toBe('resnet50')
    expect(params['data.augmentations']).toBe('["hflip", "resize_shortest_edge"]')
    expect(params['trainer.gradient_clip_val']).toBe('null')
    expect(params['model.head.anchor_sizes']).toBe('[32, 64, 128, 256, 512]')
  })

  it.each([
    [0.02, '0.02'],
    [6e-5, '6e-05'],
    [1e-10, '1e-10'],
    [42, '42'],
  ])('pyNumber(%d) = %s', (n, s) => expect(pyNumber(n)).toBe(s))

  it('dumps YAML in PyYAML block style', () => {
    expect(toPyYaml({ a: { b: [1, 2] }, c: null, d: '1.3', e: [], f: 6e-5 })).toBe("a:\n  b:\n  - 1\n  - 2\nc: null\nd: '1.3'\ne: []\nf: 6.0e-05\n")
  })
})
