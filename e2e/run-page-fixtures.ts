import { expect, type APIRequestContext, type Page } from '@playwright/test'

/**
 * Data helpers of the run-page specs. Demo runs are looked up by name (ids differ per seed);
 * specs that write create their own experiment and runs, because specs run in parallel on one
 * server and other specs count the demo experiments' runs.
 */
const API = '/api/2.0/mlflow'

type WireRun = { info: { run_id: string; experiment_id: string } }

async function post<T>(request: APIRequestContext, path: string, data: unknown): Promise<T> {
  const res = await request.post(`${API}/${path}`, { data })
  if (!res.ok()) throw new Error(`${path}: ${res.status()} ${await res.text()}`)
  return (await res.json()) as T
}

/** Id and experiment of a demo run, found by exact name in any experiment (deleted runs too). */
export async function findRun(request: APIRequestContext, name: string): Promise<{ runId: string; experimentId: string }> {
  const { experiments } = await post<{ experiments: { experiment_id: string }[] }>(request, 'experiments/search', { max_results: 1000, view_type: 'ALL' })
  const body = await post<{ runs?: WireRun[] }>(request, 'runs/search', {
    experiment_ids: experiments.map((e) => e.experiment_id),
    filter: `attributes.run_name = '${name.replace(/'/g, "\\'")}'`,
    run_view_type: 'ALL',
    max_results: 10,
  })
  const run = body.runs?.[0]
  if (!run) throw new Error(`demo run ${name} not found`)
  return { runId: run.info.run_id, experimentId: run.info.experiment_id }
}

/** A fresh experiment only this spec writes to. */
export async function createExperiment(request: APIRequestContext, label: string): Promise<string> {
  const name = `e2e-run-page-${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`
  const body = await post<{ experiment_id: string }>(request, 'experiments/create', { name })
  return body.experiment_id
}

/** A finished run with the given name, params and tags in `experimentId`. */
export async function createRun(
  request: APIRequestContext,
  experimentId: string,
  name: string,
  extra: { params?: Record<string, string>; tags?: Record<string, string> } = {},
): Promise<string> {
  const now = Date.now()
  const body = await post<{ run: WireRun }>(request, 'runs/create', { experiment_id: experimentId, run_name: name, start_time: now - 60_000 })
  const runId = body.run.info.run_id
  const params = Object.entries(extra.params ?? {}).map(([key, value]) => ({ key, value }))
  const tags = Object.entries(extra.tags ?? {}).map(([key, value]) => ({ key, value }))
  // log-batch takes at most 100 params per call.
  for (let i = 0; i < Math.max(params.length, tags.length, 1); i += 100) {
    await post(request, 'runs/log-batch', { run_id: runId, params: params.slice(i, i + 100), tags: tags.slice(i, i + 100), metrics: [] })
  }
  await post(request, 'runs/update', { run_id: runId, status: 'FINISHED', end_time: now })
  return runId
}

/** Uploads one artifact file through the mlflow-artifacts proxy (as the Python client does). */
export async function uploadArtifact(request: APIRequestContext, experimentId: string, runId: string, path: string, body: string | Buffer): Promise<void> {
  const res = await request.put(`/api/2.0/mlflow-artifacts/artifacts/${experimentId}/${runId}/artifacts/${path}`, { data: body, headers: { 'content-type': 'application/octet-stream' } })
  if (!res.ok()) throw new Error(`upload ${path}: ${res.status()} ${await res.text()}`)
}

/**
 * Opens a page and waits for its h1 (the run name, or an error view's title). The first load
 * fetches the route's code and the run; on a busy CI machine that can take longer than the
 * default 10 s expect timeout, which is meant for interactions after that.
 */
export async function gotoPage(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: 30_000 })
}
