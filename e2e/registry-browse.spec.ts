import { expect as baseExpect, test } from '@playwright/test'

// Pages load real data from a server other specs use at the same time: wait longer than 10 s.
const expect = baseExpect.configure({ timeout: 30_000 })

// Read-only: the seeded demo registry (detector v1 Archived, v2 Production @champion,
// v3 Staging @challenger, v4 None; segmenter v1 Production @champion, v2 Staging).
test.describe('registry browsing', () => {
  // Multi-step flows over real HTTP; CI machines can be busy, so allow more than the default 30 s.
  test.describe.configure({ timeout: 120_000 })
  test('lists models with aliases and latest versions per stage; searches by tag', async ({ page }) => {
    await page.goto('/models')
    const table = page.getByRole('table', { name: 'Registered models' })
    const detector = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'detector', exact: true }) })
    await expect(detector).toContainText('@champion → v2')
    await expect(detector).toContainText('@challenger → v3')
    await expect(detector.getByRole('link', { name: 'v2' })).toBeVisible()
    await page.getByRole('searchbox', { name: 'Search models' }).or(page.getByLabel('Search models')).fill('task=semantic-segmentation')
    await page.getByRole('button', { name: 'Search' }).click()
    await expect(page).toHaveURL(/\/models\?q=task=semantic-segmentation$/)
    await expect(table.getByRole('link', { name: 'segmenter', exact: true })).toBeVisible()
    await expect(table.getByRole('link', { name: 'detector', exact: true })).toHaveCount(0)
  })

  test('model page: markdown description, versions with aliases and run links, metric chart', async ({ page }) => {
    await page.goto('/models/detector')
    await expect(page.getByRole('heading', { level: 1, name: 'detector' })).toBeVisible()
    await expect(page.getByText('Production object detector for the')).toBeVisible()
    const versions = page.getByRole('table', { name: 'Versions' })
    const v3 = versions.getByRole('row').filter({ has: page.getByRole('link', { name: 'v3', exact: true }) })
    await expect(v3).toContainText('Staging')
    await expect(v3).toContainText('@challenger')
    await expect(v3.getByRole('link', { name: 'yolov8m-640' })).toHaveAttribute('href', /\/experiments\/\d+\/runs\/[0-9a-f]{32}$/)
    const chart = page.getByRole('img', { name: 'val_mAP by model version' })
    await expect(chart.locator('canvas')).toBeVisible()
    await page.getByLabel('Metric').selectOption('val_loss')
    await expect(page).toHaveURL(/m=val_loss/)
    await expect(page.getByRole('img', { name: 'val_loss by model version' })).toBeVisible()
  })

  test('version page: URIs, source run metrics and params, model files; compare via URL', async ({ page }) => {
    await page.goto('/models/detector/versions/3')
    await expect(page.getByRole('heading', { level: 1, name: 'detector v3' })).toBeVisible()
    await expect(page.getByText('models:/detector/3', { exact: true })).toBeVisible()
    await expect(page.getByText('models:/detector@challenger', { exact: true })).toBeVisible()
    await expect(page.getByRole('table', { name: 'Key metrics' })).toContainText('val_mAP')
    await expect(page.getByRole('table', { name: 'Key params' })).toContainText('backbone')
    const files = page.getByRole('region', { name: 'Model artifacts' })
    await expect(files.getByRole('link', { name: 'MLmodel' })).toBeVisible()
    await files.getByRole('button', { name: /data\// }).click()
    await expect(files.getByRole('link', { name: 'weights.bin' })).toBeVisible()

    await page.goto('/models/detector/versions/3?tab=compare&alias=champion')
    await expect(page.getByRole('region', { name: 'Comparison of v3 with v2' })).toBeVisible()
    await expect(page.getByRole('table', { name: 'Metric deltas' })).toContainText('val_mAP (best)')
    await page.getByLabel('Compare v3 with').selectOption({ label: 'v1 (Archived)' })
    await expect(page).toHaveURL(/tab=compare&vs=1/)
    await expect(page.getByRole('region', { name: 'Comparison of v3 with v1' })).toBeVisible()
  })
})
