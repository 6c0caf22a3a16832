/**
 * Debian Chromium through playwright-core, plus the in-page probes the scenarios read: long
 * tasks (PerformanceObserver registered before any app code), performance marks, resource
 * timing and the JS heap. Figures come from the browser's own clocks, never from sleeps.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium.ts'
import { openPlainPage, type PlainPage } from './plain-page.ts'

/** Launches Debian's Chromium headless (no Playwright browser download involved). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true })
}

type BenchWindow = { __bench: { longTasks: { start: number; duration: number }[] } }

/** Runs in the page before its scripts: collects long tasks, keeps every resource-timing entry. */
function initProbes(): void {
  const w = window as unknown as BenchWindow
  w.__bench = { longTasks: [] }
  performance.setResourceTimingBufferSize(100_000)
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__bench.longTasks.push({ start: e.startTime, duration: e.duration })
    }).observe({ type: 'longtask', buffered: true })
  } catch {
    // no long-task support: the figure reads as 0
  }
}

// tsx (esbuild keepNames) wraps named functions in `__name(...)`; functions serialized into the
// page by evaluate carry those calls, so the page needs a no-op `__name`.
const NAME_SHIM = 'globalThis.__name = globalThis.__name || function (f) { return f }'

/** A page the probes below can read: a timed PlainPage or a Playwright page. */
export type Evaluates = Pick<PlainPage, 'evaluate'>

/** The page figures are timed in: no Playwright, no DevTools network recording (see plain-page.ts), probes installed. */
export function openTimedPage(browser: Browser): Promise<PlainPage> {
  return openPlainPage(browser, [NAME_SHIM, `(${initProbes.toString()})()`])
}

export type Session = {
  context: BrowserContext
  page: Page
  responses: () => number
  /** Bytes received (headers + encoded bodies) of every finished request, workers' included. */
  transferred: () => Promise<number>
  close: () => Promise<void>
}

/** A fresh context (empty cache, no storage) with probes installed, 1440×900 like a laptop. */
export async function openSession(browser: Browser): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  await context.addInitScript({ content: NAME_SHIM })
  await context.addInitScript(initProbes)
  const page = await context.newPage()
  let responses = 0
  page.on('response', () => void responses++)
  // Resource timing only sees the page's own requests; history pages are fetched by workers,
  // whose requests Playwright reports here too.
  const sizes: Promise<number>[] = []
  page.on('requestfinished', (request) => void sizes.push(request.sizes().then((x) => x.responseHeadersSize + x.responseBodySize, () => 0)))
  page.setDefaultTimeout(60_000)
  const transferred = async () => (await Promise.all(sizes)).reduce((a, b) => a + b, 0)
  return { context, page, responses: () => responses, transferred, close: () => context.close() }
}

/**
 * Waits for performance mark `name` (set by the app) and returns its startTime in ms since
 * navigation start, or null when it does not appear within `timeoutMs` (feature not built).
 * Listens with a PerformanceObserver instead of polling: polling on every animation frame kept
 * Chromium producing frames (main-thread lifecycle, compositor, viz) through the whole wait,
 * CPU taken from the page being measured. The figure is the mark's own time either way.
 */
export async function waitForMark(page: Evaluates, name: string, timeoutMs: number): Promise<number | null> {
  try {
    return await page.evaluate(
      ([n, timeout]) =>
        new Promise<number | null>((resolve) => {
          const timer = setTimeout(() => {
            obs.disconnect()
            resolve(null)
          }, timeout)
          const obs = new PerformanceObserver((list) => {
            const hit = list.getEntries().find((e) => e.name === n)
            if (!hit) return
            clearTimeout(timer)
            obs.disconnect()
            resolve(hit.startTime)
          })
          // buffered: a mark set before this listener started is reported at once.
          obs.observe({ type: 'mark', buffered: true })
        }),
      [name, timeoutMs] as const,
    )
  } catch {
    return null // the page navigated or closed while waiting
  }
}

/** The longest long task (ms) that started in [from, to) page time; 0 when none (all tasks < 50 ms). */
export function longestTask(page: Evaluates, from: number, to = Number.POSITIVE_INFINITY): Promise<number> {
  return page.evaluate(([a, b]) => {
    const tasks = (window as unknown as BenchWindow).__bench.longTasks.filter((t) => t.start >= a && t.start < b)
    return tasks.reduce((m, t) => Math.max(m, t.duration), 0)
  }, [from, to === Number.POSITIVE_INFINITY ? 1e15 : to])
}

export type Traffic = { requests: number; bytes: number }

/** Requests and transferred bytes (resource timing incl. the document) since navigation start. */
export function traffic(page: Evaluates): Promise<Traffic> {
  return page.evaluate(() => {
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[]
    return { requests: entries.length, bytes: entries.reduce((s, e) => s + (e.transferSize || e.encodedBodySize), 0) }
  }, undefined)
}

/** Script URLs the page loaded so far (resource timing), for the first-page JS figure. */
export function scriptUrls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => e.initiatorType === 'script' || e.initiatorType === 'link' || /\.m?js(\?|$)/.test(e.name))
      .map((e) => e.name)
      .filter((u) => /\.m?js(\?|$)/.test(new URL(u).pathname)),
  )
}
