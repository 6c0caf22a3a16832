import { expect, test, type Page } from '@playwright/test'
import { createExperiment, createManyRuns, createRun, runTags, uniqueName } from './run-table.fixtures.ts'

const grid = (page: Page) => page.getByRole('table', { name: 'Runs' })
const runLink = (page: Page, name: string) => grid(page).getByRole('link', { name, exact: true })
const status = (page: Page) => page.getByRole('status', { name: 'Loaded runs' })

test.describe('run table writes (own experiments)', () => {
  test('bulk add and remove a tag on selected runs', async ({ page, request }) => {
    const exp = await createExperiment(request, uniqueName('tags'))
    const a = await createRun(request, exp, { name: 'tag-a' })
    const b = await createRun(request, exp, { name: 'tag-b' })
    await page.goto(`/experiments/runs?exp=${exp}`)
    await grid(page).getByRole('checkbox', { name: 'Select all loaded runs' }).click()
    await expect(grid(page).getByRole('checkbox', { name: 'Select all loaded runs' })).toBeChecked()
    const toolbar = page.getByRole('toolbar', { name: 'Selected runs' })
    await expect(toolbar).toContainText('2 selected')

    await toolbar.getByRole('button', { name: 'Add tag' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('textbox', { name: 'Tag key' }).fill('reviewed')
    await dialog.getByRole('textbox', { name: 'Tag value' }).fill('yes')
    await dialog.getByRole('button', { name: 'Add tag' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Tagged 2 runs with “reviewed”' })).toBeVisible()
    expect((await runTags(request, a)).reviewed).toBe('yes')
    expect((await runTags(request, b)).reviewed).toBe('yes')

    await toolbar.getByRole('button', { name: 'Remove tag' }).click()
    await page.getByRole('dialog').getByRole('textbox', { name: 'Tag key' }).fill('reviewed')
    await page.getByRole('dialog').getByRole('button', { name: 'Remove tag' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Removed tag “reviewed” from 2 runs' })).toBeVisible()
    expect((await runTags(request, a)).reviewed).toBeUndefined()
  })

  test('delete asks for confirmation and can be undone', async ({ page, request }) => {
    const exp = await createExperiment(request, uniqueName('delete'))
    for (const name of ['del-1', 'del-2', 'del-3']) await createRun(request, exp, { name })
    await page.goto(`/experiments/runs?exp=${exp}`)
    await expect(status(page)).toHaveText('3 runs loaded')
    await grid(page).getByRole('checkbox', { name: 'Select all loaded runs' }).click()
    await expect(grid(page).getByRole('checkbox', { name: 'Select all loaded runs' })).toBeChecked()
    await page.getByRole('toolbar', { name: 'Selected runs' }).getByRole('button', { name: 'Delete 3' }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete 3 runs?' })
    await dialog.getByRole('button', { name: 'Delete' }).click()
    await expect(dialog).toBeHidden()
    await expect(status(page)).toHaveText('0 runs loaded')
    const toast = page.getByRole('status').filter({ hasText: 'Deleted 3 runs' })
    await toast.getByRole('button', { name: 'Undo' }).click()
    await expect(status(page)).toHaveText('3 runs loaded')
    await expect(runLink(page, 'del-2')).toBeVisible()
  })

  test('pages of 1000: "more available", then load all', async ({ page, request }) => {
    test.setTimeout(120_000)
    const exp = await createExperiment(request, uniqueName('paging'))
    await createManyRuns(request, exp, 1200)
    await page.goto(`/experiments/runs?exp=${exp}`)
    // The first 50 runs come alone (fast first paint), the rest of the batch follows on its own.
    await expect(status(page)).toHaveText('1,000 runs loaded, more available', { timeout: 30_000 })
    await page.getByRole('button', { name: 'Load all' }).click()
    await expect(status(page)).toHaveText('1,200 runs loaded')
    // Rows are virtualised: far fewer row elements than runs.
    expect(await grid(page).getByRole('row').count()).toBeLessThan(100)
  })

  test('hostile names and tags render as text; huge params do not break the table', async ({ page, request }) => {
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'
    const exp = await createExperiment(request, `${payload} ${uniqueName('xss')}`)
    const params: Record<string, string> = { long_value: 'v'.repeat(6000) }
    for (let i = 0; i < 5000; i++) params[`p.group${i % 10}.key_${i}`] = String(i)
    await createRun(request, exp, { name: payload, tags: { note: '<b>bold</b>', 'mlflow.note.content': `# Title\n\n<script>window.__xss=3</script>\n\n| a | b |\n|---|---|\n| 1 | 2 |` }, params })
    await page.goto(`/experiments/runs?exp=${exp}`)
    await expect(runLink(page, payload)).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toContainText('<img src=x')
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()

    await page.getByRole('button', { name: /^Columns/ }).click()
    const chooser = page.getByRole('dialog', { name: 'Columns' })
    await chooser.getByRole('searchbox', { name: 'Search columns' }).fill('long_value')
    await chooser.getByRole('checkbox', { name: 'params.long_value' }).check()
    await chooser.getByRole('searchbox', { name: 'Search columns' }).fill('key_4999')
    await chooser.getByRole('checkbox', { name: 'params.p.group9.key_4999' }).check()
    await chooser.getByRole('searchbox', { name: 'Search columns' }).fill('note')
    await chooser.getByRole('checkbox', { name: 'tags.note' }).check()
    await page.keyboard.press('Escape')
    await expect(grid(page).getByText('<b>bold</b>', { exact: true })).toBeVisible()
    await expect(grid(page).getByText('4999', { exact: true })).toBeVisible()

    await grid(page).getByRole('button', { name: `Edit ${payload}` }).click()
    const edit = page.getByRole('dialog', { name: 'Edit run' })
    await expect(edit.getByRole('heading', { name: 'Title' })).toBeVisible()
    await expect(edit.getByRole('table')).toBeVisible()
    await expect(edit).toContainText('<script>window.__xss=3</script>')
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
  })

  test('an empty experiment says so', async ({ page, request }) => {
    const exp = await createExperiment(request, uniqueName('empty'))
    await page.goto(`/experiments/runs?exp=${exp}`)
    await expect(page.getByText('This experiment has no runs yet.')).toBeVisible()
    await expect(status(page)).toHaveText('0 runs loaded')
  })
})
