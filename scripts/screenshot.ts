import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium.ts'

// Takes the README screenshot of a running Runlens: `npx tsx scripts/screenshot.ts [url] [out]`.
const url = process.argv[2] ?? 'http://127.0.0.1:8080/experiments'
const out = process.argv[3] ?? 'docs/screenshot.png'
const theme = (process.env.THEME ?? 'light') as 'light' | 'dark'

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] })
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: theme, deviceScaleFactor: 1 })
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.waitForTimeout(Number(process.env.SETTLE_MS ?? 1000))
  await page.screenshot({ path: out })
  console.log(`wrote ${out}`)
} finally {
  await browser.close()
}
