import { expect, test } from '@playwright/test'

test.describe('experiments list', () => {
  test('search by name, sort and lifecycle view update the URL and the list', async ({ page }) => {
    await page.goto('/experiments')
    const table = page.getByRole('table', { name: 'Experiments' })
    await expect(table.getByRole('link', { name: 'object-detection', exact: true })).toBeVisible()
    await expect(table.getByRole('link', { name: 'segmentation', exact: true })).toBeVisible()

    await page.getByRole('searchbox', { name: 'Search experiments by name' }).fill('SEG')
    await expect(page).toHaveURL(/[?&]q=SEG/)
    await expect(table.getByRole('link', { name: 'segmentation', exact: true })).toBeVisible()
    await expect(table.getByRole('link', { name: 'object-detection', exact: true })).toHaveCount(0)
    await page.getByRole('searchbox', { name: 'Search experiments by name' }).fill('')
    await expect(page).not.toHaveURL(/[?&]q=/)

    await page.getByRole('combobox', { name: 'Sort experiments' }).selectOption('name:asc')
    await expect(page).toHaveURL(/sort=name:asc/)
    const names = await table.locator('tbody tr td:nth-child(2) a').allTextContents()
    expect(names.filter((n) => !n.startsWith('e2e-'))).toEqual(['Default', 'object-detection', 'segmentation'].filter((n) => names.includes(n)))
    expect([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))).toEqual(names)

    await page.getByRole('combobox', { name: 'Lifecycle' }).selectOption('deleted')
    await expect(page).toHaveURL(/view=deleted/)
    await expect(table.getByRole('link', { name: 'scratch', exact: true })).toBeVisible()
    await expect(table.getByRole('link', { name: 'segmentation', exact: true })).toHaveCount(0)
    await page.getByRole('combobox', { name: 'Lifecycle' }).selectOption('all')
    await expect(table.getByRole('link', { name: 'scratch', exact: true })).toBeVisible()
    await expect(table.getByRole('link', { name: 'segmentation', exact: true })).toBeVisible()
  })

  test('tag filter narrows the list and is kept in the URL', async ({ page }) => {
    await page.goto('/experiments')
    await page.getByRole('textbox', { name: 'Tag filter' }).fill('task=object-detection')
    await page.getByRole('button', { name: 'Add filter' }).click()
    await expect(page).toHaveURL(/tag=task=object-detection/)
    const table = page.getByRole('table', { name: 'Experiments' })
    await expect(table.getByRole('link', { name: 'object-detection', exact: true })).toBeVisible()
    await expect(table.getByRole('link', { name: 'segmentation', exact: true })).toHaveCount(0)
    await page.getByRole('button', { name: 'Remove tag filter task' }).click()
    await expect(table.getByRole('link', { name: 'segmentation', exact: true })).toBeVisible()
  })

  test('open one experiment, or select several and browse them together', async ({ page }) => {
    await page.goto('/experiments')
    await page.getByRole('checkbox', { name: 'Select object-detection' }).check()
    await page.getByRole('checkbox', { name: 'Select segmentation' }).check()
    await page.getByRole('link', { name: 'Browse runs of 2 selected' }).click()
    await expect(page).toHaveURL(/\/experiments\/runs\?exp=\d+&exp=\d+/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/object-detection \+ segmentation|segmentation \+ object-detection/)
    const grid = page.getByRole('table', { name: 'Runs' })
    await expect(grid.getByRole('link', { name: 'resnet50-baseline' })).toBeVisible()
    await expect(grid.getByRole('link', { name: 'segformer-b2' })).toBeVisible()

    await page.goto('/experiments')
    await page.getByRole('table', { name: 'Experiments' }).getByRole('link', { name: 'segmentation', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('segmentation')
    await expect(page.getByRole('status', { name: 'Loaded runs' })).toHaveText('3 runs loaded')
  })
})
