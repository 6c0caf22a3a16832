import { expect as baseExpect, test, type Page } from '@playwright/test'
import { aliasOf, comment, contextAs, createModel, runlensTags, setAliasApi, stages } from './registry-support.ts'

// Pages load real data from a server other specs use at the same time: wait longer than 10 s.
const expect = baseExpect.configure({ timeout: 30_000 })

/** Files "v3 → Production (archive existing)" from the version page as the current identity. */
async function fileStageRequest(page: Page, name: string, why: string) {
  await page.goto(`/models/${name}/versions/3`)
  await page.getByRole('button', { name: 'Change stage…' }).click()
  const dialog = page.getByRole('dialog', { name: `Change stage of ${name} v3` })
  await dialog.getByLabel('Target stage').selectOption('Production')
  await comment(page, why)
  await dialog.getByRole('button', { name: 'Request approval' }).click()
  await expect(dialog).toBeHidden()
}

const requestItem = (page: Page, name: string) => page.getByRole('list', { name: 'Requests' }).getByRole('listitem', { name: `Request ${name} v3 → Production (archive existing)` })

test.describe('request and approve (two people)', () => {
  // Multi-step flows over real HTTP; CI machines can be busy, so allow more than the default 30 s.
  test.describe.configure({ timeout: 120_000 })
  test('a researcher requests, a lead approves in another browser; the change and decision are recorded', async ({ browser, request }) => {
    const name = await createModel(request, 'approve')
    const researcher = await browser.newContext()
    const rPage = await researcher.newPage()
    await rPage.goto(`/models/${name}/versions/3`)
    await rPage.getByRole('button', { name: 'Change stage…' }).click()
    // No identity yet: the name is typed once, shown as unverified and remembered.
    const d = rPage.getByRole('dialog')
    await expect(d.getByText('unverified', { exact: true })).toBeVisible()
    await d.getByLabel('Your name').fill('rita')
    await d.getByRole('button', { name: 'Close' }).click()
    await fileStageRequest(rPage, name, 'mAP +10 points on COCO val')
    expect(await stages(request, name)).toEqual(['Archived', 'Production', 'Staging'])

    const lead = await contextAs(browser, 'lee-lead')
    const lPage = await lead.newPage()
    await lPage.goto('/requests')
    const item = requestItem(lPage, name)
    await expect(item).toContainText('Requested by rita')
    await expect(item).toContainText('mAP +10 points on COCO val')
    await item.getByRole('button', { name: 'Approve…' }).click()
    const dialog = lPage.getByRole('dialog', { name: `Approve request: ${name} v3 → Production (archive existing)` })
    await expect(dialog.getByRole('region', { name: 'What will change' }).getByRole('listitem')).toHaveText(['Production: v2 → Archived', 'v3: Staging → Production'])
    await expect(dialog.getByRole('region', { name: 'Comparison of v3 with v2' })).toBeVisible()
    await comment(lPage, 'LGTM')
    await dialog.getByRole('button', { name: 'Approve and apply' }).click()
    await expect(dialog).toBeHidden()
    expect(await stages(request, name)).toEqual(['Archived', 'Archived', 'Production'])
    const decisions = await runlensTags(request, name, '3', 'runlens.decision.')
    expect(decisions).toHaveLength(1)
    expect(JSON.parse(decisions[0]?.value ?? '{}')).toMatchObject({ v: 1, outcome: 'approved', by: 'lee-lead', byVerified: false, comment: 'LGTM' })
    expect(await runlensTags(request, name, '3', 'runlens.claim.')).toHaveLength(0)

    // The researcher sees the outcome in the model history.
    await rPage.goto(`/models/${name}?tab=history`)
    const history = rPage.getByRole('list', { name: 'History' })
    await expect(history).toContainText('Request v3 → Production (archive existing) approved')
    await expect(history).toContainText('Production: v2 → Archived; v3: Staging → Production')
    await researcher.close()
    await lead.close()
  })

  test('a lead rejects with a comment; the requester can cancel their own request', async ({ browser, request }) => {
    const name = await createModel(request, 'reject')
    const researcher = await contextAs(browser, 'rita')
    const rPage = await researcher.newPage()
    await fileStageRequest(rPage, name, 'first try')

    const lead = await contextAs(browser, 'lee-lead')
    const lPage = await lead.newPage()
    await lPage.goto(`/requests?model=${name}`)
    await expect(requestItem(lPage, name).getByRole('button', { name: 'Cancel request…' })).toHaveCount(0)
    await requestItem(lPage, name).getByRole('button', { name: 'Reject…' }).click()
    const dialog = lPage.getByRole('dialog')
    await comment(lPage, 'latency regression')
    await dialog.getByRole('button', { name: 'Reject request' }).click()
    await expect(dialog).toBeHidden()
    await expect(lPage.getByText('No pending requests')).toBeVisible()
    expect(JSON.parse((await runlensTags(request, name, '3', 'runlens.decision.'))[0]?.value ?? '{}')).toMatchObject({ outcome: 'rejected', comment: 'latency regression' })

    await fileStageRequest(rPage, name, 'second try')
    await rPage.goto(`/requests?model=${name}`)
    await requestItem(rPage, name).getByRole('button', { name: 'Cancel request…' }).click()
    await comment(rPage, 'found a bug first')
    await rPage.getByRole('dialog').getByRole('button', { name: 'Cancel request' }).click()
    await expect(rPage.getByRole('dialog')).toBeHidden()
    const outcomes = (await runlensTags(request, name, '3', 'runlens.decision.')).map((t) => (JSON.parse(t.value) as { outcome: string }).outcome).sort()
    expect(outcomes).toEqual(['cancelled', 'rejected'])
    expect(await stages(request, name)).toEqual(['Archived', 'Production', 'Staging'])
    await researcher.close()
    await lead.close()
  })

  test('two leads approving at once: exactly one applies', async ({ browser, request }) => {
    const name = await createModel(request, 'race')
    const researcher = await contextAs(browser, 'rita')
    await fileStageRequest(await researcher.newPage(), name, 'race me')
    const leads = await Promise.all(['lead-a', 'lead-b'].map((n) => contextAs(browser, n)))
    const pages = await Promise.all(leads.map((c) => c.newPage()))
    for (const page of pages) {
      await page.goto(`/requests?model=${name}`)
      await requestItem(page, name).getByRole('button', { name: 'Approve…' }).click()
      await comment(page, 'ship')
    }
    await Promise.all(pages.map((p) => p.getByRole('dialog').getByRole('button', { name: 'Approve and apply' }).click()))
    // One dialog closes with success; the other stays open and explains why nothing was applied.
    const state = (p: Page) => async () =>
      (await p.getByRole('dialog').count()) === 0 ? 'applied' : (await p.getByRole('dialog').getByRole('alert').count()) > 0 ? 'refused' : 'busy'
    await expect.poll(async () => [await state(pages[0] as Page)(), await state(pages[1] as Page)()].sort(), { timeout: 30_000 }).toEqual(['applied', 'refused'])
    const outcome = [await state(pages[0] as Page)(), await state(pages[1] as Page)()]
    const loser = pages[outcome.indexOf('refused')]
    // Its own re-read then also shows the registry moved on (v3 is in Production now).
    await expect(loser?.getByRole('dialog').getByRole('alert').filter({ hasText: /is applying this request|was just approved|already approved/ }) ?? null).toBeVisible()
    expect(await runlensTags(request, name, '3', 'runlens.decision.')).toHaveLength(1)
    expect(await runlensTags(request, name, '3', 'runlens.audit.')).toHaveLength(1)
    expect(await stages(request, name)).toEqual(['Archived', 'Archived', 'Production'])
    for (const c of [researcher, ...leads]) await c.close()
  })

  test('a request whose alias moved meanwhile shows the conflict and applies nothing', async ({ browser, request }) => {
    const name = await createModel(request, 'conflict')
    const researcher = await contextAs(browser, 'rita')
    const rPage = await researcher.newPage()
    await rPage.goto(`/models/${name}/versions/3`)
    await rPage.getByRole('button', { name: 'Set alias…' }).click()
    await comment(rPage, 'v3 should serve')
    await rPage.getByRole('dialog').getByRole('button', { name: 'Request approval' }).click()
    await expect(rPage.getByRole('dialog')).toBeHidden()
    await setAliasApi(request, name, 'champion', '1') // someone else moves it meanwhile

    const lead = await contextAs(browser, 'lee-lead')
    const lPage = await lead.newPage()
    await lPage.goto(`/requests?model=${name}`)
    await lPage.getByRole('listitem', { name: `Request ${name} @champion → v3` }).getByRole('button', { name: 'Approve…' }).click()
    const dialog = lPage.getByRole('dialog')
    await expect(dialog.getByRole('alert')).toContainText('Alias champion now points to v1 (it pointed to v2 when requested).')
    await expect(dialog.getByRole('button', { name: 'Approve and apply' })).toBeDisabled()
    expect(await aliasOf(request, name, 'champion')).toBe('1')
    await researcher.close()
    await lead.close()
  })
})
