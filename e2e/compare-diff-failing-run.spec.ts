import { expect, test, type APIRequestContext, type Route } from '@playwright/test'

// The params diff with one run that keeps failing: the other runs' table shows while that run is
// still being retried (never a view stuck on "loading"), the run is listed as failed with Retry,
// and once the server answers it joins the table.

const API = '/api/2.0/mlflow'
test.describe.configure({ timeout: 60_000 })
const FIRST_LOAD = { timeout: 30_000 }

async function idsOf(request: APIRequestContext, ...names: string[]): Promise<string[]> {
  const exps: string[] = []
  for (const name of ['object-detection', 'segmentation']) {
    const res = await request.get(`${API}/experiments/get-by-name`, { params: { experiment_name: name } })
    exps.push((await res.json()).experiment.experiment_id)
  }
  const res = await request.post(`${API}/runs/search`, { data: { experiment_ids: exps, max_results: 1000 } })
  const byName = new Map(((await res.json()) as { runs: { info: { run_id: string; run_name: string } }[] }).runs.map((r) => [r.info.run_name, r.info.run_id]))
  return names.map((n) => {
    const id = byName.get(n)
    if (!id) throw new Error(`demo run ${n} not found`)
    return id
  })
}

test('a run that keeps failing does not hold the params table; it joins once the server answers', async ({ page, request }) => {
  const [base, other, failing] = await idsOf(request, 'yolov8m-lr-sweep/lr=0.001', 'yolov8m-lr-sweep/lr=0.003', 'resnet50-baseline')
  // The batch search leaves the failing run out (as for a run of another experiment), so it is
  // asked for with runs/get: the first attempt gets a 503, retries wait until the test releases them.
  await page.route(new RegExp(`${API}/runs/search`), async (route: Route) => {
    const res = await route.fetch()
    const body = (await res.json()) as { runs?: { info: { run_id: string } }[] }
    await route.fulfill({ response: res, json: { ...body, runs: (body.runs ?? []).filter((r) => r.info.run_id !== failing) } })
  })
  let attempts = 0
  let release!: () => void
  const released = new Promise<void>((r) => (release = r))
  await page.route(new RegExp(`${API}/runs/get\\?run_id=${failing}`), async (route: Route) => {
    if (++attempts === 1) return route.fulfill({ status: 503, json: { error_code: 'TEMPORARILY_UNAVAILABLE', message: 'overloaded' } })
    await released
    await route.continue()
  })

  await page.goto(`/compare?v=1&run=${base}&run=${other}&run=${failing}&tab=params`)
  const table = page.getByRole('table', { name: 'Params by run' })
  await expect(table.getByRole('columnheader', { name: /lr=0\.001.*baseline/ })).toBeVisible(FIRST_LOAD)
  await expect(table.getByRole('columnheader', { name: /lr=0\.003/ })).toBeVisible()
  await expect(table.getByRole('columnheader', { name: /resnet50-baseline/ })).toHaveCount(0)
  const failed = page.getByRole('alert').filter({ hasText: `run ${failing}` })
  await expect(failed).toContainText('overloaded')
  await expect(failed.getByRole('button', { name: 'Retry' })).toBeVisible()
  // Shown while the run's retry is still waiting on the server, not after the retries ran out.
  expect(attempts).toBeGreaterThanOrEqual(1)
  await expect.poll(() => attempts).toBe(2)
  await expect(table).toBeVisible()

  release()
  await expect(table.getByRole('columnheader', { name: /resnet50-baseline/ })).toBeVisible()
  await expect(failed).toHaveCount(0)
})
