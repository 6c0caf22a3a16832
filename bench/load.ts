/**
 * Loads the scale workloads into an MLflow(-compatible) server through its REST API only:
 * runs/create, runs/log-batch (100 params / 1,000 metrics per call), runs/update and artifact
 * PUTs, several requests in flight. Works against the embedded server and a real MLflow.
 */
import { MlflowHttp } from '../server/demo/http.ts'
import { pool } from './stats.ts'
import { chunks, configYaml, CONFIGS, curvePoints, CURVES, EXPERIMENTS, flattenConfig, configOf, T0, TABLE, tableRun, type Metric, type Param } from './workloads.ts'

type RunInfo = { run_id: string; artifact_uri?: string }
type Log = (line: string) => void
export type LoadResult = { name: string; requests: number; seconds: number; skipped: boolean; runs?: number }

const PARAMS_PER_CALL = 100
const METRICS_PER_CALL = 1000

/** Experiment id for `name`, creating it when missing; `runCount` = its active runs (≤ 1 page). */
async function ensureExperiment(http: MlflowHttp, name: string): Promise<{ id: string; runCount: number }> {
  try {
    const got = await http.get<{ experiment: { experiment_id: string } }>('experiments/get-by-name', { experiment_name: name })
    const id = got.experiment.experiment_id
    const page = await http.post<{ runs?: unknown[] }>('runs/search', { experiment_ids: [id], max_results: 1 })
    return { id, runCount: page.runs?.length ?? 0 }
  } catch {
    const created = await http.post<{ experiment_id: string }>('experiments/create', { name })
    return { id: created.experiment_id, runCount: 0 }
  }
}

async function createRun(http: MlflowHttp, experimentId: string, name: string, startTime: number): Promise<RunInfo> {
  return (await http.post<{ run: { info: RunInfo } }>('runs/create', { experiment_id: experimentId, run_name: name, start_time: startTime })).run.info
}

async function logBatch(http: MlflowHttp, runId: string, params: Param[], metrics: Metric[] = []): Promise<void> {
  await http.post('runs/log-batch', { run_id: runId, params, metrics })
}

async function finish(http: MlflowHttp, runId: string, endTime: number): Promise<void> {
  // FINISHED, so the app treats histories as final (RUNNING runs are polled).
  await http.post('runs/update', { run_id: runId, status: 'FINISHED', end_time: endTime })
}

/** An experiment that already has runs is left alone: loading twice would double the workload. */
async function guarded(name: string, log: Log, http: MlflowHttp, body: (expId: string) => Promise<number>): Promise<LoadResult> {
  const t0 = performance.now()
  const exp = await ensureExperiment(http, name)
  if (exp.runCount > 0) {
    log(`  ${name}: already holds runs, not loading it again (delete the experiment to reload)`)
    return { name, requests: 0, seconds: 0, skipped: true }
  }
  const requests = await body(exp.id)
  const seconds = (performance.now() - t0) / 1000
  log(`  ${name}: ${requests.toLocaleString('en-US')} requests in ${seconds.toFixed(1)} s`)
  return { name, requests, seconds, skipped: false }
}

/**
 * (a): `runs` runs of 200 params and 30 metrics, 4 requests per run. No run is started after
 * `deadline` (performance.now() ms); runs are handed out in index order, so the loaded runs are
 * always runs 0..n-1 and `loaded.runs` says how many made it.
 */
export async function loadTable(http: MlflowHttp, runs: number, concurrency: number, deadline: number, log: Log): Promise<LoadResult> {
  let done = 0
  const result = await guarded(EXPERIMENTS.table, log, http, async (expId) => {
    await pool(runs, concurrency, async (i) => {
      if (performance.now() > deadline) return
      const spec = tableRun(i)
      const run = await createRun(http, expId, spec.name, spec.startTime)
      const [first, ...rest] = chunks(spec.params, PARAMS_PER_CALL)
      await logBatch(http, run.run_id, first, spec.metrics)
      for (const params of rest) await logBatch(http, run.run_id, params)
      await finish(http, run.run_id, spec.startTime + 3_600_000)
      if (++done % 2000 === 0) log(`    ${done.toLocaleString('en-US')} / ${runs.toLocaleString('en-US')} runs`)
    })
    return done * (2 + Math.ceil(TABLE.params / PARAMS_PER_CALL))
  })
  return { ...result, runs: result.skipped ? undefined : done }
}

