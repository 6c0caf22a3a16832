import Database from 'better-sqlite3'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { AuthConfig } from '../auth.ts'
import type { Db } from '../storage/db.ts'
import { runArtifacts } from './artifacts.ts'
import { runParams, runTags } from './config.ts'
import { MlflowHttp } from './http.ts'
import { seedRegistry } from './registry.ts'
import { chunks, runSeries, type RunSeries } from './series.ts'
import { EXPERIMENTS, RUNS, type DemoRun } from './workload.ts'

export type SeedOptions = { auth?: AuthConfig; onProgress?: (message: string) => void }

/** Name → id maps of what was seeded (ids are assigned by the server). */
export type SeedResult = { experiments: Record<string, string>; runs: Record<string, string> }

type RunInfo = { run_id: string; artifact_uri?: string }

const DATASETS: Record<DemoRun['dataset'], { train: [string, number]; val: [string, number] }> = {
  coco2017: { train: ['213c2a7a', 118287], val: ['3f06a636', 5000] },
  cityscapes: { train: ['36146726', 2975], val: ['cf5ae476', 500] },
  'coco2017-mini': { train: ['5a1e0c3d', 2000], val: ['9b27f4e1', 200] },
}
const IMAGE_SCHEMA = JSON.stringify({
  mlflow_tensorspec: {
    features: JSON.stringify([{ type: 'tensor', 'tensor-spec': { dtype: 'uint8', shape: [-1, -1, -1, 3] }, name: 'image' }]),
    targets: null,
  },
})

function datasetInputs(run: DemoRun) {
  const d = DATASETS[run.dataset]
  return (['train', 'val'] as const).map((split) => ({
    tags: [{ key: 'mlflow.data.context', value: split === 'train' ? 'training' : 'eval' }],
    dataset: {
      name: `${run.dataset}-${split}`,
      digest: d[split][0],
      source_type: 's3',
      source: JSON.stringify({ uri: `s3://datasets/${run.dataset}/${split}` }),
      schema: IMAGE_SCHEMA,
      profile: JSON.stringify({ num_rows: d[split][1] }),
    },
  }))
}

const SWEEP_VALUES = RUNS.filter((r) => r.parent).map((r) => String(r.lr)).join(',')

/** Computes every run's metric series; the sweep parent's summary comes from its children. */
function allSeries(): Map<string, RunSeries> {
  const out = new Map(RUNS.filter((r) => !r.isSweepParent).map((r) => [r.name, runSeries(r)]))
  for (const parent of RUNS.filter((r) => r.isSweepParent)) {
    const children = RUNS.filter((r) => r.parent === parent.name)
    const best = children.reduce((a, b) => (out.get(b.name)!.bestMap > out.get(a.name)!.bestMap ? b : a))
    const end = Math.max(...children.map((c) => out.get(c.name)!.endTime ?? c.startTime)) + 3_600_000
    out.set(parent.name, {
      bestMap: Number(out.get(best.name)!.bestMap.toFixed(3)),
      endTime: end,
      points: [
        { key: 'best_val_mAP', value: Number(out.get(best.name)!.bestMap.toFixed(3)), timestamp: end - 5_000, step: 0 },
        { key: 'best_lr', value: best.lr, timestamp: end - 5_000, step: 0 },
      ],
    })
  }
  return out
}

