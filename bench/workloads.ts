/**
 * The benchmark's scale workloads, generated from a fixed seed so every load (embedded server
 * or a real MLflow) holds the same values. Every function is pure and per-run addressable, so
 * loaders can generate runs in any order and in parallel without materialising millions of
 * params up front.
 */
import { stringify } from 'yaml'
import { Prng } from '../server/demo/prng.ts'

export const WORKLOAD_SEED = 20240506
/** Epoch ms of run 0 (2024-05-06T08:00:00Z); later runs start a minute apart. */
export const T0 = 1714982400000

export const EXPERIMENTS = { table: 'runlens-bench-table', curves: 'runlens-bench-curves', configs: 'runlens-bench-configs' } as const
/** (a) one wide experiment: runs × params × latest-value metrics. */
export const TABLE = { runs: 10_000, params: 200, metrics: 30, metricStep: 1000 } as const
/** (b) long curves: runs × metrics × steps. */
export const CURVES = { runs: 20, metrics: ['train_loss', 'val_loss'], steps: 50_000 } as const
/** (c) Hydra-style configs: runs × flattened params, plus `.hydra/config.yaml`. */
export const CONFIGS = { runs: 50, params: 2000, artifactPath: '.hydra/config.yaml' } as const

export type Param = { key: string; value: string }
export type Metric = { key: string; value: number; timestamp: number; step: number }
export type RunSpec = { name: string; startTime: number; params: Param[]; metrics: Metric[] }

/** A PRNG for (stream, index), independent of generation order. */
function rng(stream: number, index: number): Prng {
  return new Prng((WORKLOAD_SEED ^ Math.imul(stream + 1, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0)
}

/** Python-like `str()` of a float with ≤4 decimals (MLflow stores param values as strings). */
function num(x: number): string {
  const r = Math.round(x * 10_000) / 10_000
  return Number.isInteger(r) ? `${r}.0` : String(r)
}

const TABLE_GROUPS = ['model', 'optimizer', 'data', 'trainer', 'augment', 'loss', 'eval', 'scheduler', 'backbone', 'head',
  'neck', 'sampler', 'ema', 'logging', 'checkpoint', 'distributed', 'precision', 'tokenizer', 'callbacks', 'env']
const LEAVES = ['lr', 'dim', 'depth', 'dropout', 'name', 'size', 'decay', 'warmup', 'mode', 'seed']
const METRIC_STEMS = ['loss', 'acc', 'mAP', 'f1', 'precision', 'recall', 'iou', 'auc', 'ece', 'nll']
const SPLITS = ['train', 'val', 'test']
const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'sigma', 'omega']

/** Param key `k` (0..199) of workload (a): `<group>.<leaf>`, 20 groups × 10 leaves. */
export function tableParamKey(k: number): string {
  return `${TABLE_GROUPS[Math.floor(k / LEAVES.length) % TABLE_GROUPS.length]}.${LEAVES[k % LEAVES.length]}`
}

/** Metric key `k` (0..29) of workload (a): `<split>_<stem>`. */
export function tableMetricKey(k: number): string {
  return `${SPLITS[k % SPLITS.length]}_${METRIC_STEMS[Math.floor(k / SPLITS.length) % METRIC_STEMS.length]}`
}

/** Run `i` of workload (a): 200 params of mixed kinds (low cardinality, so sorts tie) and 30 latest metric values. */
export function tableRun(i: number): RunSpec {
  const r = rng(1, i)
  const params: Param[] = []
  for (let k = 0; k < TABLE.params; k++) {
    const kind = k % 4
    const value = kind === 0 ? String(r.int(1, 64) * 8) : kind === 1 ? num(r.range(0, 1)) : kind === 2 ? WORDS[r.int(0, WORDS.length - 1)] : String(r.int(0, 9))
    params.push({ key: tableParamKey(k), value })
  }
  const startTime = T0 + i * 60_000
  const metrics: Metric[] = Array.from({ length: TABLE.metrics }, (_, k) => ({
    key: tableMetricKey(k), value: Math.round(r.next() * 1e6) / 1e6, timestamp: startTime + 3_600_000, step: TABLE.metricStep,
  }))
  return { name: `table-${String(i).padStart(5, '0')}`, startTime, params, metrics }
}

/**
 * Points [from, to) of metric `m` of curve run `run` (workload (b)): a decaying loss with
 * run-specific rate and floor plus seeded noise; one point per step, timestamps 100 ms apart.
 */
export function curvePoints(run: number, m: number, from: number, to: number): Metric[] {
  const base = rng(2, run * 8 + m)
  const rate = base.range(2, 6)
  const floor = base.range(0.05, 0.3) + m * 0.05
  const key = CURVES.metrics[m]
  const out: Metric[] = []
  for (let s = from; s < to; s++) {
    // Noise seeded per step, so any split of the range into batches gives the same points.
    const v = floor + Math.exp((-rate * s) / CURVES.steps) * 2 + rng(3, (run * 8 + m) * CURVES.steps + s).gauss(0.02)
    out.push({ key, value: Math.round(v * 1e6) / 1e6, timestamp: T0 + run * 86_400_000 + s * 100, step: s })
  }
  return out
}

export type ConfigValue = string | number
export type ConfigTree = { [key: string]: ConfigTree | ConfigValue }

const SECTIONS = ['model', 'data', 'optimizer', 'trainer', 'augment', 'loss', 'eval', 'logging']
const SUBSECTIONS = ['encoder', 'decoder', 'head', 'schedule', 'extra']
const CONFIG_LEAVES = 50

/**
 * The Hydra config of run `run` (workload (c)): 8 sections × 5 subsections × 50 leaves = 2,000
 * leaves. Every 20th leaf differs between runs; the rest are shared, so "differs only" shows 100.
 */
export function configOf(run: number): ConfigTree {
  const tree: ConfigTree = {}
  let leaf = 0
  for (const section of SECTIONS) {
    const s: ConfigTree = {}
    for (const sub of SUBSECTIONS) {
      const node: ConfigTree = {}
      for (let j = 0; j < CONFIG_LEAVES; j++, leaf++) {
        const r = leaf % 20 === 0 ? rng(4, run * 4096 + leaf) : rng(5, leaf)
        const kind = leaf % 3
        node[`${LEAVES[j % LEAVES.length]}_${j}`] = kind === 0 ? r.int(1, 1024) : kind === 1 ? Math.round(r.range(0, 1) * 10_000) / 10_000 : WORDS[r.int(0, WORDS.length - 1)]
      }
      s[sub] = node
    }
    tree[section] = s
  }
  return tree
}

/** Flattens a config to dotted keys, as Hydra users log it with `mlflow.log_params`. */
export function flattenConfig(tree: ConfigTree, prefix = ''): Param[] {
  const out: Param[] = []
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k
    if (typeof v === 'object') out.push(...flattenConfig(v, key))
    else out.push({ key, value: typeof v === 'number' && !Number.isInteger(v) ? num(v) : String(v) })
  }
  return out
}

/** `.hydra/config.yaml` of run `run`: the same config as the params, as OmegaConf writes it. */
export function configYaml(run: number): string {
  return stringify(configOf(run))
}

/** Splits `xs` into chunks of at most `size` (≥1) items, in order. */
export function chunks<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < xs.length; i += Math.max(1, size)) out.push(xs.slice(i, i + Math.max(1, size)))
  return out
}
