import { expect, test } from '@playwright/test'
import { createExperiment, createRun, gotoPage } from './run-page-fixtures.ts'

// Every test writes only to runs it created, in an experiment of its own.
test.describe('run page: editing a run', () => {
  test('rename a run inline; empty names are refused', async ({ page, request }) => {
    const experimentId = await createExperiment(request, 'rename')
    const runId = await createRun(request, experimentId, 'before-rename')
    await gotoPage(page, `/experiments/${experimentId}/runs/${runId}`)
    await expect(page.getByRole('heading', { level: 1, name: 'before-rename' })).toBeVisible()
    await page.getByRole('button', { name: 'Rename run' }).click()
    const input = page.getByRole('textbox', { name: 'Run name' })
    await input.fill('   ')
    await expect(page.getByRole('alert')).toHaveText('Enter a name.')
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled()
    await input.fill('after-rename')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'after-rename' })).toBeVisible()
    // The server has it too (not only the cache).
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'after-rename' })).toBeVisible()
  })

  test('add, edit and delete a tag, with validation messages inline', async ({ page, request }) => {
    const experimentId = await createExperiment(request, 'tags')
    const runId = await createRun(request, experimentId, 'tag-target', { tags: { existing: 'one' } })
    await gotoPage(page, `/experiments/${experimentId}/runs/${runId}`)
    const tags = page.getByRole('table', { name: 'Tags', exact: true })
    await expect(tags.getByRole('row', { name: /existing/ })).toContainText('one')

    await page.getByRole('button', { name: 'Add tag' }).click()
    const form = page.getByRole('form', { name: 'Add tag' })
    await form.getByRole('textbox', { name: 'Tag key' }).fill('mlflow.secret')
    await form.getByRole('button', { name: 'Add' }).click()
    await expect(form.getByRole('alert')).toContainText('reserved for MLflow')
    await form.getByRole('textbox', { name: 'Tag key' }).fill('existing')
    await expect(form.getByRole('alert')).toContainText('already has a tag')
    await form.getByRole('textbox', { name: 'Tag key' }).fill('owner')
    await form.getByRole('textbox', { name: 'Tag value' }).fill('x'.repeat(8001))
    await expect(form.getByRole('alert')).toContainText('limit is 8,000')
    await form.getByRole('textbox', { name: 'Tag value' }).fill('team-perception')
    await form.getByRole('button', { name: 'Add' }).click()
    await expect(form).toBeHidden()
    await expect(tags.getByRole('row', { name: /owner/ })).toContainText('team-perception')

    await page.getByRole('button', { name: 'Edit tag owner' }).click()
    await page.getByRole('textbox', { name: 'Value of owner' }).fill('team-vision')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(tags.getByRole('row', { name: /owner/ })).toContainText('team-vision')

    await page.getByRole('button', { name: 'Delete tag owner' }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete tag “owner”?' })
    await dialog.getByRole('button', { name: 'Delete tag' }).click()
    await expect(dialog).toBeHidden()
    await expect(tags.getByRole('row', { name: /owner/ })).toHaveCount(0)

    const res = await request.get(`/api/2.0/mlflow/runs/get?run_id=${runId}`)
    const tagsOnServer = ((await res.json()) as { run: { data: { tags: { key: string }[] } } }).run.data.tags.map((t) => t.key)
    expect(tagsOnServer).toContain('existing')
    expect(tagsOnServer).not.toContain('owner')
  })

  test('a failed tag write shows the server message inline', async ({ page, request }) => {
    const experimentId = await createExperiment(request, 'tag-fail')
    const runId = await createRun(request, experimentId, 'tag-fail-target')
    await gotoPage(page, `/experiments/${experimentId}/runs/${runId}`)
    await page.route('**/api/2.0/mlflow/runs/set-tag', (route) =>
      route.fulfill({ status: 403, contentType: 'application/json', body: JSON.stringify({ error_code: 'PERMISSION_DENIED', message: 'User may not edit this run' }) }))
    await page.getByRole('button', { name: 'Add tag' }).click()
    const form = page.getByRole('form', { name: 'Add tag' })
    await form.getByRole('textbox', { name: 'Tag key' }).fill('owner')
    await form.getByRole('button', { name: 'Add' }).click()
    await expect(form.getByRole('alert')).toContainText('User may not edit this run')
  })

  test('the description renders markdown (tables, safe links, no raw HTML) and can be edited', async ({ page, request }) => {
    const experimentId = await createExperiment(request, 'description')
    const runId = await createRun(request, experimentId, 'described')
    await gotoPage(page, `/experiments/${experimentId}/runs/${runId}`)
    await page.getByRole('button', { name: 'Edit description' }).click()
    const markdown = ['## Results', '', '| split | mAP |', '|---|---|', '| val | 0.35 |', '', '[paper](https://example.com/paper)', '', '<b onclick="alert(1)">raw html</b>'].join('\n')
    await page.getByRole('textbox', { name: 'Description (markdown)' }).fill(markdown)
    await page.getByRole('button', { name: 'Save description' }).click()
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Description', exact: true }) })
    await expect(section.getByRole('heading', { name: 'Results' })).toBeVisible()
    await expect(section.getByRole('table').getByRole('row', { name: 'val 0.35' })).toBeVisible()
    await expect(section.getByRole('link', { name: 'paper' })).toHaveAttribute('rel', 'noopener noreferrer')
    await expect(section.locator('b')).toHaveCount(0)
    await expect(section.getByText('<b onclick="alert(1)">raw html</b>')).toBeVisible()
  })

  test('hostile names, tags and params are shown as text and run no script', async ({ page, request }) => {
    const hostile = '<img src=x onerror=alert(1)>'
    const experimentId = await createExperiment(request, 'xss')
    const runId = await createRun(request, experimentId, hostile, {
      params: { '<script>alert(2)</script>': hostile, long_value: 'v'.repeat(6000) },
      tags: { note: '<script>alert(3)</script>' },
    })
    let dialogs = 0
    page.on('dialog', (d) => {
      dialogs++
      void d.dismiss()
    })
    await gotoPage(page, `/experiments/${experimentId}/runs/${runId}`)
    await expect(page.getByRole('heading', { level: 1, name: hostile })).toBeVisible()
    await expect(page.getByRole('table', { name: 'Tags', exact: true }).getByText('<script>alert(3)</script>')).toBeVisible()
    await page.getByRole('tab', { name: /Params/ }).click()
    const params = page.getByRole('table', { name: 'Params' })
    await expect(params.getByText('<script>alert(2)</script>')).toBeVisible()
    await expect(page.locator('img[src="x"]')).toHaveCount(0)
    // A 6,000-character value is clipped in its row and shown whole in a dialog.
    await page.getByRole('button', { name: 'Show full value of long_value' }).click()
    const dialog = page.getByRole('dialog', { name: 'long_value' })
    await expect(dialog).toContainText('6,000 characters')
    const full = dialog.getByLabel('Full value', { exact: true })
    await expect(full).toBeVisible()
    expect(await full.textContent()).toBe('v'.repeat(6000))
    await page.keyboard.press('Escape')
    expect(dialogs).toBe(0)
  })
})

test.describe('run page: many params', () => {
  test('5,000 params render virtualised and stay searchable', async ({ page, request }) => {
    test.slow() // 50 log-batch calls to set up
    const experimentId = await createExperiment(request, 'many-params')
    const params = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`layer${i}.dim`, String(i * 2)]))
    const runId = await createRun(request, experimentId, 'many-params', { params })
    await gotoPage(page, `/experiments/${experimentId}/runs/${runId}?tab=params`)
    await expect(page.getByRole('tab', { name: /Params/ })).toContainText('5,000')
    const table = page.getByRole('table', { name: 'Params' })
    await expect(table.getByRole('row', { name: /layer0\.dim/ })).toBeVisible()
    // Only a window of rows is in the DOM.
    expect(await table.getByRole('row').count()).toBeLessThan(100)
    await page.getByRole('searchbox', { name: 'Search params' }).fill('layer4999.')
    await expect(table.getByRole('row', { name: /layer4999\.dim\s*9998/ })).toBeVisible()
  })
})
