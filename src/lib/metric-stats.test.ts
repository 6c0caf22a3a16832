import { describe, expect, it } from 'vitest'
import { bestPoint, directionHint, inferDirection, summarizeMetric, valueAtStep, type Direction } from './metric-stats.ts'
import type { SeriesPoint } from './series.ts'

const p = (step: number, value: number): SeriesPoint => ({ step, timestamp: 1000 + step, value })

describe('inferDirection', () => {
  it.each<[string, Direction]>([
    ['loss', 'min'],
    ['train/loss', 'min'],
    ['val_loss', 'min'],
    ['valLoss', 'min'],
    ['eval.error_rate', 'min'],
    ['WER', 'min'],
    ['test_cer', 'min'],
    ['perplexity', 'min'],
    ['val/ppl', 'min'],
    ['mae', 'min'],
    ['val_MSE', 'min'],
    ['rmse', 'min'],
    ['epoch_time', 'min'],
    ['inference-latency-ms', 'min'],
    ['acc', 'max'],
    ['val_accuracy', 'max'],
    ['valAccuracy', 'max'],
    ['val_mAP50', 'max'],
    ['metrics/mAP50-95(B)', 'max'],
    ['mIoU', 'max'],
    ['iou', 'max'],
    ['f1', 'max'],
    ['F1-score', 'max'],
    ['precision', 'max'],
    ['recall@5', 'max'],
    ['val_auc', 'max'],
    ['dice', 'max'],
    ['BLEU', 'max'],
    ['score', 'max'],
    ['top1', 'max'],
    ['accuracy_loss', 'min'], // the last recognised part wins
    ['loss_acc', 'max'],
    ['lr', 'max'], // unknown → max
    ['', 'max'],
    ['glossary', 'max'], // substrings do not count: only whole word parts
  ])('%s → %s', (key, want) => {
    expect(inferDirection(key)).toBe(want)
  })

  it.each([
    ['lr', null],
    ['learning_rate', null],
    ['gpu_util', null],
    ['val_loss', 'min'],
  ])('directionHint(%s) = %s', (key, want) => {
    expect(directionHint(key)).toBe(want)
  })
})

describe('valueAtStep', () => {
  const pts = [p(0, 1), p(10, 2), p(20, NaN), p(30, 4)]
  it.each([
    { step: -1, want: null },
    { step: 0, want: p(0, 1) },
    { step: 5, want: p(0, 1) },
    { step: 10, want: p(10, 2) },
    { step: 25, want: p(20, NaN) },
    { step: 1e9, want: p(30, 4) },
  ])('step $step', ({ step, want }) => {
    expect(valueAtStep(pts, step)).toEqual(want)
  })

  it('empty history → null', () => {
    expect(valueAtStep([], 5)).toBeNull()
  })
})

describe('bestPoint', () => {
  const pts = [p(0, 3), p(1, 1), p(2, NaN), p(3, 1), p(4, -Infinity), p(5, 7), p(6, Infinity), p(7, 7)]
  it.each<{ dir: Direction; want: SeriesPoint }>([
    { dir: 'min', want: p(1, 1) }, // earliest of the ties at 1; −Inf is not "best"
    { dir: 'max', want: p(5, 7) }, // earliest of the ties at 7; +Inf is not "best"
  ])('$dir', ({ dir, want }) => {
    expect(bestPoint(pts, dir)).toEqual(want)
  })

  it.each<Direction>(['min', 'max'])('no finite value → null (%s)', (dir) => {
    expect(bestPoint([p(0, NaN), p(1, Infinity)], dir)).toBeNull()
    expect(bestPoint([], dir)).toBeNull()
  })
})

describe('summarizeMetric', () => {
  it.each([
    {
      name: 'loss: best is the min',
      points: [p(0, 2), p(1, 0.5), p(2, 0.7)],
      opts: { metricKey: 'train/loss' },
      want: { count: 3, last: p(2, 0.7), min: p(1, 0.5), max: p(0, 2), best: p(1, 0.5), direction: 'min', nonFiniteCount: 0 },
    },
    {
      name: 'accuracy: best is the max; last is NaN as logged',
      points: [p(0, 0.1), p(1, 0.9), p(2, NaN)],
      opts: { metricKey: 'val_acc' },
      want: { count: 3, last: p(2, NaN), min: p(0, 0.1), max: p(1, 0.9), best: p(1, 0.9), direction: 'max', nonFiniteCount: 1 },
    },
    {
      name: 'explicit direction overrides the name',
      points: [p(0, 2), p(1, 0.5)],
      opts: { metricKey: 'loss', direction: 'max' as Direction },
      want: { count: 2, last: p(1, 0.5), min: p(1, 0.5), max: p(0, 2), best: p(0, 2), direction: 'max', nonFiniteCount: 0 },
    },
    {
      name: 'empty',
      points: [],
      opts: {},
      want: { count: 0, last: null, min: null, max: null, best: null, direction: 'max', nonFiniteCount: 0 },
    },
    {
      name: 'single point',
      points: [p(4, 3)],
      opts: { metricKey: 'mse' },
      want: { count: 1, last: p(4, 3), min: p(4, 3), max: p(4, 3), best: p(4, 3), direction: 'min', nonFiniteCount: 0 },
    },
    {
      name: 'all non-finite',
      points: [p(0, NaN), p(1, -Infinity)],
      opts: { metricKey: 'loss' },
      want: { count: 2, last: p(1, -Infinity), min: null, max: null, best: null, direction: 'min', nonFiniteCount: 2 },
    },
  ])('$name', ({ points, opts, want }) => {
    expect(summarizeMetric(points, opts)).toEqual(want)
  })
})
