import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

// system/ metrics are sampled on their own clock: their "step" is a sample index, not a training
// step. A step zoom (kept in the URL) must narrow the training charts only, and a zoom on a
// system/ chart must stay among the system/ charts and out of the URL.

const API = '/api/2.0/mlflow'
const STEPS = 2000
const SAMPLES = 400
test.describe.configure({ timeout: 90_000 })

/** A fresh experiment with two runs logging `loss` per step and two system/ metrics per sample. */
async function seedRuns(request: APIRequestContext): Promise<string[]> {
  const name = `e2e-system-zoom-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`
  const exp = await (await request.post(`${API}/experiments/create`, { data: { name } })).json()
  const ids: string[] = []
  for (const [r, runName] of ['zoom-a', 'zoom-b'].entries()) {
    const { run } = await (await request.post(`${API}/runs/create`, { data: { experiment_id: exp.experiment_id, run_name: runName, start_time: 1716624000000 } })).json()
    const t0 = 1716624000000
    const metrics = [
      ...Array.from({ length: STEPS }, (_, i) => ({ key: 'loss', value: 2 / (1 + i / 100) + r * 0.1 + Math.sin(i) * 0.01, timestamp: t0 + i * 1000, step: i })),
      ...Array.from({ length: SAMPLES }, (_, i) => ({ key: 'system/gpu_utilization_percentage', value: 60 + 30 * Math.sin(i / 7 + r), timestamp: t0 + i * 5000, step: i })),
      ...Array.from({ length: SAMPLES }, (_, i) => ({ key: 'system/cpu_utilization_percentage', value: 20 + 10 * Math.cos(i / 5 + r), timestamp: t0 + i * 5000, step: i })),
    ]
    // log-batch takes at most 1,000 metrics per call.
    for (let i = 0; i < metrics.length; i += 1000) {
      const res = await request.post(`${API}/runs/log-batch`, { data: { run_id: run.info.run_id, metrics: metrics.slice(i, i + 1000) } })
      expect(res.ok()).toBe(true)
    }
    await request.post(`${API}/runs/update`, { data: { run_id: run.info.run_id, status: 'FINISHED', end_time: t0 + STEPS * 1000 } })
    ids.push(run.info.run_id)
  }
  return ids
}

const chart = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true })

/** "N of M points drawn" of a chart, once it has loaded every series. */
async function drawnCount(page: Page, title: string): Promise<number> {
  const region = chart(page, title)
  await expect(region).toContainText(/[\d,]+ of [\d,]+ points drawn/, { timeout: 30_000 })
  const text = (await region.getByText(/points drawn/).first().textContent()) ?? ''
  return Number(text.match(/([\d,]+) of/)![1].replace(/,/g, ''))
}

async function openLoaded(page: Page, url: string) {
  await page.goto(url)
  await expect(page.getByRole('status', { name: 'Loading progress' })).toContainText(/([1-9]\d*) of \1 series loaded/, { timeout: 30_000 })
}

test('a step zoom narrows training charts only; system/ charts keep their own zoom', async ({ page, request }) => {
  const ids = await seedRuns(request)
  const base = `/compare?v=1&${ids.map((id) => `run=${id}`).join('&')}&m=loss&m=system/gpu_utilization_percentage&m=system/cpu_utilization_percentage`
  const GPU = 'system/gpu_utilization_percentage'
  const CPU = 'system/cpu_utilization_percentage'

  await openLoaded(page, base)
  const full = { loss: await drawnCount(page, 'loss'), gpu: await drawnCount(page, GPU), cpu: await drawnCount(page, CPU) }
  expect(full.gpu).toBe(2 * SAMPLES)
  // The system/ charts say why they do not follow the step zoom.
  await expect(chart(page, GPU)).toContainText('this chart zooms together with the other system/ charts only')
  await expect(chart(page, 'loss')).not.toContainText('system/ charts only')

  // A shared link zoomed to steps 100–200: loss is cut to that range, system/ charts are not.
  await openLoaded(page, `${base}&zoom=100-200`)
  await expect.poll(() => drawnCount(page, 'loss')).toBeLessThan(full.loss / 4)
  expect(await drawnCount(page, GPU)).toBe(full.gpu)
  expect(await drawnCount(page, CPU)).toBe(full.cpu)

  // Zooming a system/ chart (mouse wheel) narrows both system/ charts and leaves loss and the URL alone.
  const lossZoomed = await drawnCount(page, 'loss')
  const canvas = chart(page, GPU).locator('canvas').first()
  const box = (await canvas.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  // The charts zoom with Shift + wheel (a plain wheel scrolls the page).
  await page.keyboard.down('Shift')
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -300)
  await page.keyboard.up('Shift')
  await expect.poll(() => drawnCount(page, GPU), { timeout: 15_000 }).toBeLessThan(full.gpu)
  await expect.poll(() => drawnCount(page, CPU), { timeout: 15_000 }).toBeLessThan(full.cpu)
  expect(await drawnCount(page, 'loss')).toBe(lossZoomed)
  expect(new URL(page.url()).searchParams.get('zoom')).toBe('100-200')
})
