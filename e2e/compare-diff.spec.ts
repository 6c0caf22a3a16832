import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test'

// Diff tabs of the compare page against the seeded demo workload (server/demo/**): run ids are
// looked up by name, never hard-coded, so the specs also run against a real MLflow holding it.

const API = '/api/2.0/mlflow'
// The built app is served with on-the-fly compression on a busy 2-core box: allow slow first loads.
test.describe.configure({ timeout: 60_000 })
/** For the first thing a test waits for after opening a page (cold chunks, histories, artifacts). */
const FIRST_LOAD = { timeout: 30_000 }

async function runIdsByName(request: APIRequestContext): Promise<Map<string, string>> {
  const ids: string[] = []
  for (const name of ['object-detection', 'segmentation']) {
    const res = await request.get(`${API}/experiments/get-by-name`, { params: { experiment_name: name } })
    expect(res.ok()).toBe(true)
    ids.push((await res.json()).experiment.experiment_id)
  }
  const res = await request.post(`${API}/runs/search`, { data: { experiment_ids: ids, max_results: 1000 } })
  expect(res.ok()).toBe(true)
  const body = (await res.json()) as { runs: { info: { run_id: string; run_name: string } }[] }
  return new Map(body.runs.map((r) => [r.info.run_name, r.info.run_id]))
}

async function idsOf(request: APIRequestContext, ...names: string[]): Promise<string[]> {
  const map = await runIdsByName(request)
  return names.map((n) => {
    const id = map.get(n)
    if (!id) throw new Error(`demo run ${n} not found`)
    return id
  })
}

const compareUrl = (runs: string[], extra = '') => `/compare?v=1&${runs.map((r) => `run=${r}`).join('&')}${extra}`

/** The virtualised params row whose key cell reads `name`. */
const paramRow = (page: Page, name: string): Locator =>
  page.getByRole('table', { name: 'Params by run' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) })

/** Painted params rows that overlap or leave a gap after the previous one (virtual rows are absolutely placed). */
const misplacedRows = (page: Page): Promise<number> =>
  page.getByRole('table', { name: 'Params by run' }).getByRole('rowgroup').evaluate((group) => {
    const boxes = [...group.querySelectorAll(':scope > [role="row"]')].map((r) => r.getBoundingClientRect()).sort((a, b) => a.top - b.top)
    return boxes.filter((b, i) => i > 0 && Math.abs(b.top - boxes[i - 1].bottom) > 0.5).length
  })

test.describe('compare: params diff', () => {
  test('differences only, search and numeric ratio', async ({ page, request }) => {
    const [base, other] = await idsOf(request, 'yolov8m-lr-sweep/lr=0.001', 'yolov8m-lr-sweep/lr=0.003')
    await page.goto(compareUrl([base, other], '&tab=params'))
    const table = page.getByRole('table', { name: 'Params by run' })
    await expect(table.getByRole('columnheader', { name: /lr=0\.001.*baseline/ })).toBeVisible(FIRST_LOAD)
    await expect(paramRow(page, 'architecture')).toBeVisible()

    await page.getByRole('checkbox', { name: 'Differences only' }).check()
    await expect(page).toHaveURL(/[?&]diff=1/)
    await expect(paramRow(page, 'architecture')).toHaveCount(0)
    await expect(paramRow(page, 'learning_rate')).toBeVisible()
    await expect(paramRow(page, 'learning_rate').getByRole('cell').nth(1)).toContainText('×3')

    await page.getByRole('searchbox', { name: 'Search params' }).fill('optim')
    await expect(paramRow(page, 'learning_rate')).toHaveCount(0)
    // optim.lr sits in the collapsible "optim" group; collapsing hides it, expanding shows it again.
    const group = table.getByRole('button', { name: /^optim\b/, expanded: true })
    await expect(group).toContainText('1 differ')
    await expect(paramRow(page, 'lr')).toContainText('×3')
    await group.click()
    await expect(paramRow(page, 'lr')).toHaveCount(0)
    await table.getByRole('button', { name: /^optim\b/, expanded: false }).click()
    await expect(paramRow(page, 'lr')).toBeVisible()
    expect(await page.evaluate(() => performance.getEntriesByName('runlens:diff-rendered').length)).toBe(1)
  })

  test('lists are compared structurally, expand and copy long values, missing keys', async ({ page, request, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const [base, other, parent] = await idsOf(request, 'resnet50-baseline', 'yolov8m-640', 'yolov8m-lr-sweep')
    await page.goto(compareUrl([base, other, parent], '&tab=params'))
    const aug = paramRow(page, 'augmentations').filter({ hasText: 'resize_shortest_edge' })
    await page.getByRole('searchbox', { name: 'Search params' }).fill('data.augmentations')
    await expect(aug).toBeVisible(FIRST_LOAD)
    await expect(aug.getByRole('cell').nth(2)).toHaveText('missing')
    await aug.hover()
    await aug.getByRole('button', { name: 'Expand value' }).first().click()
    await expect(aug.locator('pre').first()).toContainText('"hflip",')
    await aug.getByRole('button', { name: 'Copy value' }).first().click()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('["hflip", "resize_shortest_edge"]')
    // Only expanded rows are measured: the row grows, later rows move below it, and collapsing
    // it gives back the fixed row height (no stale measurement, no gap).
    await page.getByRole('searchbox', { name: 'Search params' }).fill('data.')
    await expect.poll(async () => (await aug.boundingBox())?.height ?? 0).toBeGreaterThan(48)
    await expect.poll(() => misplacedRows(page)).toBe(0)
    await aug.hover()
    await aug.getByRole('button', { name: 'Collapse value' }).first().click()
    await expect.poll(async () => (await aug.boundingBox())?.height).toBe(32)
    await expect.poll(() => misplacedRows(page)).toBe(0)
  })
})

test.describe('compare: metrics summary', () => {
  test('best run highlighted, direction switchable', async ({ page, request }) => {
    const [base, other] = await idsOf(request, 'resnet50-baseline', 'yolov8m-640')
    await page.goto(compareUrl([base, other], '&tab=metrics'))
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^val_mAP\b/ }) })
    await expect(row.locator('td[data-best]')).toHaveCount(1, FIRST_LOAD)
    // yolov8m-640 converges to 0.51 vs 0.35: it is the best run and improves on the baseline.
    await expect(row.locator('td').nth(1)).toHaveAttribute('data-best', 'true')
    await expect(row.locator('td').nth(1)).toContainText('best@')
    await row.getByRole('button', { name: /higher is better/ }).click()
    await expect(row.locator('td').nth(0)).toHaveAttribute('data-best', 'true')
    const loss = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^train_loss\b.*lower/ }) })
    await expect(loss).toContainText('min')
  })
})