/** (b): 20 runs × 2 metrics × 50,000 steps in log-batch calls of 1,000 points. */
export function loadCurves(http: MlflowHttp, concurrency: number, log: Log): Promise<LoadResult> {
  return guarded(EXPERIMENTS.curves, log, http, async (expId) => {
    const runIds: string[] = []
    for (let r = 0; r < CURVES.runs; r++) runIds.push((await createRun(http, expId, `curve-${String(r).padStart(2, '0')}`, T0 + r * 86_400_000)).run_id)
    const perMetric = Math.ceil(CURVES.steps / METRICS_PER_CALL)
    const jobs = CURVES.runs * CURVES.metrics.length * perMetric
    await pool(jobs, concurrency, async (j) => {
      const run = Math.floor(j / (CURVES.metrics.length * perMetric))
      const m = Math.floor(j / perMetric) % CURVES.metrics.length
      const from = (j % perMetric) * METRICS_PER_CALL
      await logBatch(http, runIds[run], [], curvePoints(run, m, from, Math.min(CURVES.steps, from + METRICS_PER_CALL)))
    })
    await pool(runIds.length, concurrency, (r) => finish(http, runIds[r], T0 + r * 86_400_000 + CURVES.steps * 100))
    return CURVES.runs * 2 + jobs
  })
}

/** (c): 50 runs × 2,000 flattened params (20 calls each) plus `.hydra/config.yaml`. */
export function loadConfigs(http: MlflowHttp, concurrency: number, log: Log): Promise<LoadResult> {
  return guarded(EXPERIMENTS.configs, log, http, async (expId) => {
    const runs: RunInfo[] = []
    for (let r = 0; r < CONFIGS.runs; r++) runs.push(await createRun(http, expId, `config-${String(r).padStart(2, '0')}`, T0 + r * 60_000))
    const perRun = Math.ceil(CONFIGS.params / PARAMS_PER_CALL)
    await pool(CONFIGS.runs * perRun, concurrency, async (j) => {
      const r = Math.floor(j / perRun)
      const params = flattenConfig(configOf(r)).slice((j % perRun) * PARAMS_PER_CALL, (j % perRun + 1) * PARAMS_PER_CALL)
      await logBatch(http, runs[r].run_id, params)
    })
    await pool(CONFIGS.runs, concurrency, async (r) => {
      const root = (runs[r].artifact_uri ?? '').replace(/^mlflow-artifacts:\/*/, '')
      if (!root || /^[a-z]+:/i.test(root)) throw new Error(`run ${runs[r].run_id} stores artifacts at ${runs[r].artifact_uri}, not through the proxied artifact API`)
      await http.putArtifact(`${root}/${CONFIGS.artifactPath}`, configYaml(r), 'application/x-yaml')
      await finish(http, runs[r].run_id, T0 + r * 60_000 + 3_600_000)
    })
    return CONFIGS.runs * (3 + perRun)
  })
}

export type LoadOptions = { tableRuns: number; concurrency: number; /** Seconds (a) may take before it is cut short. */ tableBudgetSec: number; log: Log }

/** Basic auth for a remote MLflow from MLFLOW_TRACKING_USERNAME/PASSWORD, as MLflow clients read it. */
export function httpFor(url: string): MlflowHttp {
  const { MLFLOW_TRACKING_USERNAME: username, MLFLOW_TRACKING_PASSWORD: password } = process.env
  return new MlflowHttp(url, username || password ? { username: username ?? '', password: password ?? '' } : undefined)
}

/** Loads (c), (b), then (a) scaled to `tableRuns` (and cut at the budget) into the server at `url`. */
export async function loadWorkloads(url: string, o: LoadOptions): Promise<LoadResult[]> {
  const http = httpFor(url)
  o.log(`loading workloads into ${url} (${o.concurrency} requests in flight)`)
  const configs = await loadConfigs(http, o.concurrency, o.log)
  const curves = await loadCurves(http, o.concurrency, o.log)
  const table = await loadTable(http, o.tableRuns, o.concurrency, performance.now() + o.tableBudgetSec * 1000, o.log)
  return [configs, curves, table]
}

export type Discovered = { tableExperimentId: string; curveExperimentId: string; curveRunIds: string[]; configExperimentId: string; configRunIds: string[] }

/** Finds the loaded workloads by experiment name (works on any server that holds them). */
export async function discoverWorkloads(url: string): Promise<Discovered> {
  const http = httpFor(url)
  const idOf = async (name: string) => (await http.get<{ experiment: { experiment_id: string } }>('experiments/get-by-name', { experiment_name: name })).experiment.experiment_id
  const runIds = async (expId: string, max: number) => {
    const page = await http.post<{ runs?: { info: { run_id: string } }[] }>('runs/search', { experiment_ids: [expId], max_results: max, order_by: ['attributes.run_name ASC'] })
    return (page.runs ?? []).map((r) => r.info.run_id)
  }
  const [table, curves, configs] = await Promise.all([idOf(EXPERIMENTS.table), idOf(EXPERIMENTS.curves), idOf(EXPERIMENTS.configs)])
  return {
    tableExperimentId: table,
    curveExperimentId: curves,
    curveRunIds: await runIds(curves, CURVES.runs),
    configExperimentId: configs,
    configRunIds: await runIds(configs, CONFIGS.runs),
  }
}
