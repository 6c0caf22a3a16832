import { Prng, seedOf } from './prng.ts'
import { isSegmentation, loggedSteps, type DemoRun } from './workload.ts'

/** One metric point in MLflow's wire form; NaN/±Infinity travel as strings, as the Python client sends them. */
export type MetricPoint = { key: string; value: number | 'NaN' | 'Infinity' | '-Infinity'; timestamp: number; step: number }

export type RunSeries = {
  points: MetricPoint[]
  /** Set for every run that is not RUNNING (epoch ms). */
  endTime?: number
  /** Best validation mAP, rounded to 4 digits (eval/summary.json, registry tags). */
  bestMap: number
}

const WARMUP_MS = 30_000
const EVAL_PAUSE_MS = 20_000
const SYSTEM_SAMPLES = 50
const round = (x: number, digits: number) => Number(x.toFixed(digits))

/** Learning rate: linear warm-up over the first 5 % of steps, then cosine decay to lr/100. */
export function lrAt(run: DemoRun, step: number): number {
  const warmup = Math.max(1, Math.round(run.maxSteps / 20))
  if (step < warmup) return (run.lr * (step + 1)) / warmup
  const minLr = run.lr / 100
  const progress = (step - warmup) / Math.max(1, run.maxSteps - warmup)
  return minLr + 0.5 * (run.lr - minLr) * (1 + Math.cos(Math.PI * progress))
}

/**
 * The full metric history of one training run, in the order a training loop logs it:
 * `train_loss` and `lr` every step, `system/*` about 50 times over the planned duration
 * (step = sample index), and the validation metrics at 20 evaluation points (step = global step).
 * FAILED runs turn `train_loss` NaN for their last 25 steps and log `val_loss` = +Infinity.
 */
export function runSeries(run: DemoRun): RunSeries {
  const rng = new Prng(seedOf(run.name))
  const total = run.maxSteps
  const logged = loggedSteps(run)
  const evalEvery = Math.max(1, Math.round(total / 20))
  const msPerStep = rng.range(700, 900)
  const plannedMs = total * msPerStep + 20 * EVAL_PAUSE_MS
  const systemEvery = plannedMs / SYSTEM_SAMPLES
  const loss0 = rng.range(2.3, 3.1)
  const lossEnd = 0.35 + (0.6 - run.targetMap) * 0.5
  const valGap = rng.range(0.05, 0.15)
  const nanFrom = run.status === 'FAILED' ? logged - 25 : Infinity
  const points: MetricPoint[] = []
  let clock = run.startTime + WARMUP_MS
  let nextSystem = 0
  let bestMap = 0

  const emitSystem = () => {
    while (nextSystem < SYSTEM_SAMPLES && run.startTime + WARMUP_MS + nextSystem * systemEvery <= clock) {
      const ts = Math.round(run.startTime + WARMUP_MS + nextSystem * systemEvery)
      points.push(
        { key: 'system/gpu_0_utilization_percentage', value: round(rng.range(84, 99), 1), timestamp: ts, step: nextSystem },
        { key: 'system/gpu_0_memory_usage_megabytes', value: round(rng.range(52000, 57500), 1), timestamp: ts, step: nextSystem },
        { key: 'system/cpu_utilization_percentage', value: round(rng.range(24, 48), 1), timestamp: ts, step: nextSystem },
      )
      nextSystem++
    }
  }

  for (let step = 0; step < logged; step++) {
    clock += msPerStep * (1 + 0.05 * rng.gauss())
    const ts = Math.round(clock)
    emitSystem()
    const trend = lossEnd + (loss0 - lossEnd) * Math.exp((-5 * step) / total)
    let loss = Math.max(0.05, trend + rng.gauss(0.04 * trend))
    // A diverging run: the loss blows up a few steps before it becomes NaN.
    if (step >= nanFrom - 10 && step < nanFrom) loss *= 1 + (step - nanFrom + 11) * 0.6
    points.push(
      { key: 'train_loss', value: step >= nanFrom ? 'NaN' : loss, timestamp: ts, step },
      { key: 'lr', value: lrAt(run, step), timestamp: ts, step },
    )
    const atEval = (step + 1) % evalEvery === 0
    const diverged = run.status === 'FAILED' && step + 1 === logged
    if (!atEval && !diverged) continue
    clock += EVAL_PAUSE_MS
    const evalTs = Math.round(clock)
    const evalStep = step + 1
    const frac = evalStep / total
    const lastEval = evalStep + evalEvery > logged
    const curve = round(Math.min(run.targetMap * 1.02, (run.targetMap * (1 - Math.exp(-4 * frac))) / (1 - Math.exp(-4)) + rng.gauss(0.004)), 6)
    const map = diverged ? 0 : lastEval && run.latestMap !== undefined ? run.latestMap : curve
    bestMap = Math.max(bestMap, map)
    points.push(
      { key: 'val_loss', value: diverged ? 'Infinity' : trend + valGap + rng.gauss(0.01), timestamp: evalTs, step: evalStep },
      { key: 'val_mAP', value: map, timestamp: evalTs, step: evalStep },
      { key: 'val_mAP50', value: diverged ? 0 : round(Math.min(0.95, map * rng.range(1.5, 1.6)), 6), timestamp: evalTs, step: evalStep },
      { key: 'epoch', value: Math.floor(evalStep / evalEvery), timestamp: evalTs, step: evalStep },
    )
    if (isSegmentation(run))
      points.push({ key: 'val_mIoU', value: round(Math.min(0.85, map * 1.72 + rng.gauss(0.003)), 6), timestamp: evalTs, step: evalStep })
  }
  emitSystem()
  const last = points.reduce((m, p) => Math.max(m, p.timestamp), run.startTime)
  const endTime = run.status === 'RUNNING' ? undefined : last + (run.status === 'KILLED' ? 4_000 : 10_000)
  return { points, endTime, bestMap: round(bestMap, 4) }
}

/** Splits a list into chunks of at most `size` (log-batch accepts ≤1000 metrics per request). */
export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
