import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { serveMlflowError } from './support/faults.ts'

const NAMES = ['resnet50-baseline', 'yolov8l-1280-mosaic', 'yolov8m-640', 'convnext-t-dino']

/** Run ids by run name, looked up through the REST API (ids differ per seeded server). */
async function runIds(request: APIRequestContext, names: readonly string[]): Promise<string[]> {
  const exps = await (await request.post('/api/2.0/mlflow/experiments/search', { data: { max_results: 100 } })).json()
  const experimentIds = (exps.experiments as Array<{ experiment_id: string }>).map((e) => e.experiment_id)
  const res = await (await request.post('/api/2.0/mlflow/runs/search', { data: { experiment_ids: experimentIds, max_results: 1000 } })).json()
  const byName = new Map((res.runs as Array<{ info: { run_id: string; run_name: string } }>).map((r) => [r.info.run_name, r.info.run_id]))
  return names.map((n) => {
    const id = byName.get(n)
    if (!id) throw new Error(`demo run ${n} not found`)
    return id
  })
}

async function compareUrl(request: APIRequestContext, extra = '', names = NAMES): Promise<string> {
  const ids = await runIds(request, names)
  return `/compare?v=1&${ids.map((id) => `run=${id}`).join('&')}${extra}`
}

const chart = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true })

/** The chart's canvas has drawn something (non-transparent pixels). */
async function expectPainted(region: Locator) {
  const canvas = region.locator('canvas').first()
  // Generous: the echarts chunk and histories can be slow on a busy CI machine.
  await expect(canvas).toBeVisible({ timeout: 30_000 })
  await expect
    .poll(async () =>
      canvas.evaluate((c: HTMLCanvasElement) => {
        const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data
        let n = 0
        if (data) for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++
        return n
      }),
      { timeout: 30_000 },
    )
    .toBeGreaterThan(2000)
}

async function expectFullyLoaded(page: Page) {
  await expect(page.getByRole('status', { name: 'Loading progress' })).toContainText(/([1-9]\d*) of \1 series loaded/, { timeout: 30_000 })
}

