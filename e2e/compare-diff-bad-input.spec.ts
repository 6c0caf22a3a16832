import { expect, test, type APIRequestContext } from '@playwright/test'
import { serveForbidden } from './support/faults.ts'

// Bad input for the compare diff tabs: fresh runs get broken Hydra files uploaded through the
// mlflow-artifacts proxy (as the Python client would), and page.route injects a 403.

const API = '/api/2.0/mlflow'
test.describe.configure({ timeout: 90_000 })
/** For the first thing a test waits for after opening a page (cold chunks, artifacts, big uploads). */
const FIRST_LOAD = { timeout: 30_000 }

async function experimentId(request: APIRequestContext): Promise<string> {
  const res = await request.get(`${API}/experiments/get-by-name`, { params: { experiment_name: 'object-detection' } })
  return (await res.json()).experiment.experiment_id
}

async function demoRunId(request: APIRequestContext, name: string): Promise<string> {
  const res = await request.post(`${API}/runs/search`, {
    data: { experiment_ids: [await experimentId(request)], filter: `attributes.run_name = '${name}'`, max_results: 1 },
  })
  const id = (await res.json()).runs?.[0]?.info.run_id
  if (!id) throw new Error(`demo run ${name} not found`)
  return id
}

type FreshRun = { id: string; upload: (path: string, body: string | Buffer) => Promise<void> }

/** An experiment of this spec's own, so the demo experiments keep their run counts for other specs. */
async function scratchExperimentId(request: APIRequestContext): Promise<string> {
  const name = `e2e-diff-bad-input-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`
  const res = await request.post(`${API}/experiments/create`, { data: { name } })
  expect(res.ok()).toBe(true)
  return (await res.json()).experiment_id
}

