import { expect, test, type Page } from '@playwright/test'
import { experimentId } from './run-table.fixtures.ts'

const grid = (page: Page) => page.getByRole('table', { name: 'Runs' })
const header = (page: Page, name: string) => grid(page).getByRole('columnheader', { name: new RegExp(`^${name}`) })

/** Visible header labels in screen order (select and run-name columns lead). */
async function headerOrder(page: Page): Promise<string[]> {
  const texts = await grid(page).getByRole('columnheader').allInnerTexts()
  return texts.map((t) => t.replace(/[⋮▲▼\d]+$/u, '').trim()).filter(Boolean)
}

test.describe('run table column reorder', () => {
  test('dragging a header moves the column; the order survives a reload', async ({ page, request }) => {
    const id = await experimentId(request, 'object-detection')
    await page.goto(`/experiments/runs?exp=${id}`)
    await expect(grid(page).getByRole('link', { name: 'resnet50-baseline', exact: true })).toBeVisible()
    const before = await headerOrder(page)
    expect(before.slice(0, 4)).toEqual(['Run', 'Status', 'Started', 'Duration'])

    // Drop "Duration" on the left half of "Status": it lands before it.
    const status = header(page, 'Status')
    const box = await status.boundingBox()
    if (!box) throw new Error('Status header has no box')
    await header(page, 'Duration').dragTo(status, { targetPosition: { x: 8, y: box.height / 2 } })
    const moved = ['Run', 'Duration', 'Status', 'Started']
    await expect.poll(async () => (await headerOrder(page)).slice(0, 4)).toEqual(moved)

    await page.reload()
    await expect(grid(page).getByRole('link', { name: 'resnet50-baseline', exact: true })).toBeVisible()
    await expect.poll(async () => (await headerOrder(page)).slice(0, 4)).toEqual(moved)
  })

  test('dropping on the right half places the column after the target; the menu still moves columns', async ({ page, request }) => {
    const id = await experimentId(request, 'object-detection')
    await page.goto(`/experiments/runs?exp=${id}`)
    await expect(grid(page).getByRole('link', { name: 'resnet50-baseline', exact: true })).toBeVisible()
    const started = header(page, 'Started')
    const box = await started.boundingBox()
    if (!box) throw new Error('Started header has no box')
    await header(page, 'Status').dragTo(started, { targetPosition: { x: box.width - 12, y: box.height / 2 } })
    await expect.poll(async () => (await headerOrder(page)).slice(0, 4)).toEqual(['Run', 'Started', 'Status', 'Duration'])

    // Keyboard path: the column menu's "Move left" undoes it.
    await page.getByRole('button', { name: 'Column Status options' }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('menuitem', { name: 'Move left' }).click()
    await expect.poll(async () => (await headerOrder(page)).slice(0, 4)).toEqual(['Run', 'Status', 'Started', 'Duration'])
  })
})