test.describe('compare: metric overlay charts', () => {
  test.describe.configure({ timeout: 90_000 })

  test('a compare link renders one chart per metric with data, runs and progress', async ({ page, request }) => {
    await page.goto(await compareUrl(request))
    await expect(page.getByRole('heading', { name: 'Compare 4 runs' })).toBeVisible()
    await expect(page.getByRole('tab', { name: 'Charts' })).toHaveAttribute('aria-selected', 'true')
    const strip = page.getByRole('list', { name: 'Compared runs' })
    for (const name of NAMES) await expect(strip.getByRole('link', { name })).toBeVisible()
    await expectFullyLoaded(page)
    await expectPainted(chart(page, 'train_loss'))
    await expectPainted(chart(page, 'val_mAP'))
    await expect(chart(page, 'train_loss')).toContainText(/[\d,]+ of [\d,]+ points drawn/)
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name))
    expect(marks).toEqual(expect.arrayContaining(['runlens:chart-painted', 'runlens:chart-full-fidelity']))
  })

  test('the metric picker adds a chart and writes it to the URL', async ({ page, request }) => {
    await page.goto(await compareUrl(request, '&m=train_loss'))
    await expectPainted(chart(page, 'train_loss'))
    await page.getByRole('button', { name: /Metrics/ }).click()
    const picker = page.getByRole('dialog', { name: 'Choose metrics' })
    await expect(picker.getByRole('group', { name: 'system/' })).toBeVisible()
    await picker.getByRole('searchbox', { name: 'Search metrics' }).fill('gpu_0_util')
    await expect(picker.getByRole('checkbox')).toHaveCount(1)
    await picker.getByRole('checkbox', { name: 'system/gpu_0_utilization_percentage' }).click() // the URL update re-renders the box checked (not synchronously, so no .check())
    await expect(page).toHaveURL(/m=train_loss&m=system\/gpu_0_utilization_percentage/)
    await expectPainted(chart(page, 'system/gpu_0_utilization_percentage'))
  })

  test('controls update the URL: smoothing, weight, x axis, log scale, outliers, grouping', async ({ page, request }) => {
    await page.goto(await compareUrl(request, '&m=train_loss'))
    await expectPainted(chart(page, 'train_loss'))
    await page.getByRole('combobox', { name: 'Smoothing' }).selectOption('ema')
    await expect(page).toHaveURL(/smooth=ema/)
    await page.getByRole('slider', { name: 'Smoothing weight' }).fill('0.85')
    await expect(page).toHaveURL(/w=0\.85/)
    await page.getByText('Relative time').click()
    await expect(page).toHaveURL(/x=relative/)
    await expectPainted(chart(page, 'train_loss'))
    await page.getByRole('checkbox', { name: 'Log Y' }).click()
    await expect(page).toHaveURL(/logy=1/)
    await page.getByRole('checkbox', { name: 'Ignore outliers' }).click()
    await expect(page).toHaveURL(/outliers=1/)
    await expect(chart(page, 'train_loss')).toContainText('5th–95th percentile')
    await page.getByRole('combobox', { name: 'Group by' }).selectOption('params.optimizer')
    await expect(page).toHaveURL(/group=params\.optimizer/)
    await expect(chart(page, 'train_loss')).toContainText(/Groups: runs/)
    await page.getByRole('combobox', { name: 'Band' }).selectOption('ci95')
    await expect(page).toHaveURL(/band=ci95/)
    await expectPainted(chart(page, 'train_loss'))
  })

  test('NaN values of the FAILED run are noted and counted in the tooltip', async ({ page, request }) => {
    await page.goto(await compareUrl(request, '&m=train_loss'))
    const region = chart(page, 'train_loss')
    await expectPainted(region)
    await expect(region).toContainText('yolov8l-1280-mosaic: 25 NaN; drawn as gaps with markers on the plot edge.')
    const box = (await region.locator('canvas').first().boundingBox())!
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.6)
    await expect(region.getByText('25 NaN in series')).toBeVisible()
  })

  test('a failed history request shows an error on that run only, and Retry recovers', async ({ page, request }) => {
    const [, failing] = await runIds(request, NAMES)
    const restore = await serveMlflowError(page, new RegExp(`metrics/get-history\\?.*run_id=${failing}`), 500, 'INTERNAL_ERROR', 'database is locked')
    await page.goto(await compareUrl(request, '&m=train_loss'))
    const strip = page.getByRole('list', { name: 'Compared runs' })
    const alert = strip.getByRole('alert')
    await expect(alert).toHaveCount(1, { timeout: 30_000 })
    await expect(alert).toContainText('train_loss: full history failed (database is locked)')
    await expect(chart(page, 'train_loss')).toContainText('Full history failed for yolov8l-1280-mosaic')
    await expectPainted(chart(page, 'train_loss'))
    await restore()
    await strip.getByRole('button', { name: 'Retry yolov8l-1280-mosaic' }).click()
    await expect(alert).toHaveCount(0)
    await expectFullyLoaded(page)
  })

  test('a shared link reopens with the same charts and settings in a fresh browser', async ({ page, request, browser }) => {
    await page.goto(await compareUrl(request, '&m=train_loss&m=val_mAP,val_mAP50'))
    await expectPainted(chart(page, 'train_loss'))
    await page.getByRole('combobox', { name: 'Smoothing' }).selectOption('gauss')
    await expect(page).toHaveURL(/smooth=gauss/)
    await page.getByRole('checkbox', { name: 'Log Y' }).click()
    await expect(page).toHaveURL(/logy=1/)
    await page.getByText('Wall time').click()
    await expect(page).toHaveURL(/x=wall/)
    const shared = page.url()
    expect(shared.length).toBeLessThan(4000)

    const other = await browser.newContext()
    const fresh = await other.newPage()
    await fresh.goto(shared)
    await expectPainted(chart(fresh, 'train_loss'))
    await expectPainted(chart(fresh, 'val_mAP · val_mAP50'))
    await expect(fresh.getByRole('combobox', { name: 'Smoothing' })).toHaveValue('gauss')
    await expect(fresh.getByRole('checkbox', { name: 'Log Y' })).toBeChecked()
    await expect(fresh.getByRole('radio', { name: 'Wall time' })).toBeChecked()
    expect(fresh.url()).toBe(shared)
    await other.close()
  })

  test('exports the full data of a chart as CSV', async ({ page, request }) => {
    await page.goto(await compareUrl(request, '&m=train_loss'))
    await expectFullyLoaded(page)
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export full data of train_loss as CSV' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe('train_loss-full.csv')
    const text = await readFile((await file.path())!, 'utf8')
    const lines = text.trim().split('\r\n')
    expect(lines[0]).toBe('run_id,run_name,metric,step,timestamp,value')
    expect(lines.filter((l) => l.includes('yolov8l-1280-mosaic') && l.endsWith(',NaN'))).toHaveLength(25)
  })
})
