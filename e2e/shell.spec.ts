import { expect, test } from '@playwright/test'
import { failNetwork, serveForbidden, serveUnauthenticated, VERSION_URL } from './support/faults.ts'

test.describe('app shell', () => {
  test('renders nav and the server indicator with the MLflow version', async ({ page }) => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/experiments$/)
    const nav = page.getByRole('navigation', { name: 'Main' })
    for (const name of ['Experiments', 'Models', 'Requests']) await expect(nav.getByRole('link', { name })).toBeVisible()
    const server = page.getByRole('status', { name: 'Tracking server' })
    // Embedded in the default setup; a remote URL when the specs run against a real server.
    await expect(server).toContainText(process.env.RUNLENS_E2E_BASE_URL ? /https?:\/\// : 'Embedded server')
    await expect(server).toContainText(/MLflow \d+\.\d+/)
  })

  test('nav links go to their section and mark it current', async ({ page }) => {
    await page.goto('/experiments')
    const nav = page.getByRole('navigation', { name: 'Main' })
    await nav.getByRole('link', { name: 'Models' }).click()
    await expect(page).toHaveURL(/\/models$/)
    await expect(nav.getByRole('link', { name: 'Models' })).toHaveAttribute('aria-current', 'page')
  })

  test('an unknown route shows the not-found page inside the shell', async ({ page }) => {
    await page.goto('/no/such/page')
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
    await page.getByRole('link', { name: 'Go to experiments' }).click()
    await expect(page).toHaveURL(/\/experiments$/)
  })

  test('an MLflow-style experiment link opens its runs', async ({ page }) => {
    await page.goto('/experiments/1')
    await expect(page).toHaveURL(/\/experiments\/runs\?(.*&)?exp=1(&|$)/)
  })

  test('keyboard focus is visible on nav links', async ({ page }) => {
    await page.goto('/experiments')
    await expect(page.getByRole('status', { name: 'Tracking server' })).toContainText('MLflow')
    const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Experiments' })
    for (let i = 0; i < 10 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
    await expect(link).toBeFocused()
    const outline = await link.evaluate((el) => {
      const s = getComputedStyle(el)
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) }
    })
    expect(outline.style).not.toBe('none')
    expect(outline.width).toBeGreaterThanOrEqual(2)
  })
})

test.describe('theme', () => {
  test('follows the system scheme until the user picks one, and remembers the choice', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto('/experiments')
    const html = page.locator('html')
    await expect(html).toHaveClass(/\bdark\b/)
    await page.emulateMedia({ colorScheme: 'light' })
    await expect(html).not.toHaveClass(/\bdark\b/)

    const theme = page.getByRole('radiogroup', { name: 'Theme' })
    await expect(theme.getByRole('radio', { name: 'System' })).toBeChecked()
    await theme.getByRole('radio', { name: 'Dark' }).click()
    await expect(html).toHaveClass(/\bdark\b/)
    const bg = await page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(bg).not.toBe('rgb(255, 255, 255)')

    // An explicit choice wins over the system and survives a reload (applied before first paint).
    await page.reload()
    await expect(html).toHaveClass(/\bdark\b/)
    await expect(theme.getByRole('radio', { name: 'Dark' })).toBeChecked()
    await theme.getByRole('radio', { name: 'Light' }).click()
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect(html).not.toHaveClass(/\bdark\b/)
  })
})

test.describe('server failures', () => {
  test('an unreachable server gets a full-page message with Retry', async ({ page }) => {
    const restore = await failNetwork(page, VERSION_URL)
    await page.goto('/experiments')
    await expect(page.getByRole('heading', { name: /Cannot reach the MLflow server at http/ })).toBeVisible({ timeout: 15_000 })
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0)
    await restore()
    await page.getByRole('button', { name: 'Retry' }).click()
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
    await expect(page.getByRole('status', { name: 'Tracking server' })).toContainText('MLflow')
  })

  test('401 says authentication is required, in the server\'s words', async ({ page }) => {
    await serveUnauthenticated(page, VERSION_URL, 'You are not authenticated. Please provide valid credentials.')
    await page.goto('/experiments')
    await expect(page.getByRole('heading', { name: 'Authentication required' })).toBeVisible()
    await expect(page.getByText('You are not authenticated. Please provide valid credentials.')).toBeVisible()
  })

  test('403 says permission denied, in the server\'s words', async ({ page }) => {
    await serveForbidden(page, VERSION_URL, 'Permission denied for experiment 42.')
    await page.goto('/experiments')
    await expect(page.getByRole('heading', { name: 'Permission denied' })).toBeVisible()
    await expect(page.getByText('Permission denied for experiment 42.')).toBeVisible()
  })
})
