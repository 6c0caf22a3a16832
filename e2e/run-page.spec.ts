import { expect, test } from '@playwright/test'
import { findRun, gotoPage } from './run-page-fixtures.ts'

test.describe('run page: reading a run', () => {
  test('overview of resnet50-baseline shows details, description, tags, then params and metrics', async ({ page, request }) => {
    test.slow() // several tabs and lazily loaded sparklines
    const { runId, experimentId } = await findRun(request, 'resnet50-baseline')
    await gotoPage(page, `/experiments/${experimentId}/runs/${runId}`)
    await expect(page.getByRole('heading', { level: 1, name: 'resnet50-baseline' })).toBeVisible()
    await expect(page.getByText('FINISHED').first()).toBeVisible()
    const details = page.getByRole('region', { name: 'Details' }).or(page.locator('section', { has: page.getByRole('heading', { name: 'Details' }) }))
    await expect(details.getByText('alice')).toBeVisible()
    await expect(details.getByText('train.py')).toBeVisible()
    await expect(details.getByText('7d28ef51f2')).toBeVisible()
    await expect(details.getByRole('link', { name: 'object-detection' })).toBeVisible()
    // Datasets: name, digest and context.
    const datasets = page.getByRole('table', { name: 'Dataset inputs' })
    await expect(datasets.getByRole('row', { name: /coco2017-train.*213c2a7a.*training/ })).toBeVisible()
    await expect(datasets.getByText('s3://datasets/coco2017/train')).toBeVisible()
    // User tags shown, system tags folded away.
    const tags = page.getByRole('table', { name: 'Tags', exact: true })
    await expect(tags.getByRole('row', { name: /gpu_type/ })).toContainText('NVIDIA A100-SXM4-80GB')
    await expect(page.getByRole('table', { name: 'System tags' })).toBeHidden()
    await page.getByText(/System tags \(mlflow\.\*\)/).click()
    await expect(page.getByRole('table', { name: 'System tags' }).getByRole('row', { name: /mlflow\.source\.git\.commit/ })).toBeVisible()

    await page.getByRole('tab', { name: /Params/ }).click()
    await expect(page).toHaveURL(/[?&]tab=params/)
    const params = page.getByRole('table', { name: 'Params' })
    await expect(params.getByRole('row', { name: /learning_rate\s*0\.02/ })).toBeVisible()
    await page.getByRole('searchbox', { name: 'Search params' }).fill('backbone')
    await expect(params.getByRole('row', { name: /model\.backbone\.pretrained/ })).toBeVisible()
    await expect(params.getByRole('row', { name: /learning_rate/ })).toHaveCount(0)

    await page.getByRole('tab', { name: /Metrics/ }).click()
    await expect(page).toHaveURL(/[?&]tab=metrics/)
    const metrics = page.getByRole('table', { name: 'Metrics' })
    await expect(metrics.getByRole('row', { name: /val_mAP\b.*0\.35368/ })).toBeVisible()
    // Sparklines come from the lazily fetched history.
    await expect(metrics.getByRole('img', { name: /^val_mAP: \d+ points/ })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Chart val_mAP', exact: true })).toHaveAttribute('href', /\/compare\?/)
  })

  test('a FAILED run shows its status and NaN / infinite metric values as such', async ({ page, request }) => {
    const { runId, experimentId } = await findRun(request, 'yolov8l-1280-mosaic')
    await gotoPage(page, `/experiments/${experimentId}/runs/${runId}?tab=metrics`)
    await expect(page.getByText('FAILED').first()).toBeVisible()
    const metrics = page.getByRole('table', { name: 'Metrics' })
    await expect(metrics.getByRole('row', { name: /train_loss/ })).toContainText('NaN')
    await expect(metrics.getByRole('row', { name: /val_loss/ })).toContainText('∞')
    await expect(metrics.getByRole('img', { name: /^train_loss: \d+ points, \d+ NaN\/Inf/ })).toBeVisible()
  })

  test('an unknown run id shows the not-found view', async ({ page }) => {
    await gotoPage(page, '/experiments/1/runs/0123456789abcdef0123456789abcdef')
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible()
    await expect(page.getByText(/Run with id=0123456789abcdef0123456789abcdef not found/)).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  })

  test('a deleted run in a deleted experiment says so', async ({ page, request }) => {
    const { runId, experimentId } = await findRun(request, 'scratch-smoke-test')
    await gotoPage(page, `/experiments/${experimentId}/runs/${runId}`)
    const banner = page.getByRole('status', { name: 'Lifecycle' })
    await expect(banner).toContainText('This run is deleted.')
    await expect(banner).toContainText('is deleted')
    // Read-only: no rename or tag editing on a deleted run.
    await expect(page.getByRole('button', { name: 'Rename run' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Add tag' })).toHaveCount(0)
  })

  test('artifact tree opens .hydra/config.yaml with line numbers; the URL keeps tab and file', async ({ page, request, browser }) => {
    test.slow() // two browser contexts
    const { runId, experimentId } = await findRun(request, 'resnet50-baseline')
    await gotoPage(page, `/experiments/${experimentId}/runs/${runId}?tab=artifacts`)
    const files = page.getByRole('navigation', { name: 'Artifact files' })
    await files.getByRole('button', { name: '.hydra/' }).click()
    await files.getByRole('button', { name: /^config\.yaml/ }).click()
    await expect(page).toHaveURL(/[?&]art=\.hydra%2Fconfig\.yaml|[?&]art=\.hydra\/config\.yaml/)
    const preview = page.getByRole('region', { name: 'Preview of .hydra/config.yaml' })
    await expect(preview.getByLabel('File contents')).toContainText('backbone')
    await expect(preview.getByRole('link', { name: 'Download' })).toHaveAttribute('href', /get-artifact\?.*path=\.hydra%2Fconfig\.yaml/)
    // A JSON file is pretty-printed.
    await files.getByRole('button', { name: 'eval/' }).click()
    await files.getByRole('button', { name: /\.json/ }).first().click()
    await expect(page.getByRole('region', { name: /Preview of eval\/.*\.json/ }).getByLabel('File contents')).toContainText('"best_val_mAP"')

    // The same link in a fresh browser context shows the same tab and file.
    const url = `/experiments/${experimentId}/runs/${runId}?tab=artifacts&art=.hydra/config.yaml`
    const context = await browser.newContext()
    const fresh = await context.newPage()
    await gotoPage(fresh, url)
    await expect(fresh.getByRole('tab', { name: 'Artifacts' })).toHaveAttribute('aria-selected', 'true')
    await expect(fresh.getByRole('button', { name: /^config\.yaml/ })).toHaveAttribute('aria-current', 'true')
    await expect(fresh.getByRole('region', { name: 'Preview of .hydra/config.yaml' }).getByLabel('File contents')).toContainText('backbone')
    await context.close()
  })

  test('the Hydra tab shows overrides and the resolved config', async ({ page, request }) => {
    const { runId, experimentId } = await findRun(request, 'resnet50-baseline')
    await gotoPage(page, `/experiments/${experimentId}/runs/${runId}?tab=hydra`)
    await expect(page.getByRole('heading', { name: 'Overrides', exact: true })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Preview of .hydra/overrides.yaml' }).getByLabel('File contents')).toContainText('optim.lr=0.02')
    await expect(page.getByRole('heading', { name: 'Resolved config', exact: true })).toBeVisible()
  })
})