async function logRun(http: MlflowHttp, run: DemoRun, info: Required<RunInfo>, series: RunSeries): Promise<void> {
  const params = runParams(run, SWEEP_VALUES).map(([key, value]) => ({ key, value }))
  for (const batch of chunks(params, 100)) await http.post('runs/log-batch', { run_id: info.run_id, params: batch })
  for (const batch of chunks(series.points, 1000)) await http.post('runs/log-batch', { run_id: info.run_id, metrics: batch })
  if (!run.isSweepParent) await http.post('runs/log-inputs', { run_id: info.run_id, datasets: datasetInputs(run) })
  const root = info.artifact_uri.replace(/^mlflow-artifacts:\/*/, '')
  for (const file of runArtifacts(run, info.run_id, series.bestMap, SWEEP_VALUES))
    await http.putArtifact(`${root}/${file.path}`, file.body, file.contentType)
  if (run.status !== 'RUNNING')
    await http.post('runs/update', { run_id: info.run_id, status: run.status, end_time: series.endTime })
}

/**
 * Loads the deterministic demo workload into the tracking server at `baseUrl` through its
 * public REST API, exactly as an MLflow client would (experiments/create, runs/create,
 * log-batch in chunks of ≤1000 metrics, log-inputs, artifact PUTs, runs/update, registry
 * calls). Run names, params, tags, metric values and timestamps are identical on every load;
 * the server assigns ids and registry timestamps. Seed only an empty server: names collide
 * otherwise (experiments/create answers RESOURCE_ALREADY_EXISTS and the seed throws).
 */
export async function seedDemo(baseUrl: string, options: SeedOptions = {}): Promise<SeedResult> {
  const http = new MlflowHttp(baseUrl, options.auth)
  const progress = options.onProgress ?? (() => {})
  const result: SeedResult = { experiments: {}, runs: {} }
  for (const exp of EXPERIMENTS) {
    const tags = Object.entries(exp.tags).map(([key, value]) => ({ key, value }))
    const res = await http.post<{ experiment_id: string }>('experiments/create', { name: exp.name, tags })
    result.experiments[exp.name] = String(res.experiment_id)
  }
  const series = allSeries()
  const infos = new Map<string, Required<RunInfo>>()
  for (const run of RUNS) {
    const parentId = run.parent ? result.runs[run.parent] : undefined
    const tags = Object.entries(runTags(run, parentId)).map(([key, value]) => ({ key, value }))
    const res = await http.post<{ run: { info: RunInfo } }>('runs/create', {
      experiment_id: result.experiments[run.experiment],
      user_id: run.user,
      run_name: run.name,
      start_time: run.startTime,
      tags,
    })
    const runId = res.run.info.run_id
    const artifactUri =
      res.run.info.artifact_uri ?? (await http.get<{ run: { info: RunInfo } }>('runs/get', { run_id: runId })).run.info.artifact_uri
    if (!artifactUri) throw new Error(`runs/create and runs/get returned no artifact_uri for ${run.name}`)
    result.runs[run.name] = runId
    infos.set(run.name, { run_id: runId, artifact_uri: artifactUri })
  }
  for (const run of RUNS) {
    await logRun(http, run, infos.get(run.name)!, series.get(run.name)!)
    progress(`logged ${run.name}`)
  }
  const registered = new Map(
    RUNS.filter((r) => r.registered).map((r) => [
      r.name,
      { runId: result.runs[r.name], artifactUri: infos.get(r.name)!.artifact_uri, bestMap: series.get(r.name)!.bestMap },
    ]),
  )
  await seedRegistry(http, registered)
  for (const run of RUNS.filter((r) => r.deleted)) await http.post('runs/delete', { run_id: result.runs[run.name] })
  for (const exp of EXPERIMENTS.filter((e) => e.deleted))
    await http.post('experiments/delete', { experiment_id: result.experiments[exp.name] })
  progress('registry and deletions done')
  return result
}

/** True when the database holds no runs at all (live or deleted): the only state the seed may load into. */
export function dbHasNoRuns(db: Db): boolean {
  const row = db.prepare('SELECT EXISTS (SELECT 1 FROM runs) AS present').get() as { present: number }
  return row.present === 0
}

/**
 * True when `dataDir` has no tracking database yet, or one without runs. Opens the database
 * read-only and closes it again, so it is safe to call before the server opens it.
 */
export function isEmptyDataDir(dataDir: string): boolean {
  const file = join(dataDir, 'mlflow.db')
  if (!existsSync(file)) return true
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'runs'").get()
    return table === undefined || dbHasNoRuns(db)
  } finally {
    db.close()
  }
}
