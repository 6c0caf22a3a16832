import type { APIRequestContext } from '@playwright/test'

/**
 * Data helpers of the experiment/run-table specs. Specs that write create their own experiment:
 * specs run in parallel on one server and others count the demo experiments' runs.
 */
const API = '/api/2.0/mlflow'

export async function post<T = unknown>(request: APIRequestContext, path: string, data: unknown): Promise<T> {
  const res = await request.post(`${API}/${path}`, { data })
  if (!res.ok()) throw new Error(`${path}: ${res.status()} ${await res.text()}`)
  return (await res.json()) as T
}

export const uniqueName = (label: string) => `e2e-rt-${label}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}`

/** A fresh experiment; `name` defaults to a unique one. */
export async function createExperiment(request: APIRequestContext, name: string): Promise<string> {
  return (await post<{ experiment_id: string }>(request, 'experiments/create', { name })).experiment_id
}

type RunSpec = { name: string; params?: Record<string, string>; tags?: Record<string, string>; metrics?: Record<string, number[]>; startTime?: number }

/** Creates a FINISHED run; params/tags in log-batch chunks of 100, metric histories as steps 0..n-1. */
export async function createRun(request: APIRequestContext, experimentId: string, spec: RunSpec): Promise<string> {
  const start = spec.startTime ?? Date.now() - 60_000
  const body = await post<{ run: { info: { run_id: string } } }>(request, 'runs/create', { experiment_id: experimentId, run_name: spec.name, start_time: start })
  const runId = body.run.info.run_id
  const params = Object.entries(spec.params ?? {}).map(([key, value]) => ({ key, value }))
  const tags = Object.entries(spec.tags ?? {}).map(([key, value]) => ({ key, value }))
  const metrics = Object.entries(spec.metrics ?? {}).flatMap(([key, values]) => values.map((value, step) => ({ key, value, step, timestamp: start + step })))
  for (let i = 0; i < Math.max(params.length, tags.length, metrics.length, 1); i += 100) {
    await post(request, 'runs/log-batch', { run_id: runId, params: params.slice(i, i + 100), tags: tags.slice(i, i + 100), metrics: metrics.slice(i, i + 100) })
  }
  await post(request, 'runs/update', { run_id: runId, status: 'FINISHED', end_time: start + 30_000 })
  return runId
}

/** Creates `count` bare runs (`run-0000`…) with `concurrency` requests in flight. */
export async function createManyRuns(request: APIRequestContext, experimentId: string, count: number, concurrency = 25): Promise<void> {
  let next = 0
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      await post(request, 'runs/create', { experiment_id: experimentId, run_name: `run-${String(i).padStart(4, '0')}`, start_time: 1_700_000_000_000 + i * 1000 })
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
}

/** Id of a demo experiment by name. */
export async function experimentId(request: APIRequestContext, name: string): Promise<string> {
  const res = await request.get(`${API}/experiments/get-by-name`, { params: { experiment_name: name } })
  return ((await res.json()) as { experiment: { experiment_id: string } }).experiment.experiment_id
}

/** Tags of a run, as a key → value map. */
export async function runTags(request: APIRequestContext, runId: string): Promise<Record<string, string>> {
  const res = await request.get(`${API}/runs/get`, { params: { run_id: runId } })
  const body = (await res.json()) as { run: { data: { tags?: { key: string; value: string }[] } } }
  return Object.fromEntries((body.run.data.tags ?? []).map((t) => [t.key, t.value]))
}
