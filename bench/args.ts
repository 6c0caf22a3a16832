/** Command line of `npm run bench`. Pure, so it is unit-tested. */
import { parseArgs } from 'node:util'

export type BenchArgs = {
  /** Fraction of workload (a)'s 10,000 runs, in (0, 1]. */
  scale: number
  /** Whether --scale was given (then no automatic scale-down happens). */
  scaleExplicit: boolean
  reps: number
  concurrency: number
  build: boolean
  loadOnly: boolean
  mlflowUrl?: string
  /** Scale passed to bench/server.ts; 0 skips the server figures. */
  serverScale: number
  /** Seconds workload (a) may take to load before it is cut short (with a warning). */
  loadBudget: number
  /** Use (and keep) this data dir instead of a temp one; workloads already in it are not loaded again. */
  dataDir?: string
  /** How long to wait for each performance mark before the figure is n/a. */
  markTimeoutSec: number
  /** Scenario prefixes to run (js, table, compare, diff, server); all when empty. */
  only: string[]
}

export const USAGE = `Usage: npm run bench -- [--scale 0.5] [--reps 3] [--concurrency 6] [--no-build]
                        [--server-scale 0.1] [--load-budget 180] [--mark-timeout 60] [--data-dir DIR] [--only table,compare,diff,js,server]
                        [--mlflow-url URL [--load-only]]`

/** Scenario names --only accepts. */
export const SCENARIOS = ['js', 'table', 'compare', 'diff', 'server']

/** Parses argv (without node and script); throws with USAGE on unknown flags or bad numbers. */
export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string' },
      reps: { type: 'string', default: '3' },
      concurrency: { type: 'string', default: '6' },
      'no-build': { type: 'boolean', default: false },
      'load-only': { type: 'boolean', default: false },
      'mlflow-url': { type: 'string' },
      'server-scale': { type: 'string', default: '0.1' },
      'load-budget': { type: 'string', default: '180' },
      'mark-timeout': { type: 'string', default: '60' },
      'data-dir': { type: 'string' },
      only: { type: 'string', default: '' },
    },
    strict: true,
  })
  const number = (name: string, raw: string, lo: number, hi: number) => {
    const x = Number(raw)
    if (raw.trim() === '' || !Number.isFinite(x) || x < lo || x > hi) throw new Error(`--${name} must be a number in [${lo}, ${hi}], got ${raw}\n${USAGE}`)
    return x
  }
  const url = values['mlflow-url']
  if (url !== undefined && !/^https?:\/\/[^/]/.test(url)) throw new Error(`--mlflow-url must be an http(s) URL, got ${url}\n${USAGE}`)
  const only = values.only.split(',').map((x) => x.trim()).filter(Boolean)
  const unknown = only.filter((x) => !SCENARIOS.includes(x))
  if (unknown.length > 0) throw new Error(`--only takes ${SCENARIOS.join(', ')}; got ${unknown.join(', ')}\n${USAGE}`)
  if (values['load-only'] && url === undefined) throw new Error(`--load-only needs --mlflow-url\n${USAGE}`)
  return {
    scale: values.scale === undefined ? 1 : number('scale', values.scale, 0.0001, 1),
    scaleExplicit: values.scale !== undefined,
    reps: Math.round(number('reps', values.reps, 1, 20)),
    concurrency: Math.round(number('concurrency', values.concurrency, 1, 32)),
    build: !values['no-build'],
    loadOnly: values['load-only'],
    mlflowUrl: url?.replace(/\/+$/, ''),
    serverScale: number('server-scale', values['server-scale'], 0, 1),
    loadBudget: number('load-budget', values['load-budget'], 1, 3600),
    dataDir: values['data-dir'],
    markTimeoutSec: number('mark-timeout', values['mark-timeout'], 1, 600),
    only,
  }
}
