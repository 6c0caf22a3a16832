import { expect, test, type Page } from '@playwright/test'
import { experimentId } from './run-table.fixtures.ts'

const grid = (page: Page) => page.getByRole('table', { name: 'Runs' })
const runLink = (page: Page, name: string) => grid(page).getByRole('link', { name, exact: true })
const status = (page: Page) => page.getByRole('status', { name: 'Loaded runs' })
const filterBox = (page: Page) => page.getByRole('combobox', { name: 'Filter runs' })

async function openDetection(page: Page, request: Parameters<typeof experimentId>[0], query = '') {
  const id = await experimentId(request, 'object-detection')
  await page.goto(`/experiments/runs?exp=${id}${query}`)
  await expect(runLink(page, 'resnet50-baseline')).toBeVisible()
  return id
}

test.describe('run table', () => {
  test('shows runs with status badges; first rows are marked for the benchmark', async ({ page, request }) => {
    await openDetection(page, request)
    await expect(status(page)).toHaveText('10 runs loaded')
    for (const s of ['FINISHED', 'FAILED', 'KILLED', 'RUNNING']) await expect(grid(page).getByText(s, { exact: true }).first()).toBeVisible()
    const marks = await page.evaluate(() => performance.getEntriesByName('runlens:rows-painted').length)
    expect(marks).toBe(1)
  })

  test('filter: valid, invalid (server message inline) and OR split into several searches', async ({ page, request }) => {
    await openDetection(page, request)
    await filterBox(page).fill("attributes.status = 'FAILED'")
    await filterBox(page).press('Enter')
    await expect(page).toHaveURL(/q=attributes\.status%20=%20'FAILED'|q=attributes.status/)
    await expect(runLink(page, 'yolov8l-1280-mosaic')).toBeVisible()
    await expect(status(page)).toHaveText('1 run loaded')

    await filterBox(page).fill('metrics.val_loss >> 1')
    await filterBox(page).press('Enter')
    await expect(page.getByRole('alert').filter({ hasText: /invalid|error|unexpected|expected/i })).toBeVisible()
    await expect(filterBox(page)).toHaveAttribute('aria-invalid', 'true')

    await filterBox(page).fill("(attributes.status = 'FAILED' OR attributes.status = 'KILLED') AND attributes.user_id != 'nobody'")
    await filterBox(page).press('Enter')
    await expect(page.getByRole('note')).toContainText('split into 2 MLflow searches')
    await expect(status(page)).toHaveText('2 runs loaded')
    await expect(runLink(page, 'efficientdet-d2')).toBeVisible()
    await expect(runLink(page, 'yolov8l-1280-mosaic')).toBeVisible()
  })

  test('filter autocomplete suggests keys and back-quotes dotted ones', async ({ page, request }) => {
    await openDetection(page, request)
    await page.getByRole('button', { name: 'Columns (11)' }).waitFor()
    await filterBox(page).pressSequentially('params.model.back')
    const option = page.getByRole('option', { name: /params\.`model\.backbone/ }).first()
    await expect(option).toBeVisible()
    await filterBox(page).press('Tab')
    await expect(filterBox(page)).toHaveValue(/^params\.`model\.backbone[^`]*`$/)
  })

  test('sorting through a header goes to the server and into the URL', async ({ page, request }) => {
    await openDetection(page, request)
    const started = grid(page).getByRole('columnheader', { name: /Started/ })
    await started.getByRole('button', { name: 'Started', exact: true }).click()
    await expect(page).toHaveURL(/sort=start_time:asc/)
    await expect(started).toHaveAttribute('aria-sort', 'ascending')
    await expect(grid(page).getByRole('row').nth(1)).toContainText('resnet50-baseline')
    await started.getByRole('button', { name: 'Started', exact: true }).click()
    await expect(page).toHaveURL(/sort=start_time:desc/)
    await expect(grid(page).getByRole('row').nth(1)).toContainText('yolov8m-lr-sweep')
  })

  test('a metric column can show its minimum; sorting it happens in the browser and says so', async ({ page, request }) => {
    await openDetection(page, request)
    await page.getByRole('button', { name: 'Column train_loss options' }).click()
    await page.getByRole('menuitemradio', { name: 'Minimum' }).click()
    const header = grid(page).getByRole('columnheader', { name: /train_loss \(min\)/ })
    await expect(header).toBeVisible()
    await expect(page.getByRole('progressbar', { name: 'Loading metric histories' })).toHaveCount(0, { timeout: 20_000 })
    await header.getByRole('button', { name: 'train_loss (min)', exact: true }).click()
    await expect(header).toContainText('browser sort')
    await expect(page).toHaveURL(/sort=metrics\.train_loss:asc/)
    // Minimum over a history can only be ≤ the last value shown before.
    const firstCell = grid(page).getByRole('row').nth(1)
    await expect(firstCell).not.toContainText('Loading')
  })

  test('nested runs expand under their parent', async ({ page, request }) => {
    await openDetection(page, request)
    await expect(runLink(page, 'yolov8m-lr-sweep/lr=0.01')).toHaveCount(0)
    await grid(page).getByRole('button', { name: /Expand yolov8m-lr-sweep \(3 child runs\)/ }).click()
    await expect(runLink(page, 'yolov8m-lr-sweep/lr=0.01')).toBeVisible()
    await expect(page).toHaveURL(/open=/)
    await grid(page).getByRole('button', { name: /Collapse yolov8m-lr-sweep/ }).click()
    await expect(runLink(page, 'yolov8m-lr-sweep/lr=0.01')).toHaveCount(0)
  })

  test('selected runs link to compare, with their experiment as a loading hint', async ({ page, request }) => {
    const id = await openDetection(page, request)
    await grid(page).getByRole('checkbox', { name: 'Select resnet50-baseline' }).click()
    await expect(grid(page).getByRole('checkbox', { name: 'Select resnet50-baseline' })).toBeChecked()
    await grid(page).getByRole('checkbox', { name: 'Select resnet101-fpn' }).click()
    await expect(grid(page).getByRole('checkbox', { name: 'Select resnet101-fpn' })).toBeChecked()
    await expect(page).toHaveURL(/sel=.+&sel=/)
    const toolbar = page.getByRole('toolbar', { name: 'Selected runs' })
    await expect(toolbar).toContainText('2 selected')
    const href = await toolbar.getByRole('link', { name: 'Compare 2' }).getAttribute('href')
    expect(href).toMatch(/^\/compare\?.*run=[0-9a-f]{32}.*run=[0-9a-f]{32}/)
    expect(href).toContain(`&exp=${id}`)
    await toolbar.getByRole('link', { name: 'Compare 2' }).click()
    await page.getByRole('tab', { name: 'Params' }).click()
    const table = page.getByRole('table', { name: 'Params by run' })
    await expect(table.getByRole('columnheader', { name: /resnet50-baseline/ })).toBeVisible()
    await expect(table.getByRole('columnheader', { name: /resnet101-fpn/ })).toBeVisible()
  })

  test('a shared link reproduces the table in a fresh browser; controls update the URL', async ({ page, request, browser }) => {
    const id = await openDetection(page, request)
    await grid(page).getByRole('checkbox', { name: 'Select resnet50-baseline' }).click()
    await expect(grid(page).getByRole('checkbox', { name: 'Select resnet50-baseline' })).toBeChecked()
    await filterBox(page).fill("attributes.user_id = 'alice'")
    await filterBox(page).press('Enter')
    await grid(page).getByRole('button', { name: 'Started', exact: true }).click()
    await expect(page).toHaveURL(/sort=start_time:asc/)
    const url = page.url()
    expect(url).toContain(`exp=${id}`)

    const fresh = await browser.newContext()
    const other = await fresh.newPage()
    await other.goto(url)
    await expect(filterBox(other)).toHaveValue("attributes.user_id = 'alice'")
    await expect(status(other)).toHaveText('2 runs loaded')
    await expect(grid(other).getByRole('columnheader', { name: /Started/ })).toHaveAttribute('aria-sort', 'ascending')
    await expect(grid(other).getByRole('checkbox', { name: 'Select resnet50-baseline' })).toBeChecked()
    await expect(grid(other).getByRole('row').nth(1)).toContainText('resnet50-baseline')
    await other.getByRole('combobox', { name: 'Lifecycle' }).selectOption('all')
    await expect(other).toHaveURL(/view=all/)
    await expect(runLink(other, 'resnet50-debug')).toBeVisible()
    await fresh.close()
  })

  test('unknown experiment ids give a notice, not an error page', async ({ page, request }) => {
    const id = await experimentId(request, 'segmentation')
    await page.goto(`/experiments/runs?exp=${id}&exp=987654`)
    await expect(page.getByRole('list', { name: 'Experiment notices' })).toContainText('Experiment 987654 does not exist')
    await expect(runLink(page, 'segformer-b2')).toBeVisible()
  })
})