test.describe('compare: Hydra', () => {
  test('tree diff shows the changed backbone and the overrides lane', async ({ page, request }) => {
    const [base, other] = await idsOf(request, 'resnet50-baseline', 'yolov8m-640')
    await page.goto(compareUrl([base, other], '&tab=hydra'))
    const tree = page.getByRole('table', { name: 'Hydra config diff' })
    const backbone = tree.locator('tr[data-path="model.backbone.name"]')
    await expect(backbone).toHaveAttribute('data-status', 'changed', FIRST_LOAD)
    await expect(backbone.locator('td').nth(0)).toHaveText('resnet50')
    await expect(backbone.locator('td').nth(1)).toHaveText('cspdarknet-m')
    // Identical subtrees start collapsed; a click opens them.
    const pretrained = tree.locator('tr[data-path="model.backbone.pretrained"]')
    await expect(pretrained).toHaveAttribute('data-status', 'same')
    await expect(tree.locator('tr[data-path="trainer.seed"]')).toHaveCount(1)

    const lane = page.getByRole('table', { name: 'Overrides lane' })
    await expect(lane.getByRole('row', { name: 'model.backbone.name' })).toHaveAttribute('data-differs', 'true')
    await expect(lane.getByRole('row', { name: 'model.backbone.name' })).toContainText('model.backbone.name=resnet50')
    await expect(lane.getByRole('row', { name: 'trainer.precision' })).toContainText('trainer.precision=bf16-mixed')
    await expect(page.getByText("Logged params agree with each run's config file.")).toBeVisible()
  })
})

test.describe('compare: artifact diff', () => {
  test('.hydra/config.yaml between two runs, side by side and unified', async ({ page, request }) => {
    const [base, other] = await idsOf(request, 'resnet50-baseline', 'yolov8m-640')
    await page.goto(compareUrl([base, other], '&tab=artifacts&art=.hydra/config.yaml'))
    const split = page.getByRole('table', { name: 'Side-by-side diff' })
    await expect(split.locator('tr[data-changed]').filter({ hasText: 'resnet50' }).first()).toContainText('cspdarknet-m', FIRST_LOAD)
    await page.getByRole('radio', { name: 'Unified' }).click()
    const unified = page.getByRole('table', { name: 'Unified diff' })
    await expect(unified.locator('tr[data-kind="del"]').filter({ hasText: 'name: resnet50' })).toHaveCount(1)
    await expect(unified.locator('tr[data-kind="add"]').filter({ hasText: 'name: cspdarknet-m' })).toHaveCount(1)
    await page.getByLabel('Artifact file').selectOption('.hydra/overrides.yaml')
    await expect(page).toHaveURL(/art=\.hydra\/overrides\.yaml/)
    await expect(unified.locator('tr[data-kind="add"]').filter({ hasText: 'trainer.precision=bf16-mixed' })).toHaveCount(1)
  })

  test('a copied link reopens identically in a fresh browser', async ({ page, request, browser }) => {
    const [base, a, b] = await idsOf(request, 'resnet50-baseline', 'resnet101-fpn', 'yolov8m-640')
    await page.goto(compareUrl([base, a, b], '&tab=params'))
    await page.getByRole('checkbox', { name: 'Differences only' }).check(FIRST_LOAD)
    await expect(page).toHaveURL(/diff=1/)
    await page.goto(page.url().replace('tab=params', 'tab=artifacts'))
    await expect(page.getByLabel('Artifact file')).toBeVisible(FIRST_LOAD)
    await page.getByLabel('Artifact file').selectOption('.hydra/config.yaml')
    await page.getByLabel('Right run').selectOption(b)
    await page.getByLabel('Left run').selectOption(a)
    await expect(page).toHaveURL(new RegExp(`pair=${a},${b}`))
    const link = page.url()

    const fresh = await browser.newContext()
    const other = await fresh.newPage()
    await other.goto(link)
    await expect(other.getByLabel('Artifact file')).toHaveValue('.hydra/config.yaml', FIRST_LOAD)
    await expect(other.getByLabel('Left run')).toHaveValue(a)
    await expect(other.getByLabel('Right run')).toHaveValue(b)
    await expect(other.getByRole('table', { name: 'Side-by-side diff' }).locator('tr[data-changed]').filter({ hasText: 'resnet101' }).first()).toContainText('cspdarknet-m')
    expect(new URL(other.url()).searchParams.get('diff')).toBe('1')
    await fresh.close()
  })
})
