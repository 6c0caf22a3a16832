import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test'

/**
 * Registry e2e helpers. Specs run in parallel against ONE seeded server, so every spec that
 * changes the registry builds its own model (unique name) from demo runs through the REST API
 * and never touches `detector`/`segmenter`.
 */
const API = '/api/2.0/mlflow'

async function call(request: APIRequestContext, method: 'GET' | 'POST' | 'DELETE', path: string, body?: Record<string, unknown>) {
  const url = `${API}/${path}`
  const res = method === 'GET' ? await request.get(url, { params: body as Record<string, string> }) : await request.fetch(url, { method, data: body, headers: { 'Content-Type': 'application/json' } })
  expect(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`).toBeTruthy()
  return res.json() as Promise<Record<string, unknown>>
}

type Version = { version: string; current_stage: string; tags?: { key: string; value: string }[]; aliases?: string[] }

export async function demoRunIds(request: APIRequestContext): Promise<Record<string, string>> {
  const body = (await call(request, 'POST', 'runs/search', { experiment_ids: ['1'], max_results: 100 })) as { runs: { info: { run_id: string; run_name: string } }[] }
  return Object.fromEntries(body.runs.map((r) => [r.info.run_name, r.info.run_id]))
}

/**
 * A fresh model `e2e-<label>-<rand>`: v1 Archived (resnet50-baseline), v2 Production @champion
 * (resnet101-fpn), v3 Staging (yolov8m-640), the demo's shape in miniature.
 */
export async function createModel(request: APIRequestContext, label: string): Promise<string> {
  const name = `e2e-${label}-${Math.random().toString(36).slice(2, 8)}`
  const runs = await demoRunIds(request)
  await call(request, 'POST', 'registered-models/create', { name, description: `E2E model for **${label}**` })
  for (const run of ['resnet50-baseline', 'resnet101-fpn', 'yolov8m-640']) {
    const id = runs[run]
    expect(id, `demo run ${run}`).toBeTruthy()
    await call(request, 'POST', 'model-versions/create', { name, source: `runs:/${id}/model`, run_id: id })
  }
  await call(request, 'POST', 'model-versions/transition-stage', { name, version: '1', stage: 'Archived', archive_existing_versions: false })
  await call(request, 'POST', 'model-versions/transition-stage', { name, version: '2', stage: 'Production', archive_existing_versions: false })
  await call(request, 'POST', 'model-versions/transition-stage', { name, version: '3', stage: 'Staging', archive_existing_versions: false })
  await call(request, 'POST', 'registered-models/alias', { name, alias: 'champion', version: '2' })
  return name
}

export async function getVersion(request: APIRequestContext, name: string, version: string): Promise<Version> {
  return ((await call(request, 'GET', 'model-versions/get', { name, version })) as { model_version: Version }).model_version
}

export async function stages(request: APIRequestContext, name: string): Promise<string[]> {
  return Promise.all(['1', '2', '3'].map(async (v) => (await getVersion(request, name, v)).current_stage))
}

export async function aliasOf(request: APIRequestContext, name: string, alias: string): Promise<string | null> {
  const model = ((await call(request, 'GET', 'registered-models/get', { name })) as { registered_model: { aliases?: { alias: string; version: string }[] } }).registered_model
  return model.aliases?.find((a) => a.alias === alias)?.version ?? null
}

export async function setAliasApi(request: APIRequestContext, name: string, alias: string, version: string) {
  await call(request, 'POST', 'registered-models/alias', { name, alias, version })
}

/** Runlens tags of one version whose key starts with `prefix` (e.g. `runlens.decision.`). */
export async function runlensTags(request: APIRequestContext, name: string, version: string, prefix: string) {
  return ((await getVersion(request, name, version)).tags ?? []).filter((t) => t.key.startsWith(prefix))
}

/** A browser context whose Runlens identity (unverified name) is already set. */
export async function contextAs(browser: Browser, name: string): Promise<BrowserContext> {
  const context = await browser.newContext()
  await context.addInitScript((n) => localStorage.setItem('runlens.registry.identity', n), name)
  return context
}

/** Fills the comment of the open dialog. */
export async function comment(page: Page, text: string) {
  await page.getByRole('dialog').getByLabel('Comment (required)').fill(text)
}