/** A new run in a scratch experiment, with optional params; `upload` PUTs an artifact file. */
async function freshRun(request: APIRequestContext, name: string, params: Record<string, string> = {}): Promise<FreshRun> {
  const res = await request.post(`${API}/runs/create`, { data: { experiment_id: await scratchExperimentId(request), run_name: `${name}-${Date.now()}`, start_time: Date.now() } })
  expect(res.ok()).toBe(true)
  const info = (await res.json()).run.info as { run_id: string; artifact_uri: string }
  const entries = Object.entries(params).map(([key, value]) => ({ key, value }))
  if (entries.length) expect((await request.post(`${API}/runs/log-batch`, { data: { run_id: info.run_id, params: entries } })).ok()).toBe(true)
  // artifact_uri is mlflow-artifacts:/<exp>/<run>/artifacts; the proxy serves the same path.
  const root = info.artifact_uri.replace(/^mlflow-artifacts:\/*/, '')
  return {
    id: info.run_id,
    upload: async (path, body) => {
      const put = await request.put(`/api/2.0/mlflow-artifacts/artifacts/${root}/${path}`, { data: body, headers: { 'Content-Type': 'application/octet-stream' } })
      expect(put.ok()).toBe(true)
    },
  }
}

const compareUrl = (runs: string[], extra = '') => `/compare?v=1&${runs.map((r) => `run=${r}`).join('&')}${extra}`

test('malformed YAML shows its line; HTML in keys and values stays text; param/config mismatch flagged', async ({ page, request }) => {
  const base = await demoRunId(request, 'resnet50-baseline')
  const broken = await freshRun(request, 'bad-yaml')
  await broken.upload('.hydra/config.yaml', 'model:\n  name: x\n  name: y\n')
  await broken.upload('.hydra/overrides.yaml', '- model=x\n')
  const html = await freshRun(request, 'html', { 'optim.lr': '0.5', '<b>key</b>': '<script>window.__pwned = 1</script>' })
  await html.upload('.hydra/config.yaml', "model:\n  '<img src=x onerror=alert(1)>': '<script>window.__pwned = 1</script>'\noptim:\n  lr: 0.01\n")

  await page.goto(compareUrl([base, broken.id, html.id], '&tab=hydra'))
  const yamlError = page.getByRole('alert').filter({ hasText: 'YAML error at line 3, column 3' })
  await expect(yamlError).toContainText('Map keys must be unique', FIRST_LOAD)
  await expect(yamlError.locator('pre')).toContainText('name: y')
  const tree = page.getByRole('table', { name: 'Hydra config diff' })
  await expect(tree.locator('tr[data-path="model.name"] td').nth(0)).toHaveText('faster_rcnn')
  await expect(tree.getByText('<script>window.__pwned = 1</script>')).toBeVisible()
  await expect(tree.getByText('<img src=x onerror=alert(1)>')).toBeVisible()
  await expect(page.getByRole('list', { name: 'Param and config mismatches' })).toContainText('optim.lr: param 0.5 ≠ config 0.01')
  await expect(page.getByRole('table', { name: 'Overrides lane' }).getByRole('row', { name: 'model', exact: true })).toContainText('model=x')

  await page.goto(compareUrl([base, broken.id, html.id], '&tab=params'))
  await page.getByRole('searchbox', { name: 'Search params' }).fill('<b>')
  await expect(page.getByRole('rowheader', { name: '<b>key</b>' })).toBeVisible(FIRST_LOAD)
  await expect(page.getByText('<script>window.__pwned = 1</script>').first()).toBeVisible()
  expect(await page.locator('img[src="x"]').count()).toBe(0)
  expect(await page.locator('b', { hasText: 'key' }).count()).toBe(0)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
})

test('files over 5 MB and binary files: messages and a download link, the rest still works', async ({ page, request }) => {
  const base = await demoRunId(request, 'resnet50-baseline')
  const big = await freshRun(request, 'big')
  await big.upload('.hydra/config.yaml', `big:\n${'  - padding line of a very large generated config file\n'.repeat(110_000)}`)
  const bin = await freshRun(request, 'bin')
  await bin.upload('.hydra/config.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0xff, 0xfe, 0x00, 0x10]))

  await page.goto(compareUrl([base, big.id, bin.id], '&tab=hydra'))
  await expect(page.getByRole('alert').filter({ hasText: 'too large to parse' })).toContainText('.hydra/config.yaml', FIRST_LOAD)
  await expect(page.getByRole('alert').filter({ hasText: 'binary file, not YAML' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Hydra config diff' }).locator('tr[data-path="model.name"] td').nth(0)).toHaveText('faster_rcnn')

  await page.goto(compareUrl([base, big.id, bin.id], `&tab=artifacts&art=.hydra/config.yaml&pair=${base},${big.id}`))
  const tooLarge = page.getByRole('alert').filter({ hasText: 'too large to diff' })
  await expect(tooLarge).toBeVisible(FIRST_LOAD)
  const href = await tooLarge.getByRole('link', { name: 'Download' }).getAttribute('href')
  expect(href).toContain('/get-artifact?')
  expect(href).toContain(`run_id=${big.id}`)
  await page.getByLabel('Right run').selectOption(bin.id)
  await expect(page.getByRole('alert').filter({ hasText: 'binary file' })).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`pair=${base},${bin.id}`))
})

test('runs without Hydra files and a 403 on one run: clear messages, the rest of the view works', async ({ page, request }) => {
  const [base, a, denied] = [await demoRunId(request, 'resnet50-baseline'), await demoRunId(request, 'resnet101-fpn'), await demoRunId(request, 'yolov8m-640')]
  const empty = await freshRun(request, 'no-hydra')
  await serveForbidden(page, new RegExp(`/artifacts/list\\?run_id=${denied}`))
  await page.goto(compareUrl([base, a, denied, empty.id], '&tab=hydra'))
  await expect(page.getByRole('alert').filter({ hasText: /Permission denied: artifacts of yolov8m-640/ })).toBeVisible(FIRST_LOAD)
  await expect(page.getByText(/has no Hydra files\./)).toBeVisible()
  const backbone = page.getByRole('table', { name: 'Hydra config diff' }).locator('tr[data-path="model.backbone.name"]')
  await expect(backbone.locator('td').nth(1)).toHaveText('resnet101')

  await page.unrouteAll()
  await serveForbidden(page, new RegExp(`/get-artifact\\?run_id=${denied}`))
  await page.goto(compareUrl([base, a, denied], `&tab=artifacts&art=.hydra/config.yaml&pair=${base},${denied}`))
  await expect(page.getByRole('alert').filter({ hasText: 'Permission denied: .hydra/config.yaml of yolov8m-640' })).toBeVisible(FIRST_LOAD)
  await page.getByLabel('Right run').selectOption(a)
  await expect(page.getByRole('table', { name: 'Side-by-side diff' }).locator('tr[data-changed]').first()).toContainText('resnet101')
})
