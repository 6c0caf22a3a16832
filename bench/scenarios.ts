/**
 * The browser scenarios. Each opens a fresh context, navigates to a Runlens link (built with
 * `hrefs`, the app's own link contract) and records figures from performance marks, long tasks
 * and the JS heap into the Collector. Timed pages are PlainPages (no DevTools network recording,
 * see plain-page.ts); requests and bytes, which need that recording (the history workers' fetches
 * are not in the page's resource timing), are counted once per scenario, in the first repetition,
 * in a Playwright session of their own. A missing mark makes that figure "n/a", not a failure.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'
import { hrefs } from '../src/url/hrefs.ts'
import { longestTask, openSession, openTimedPage, scriptUrls, traffic, waitForMark, type Evaluates, type Session } from './browser.ts'
import type { PlainPage } from './plain-page.ts'
import type { Discovered } from './load.ts'
import type { Collector } from './report.ts'
import { CURVES } from './workloads.ts'

export type ScenarioEnv = {
  browser: Browser; baseUrl: string; distDir: string; data: Discovered; c: Collector; markTimeoutMs: number
  /** Marks that never appeared in an earlier repetition: later ones wait only briefly for them. */
  missing: Set<string>
  /** 1-based repetition; requests and bytes are counted in the first (they do not vary). */
  rep: number
}

const MARK = { rows: 'runlens:rows-painted', chart: 'runlens:chart-painted', full: 'runlens:chart-full-fidelity', diff: 'runlens:diff-rendered' }
const notSet = (env: ScenarioEnv, mark: string) => `n/a (mark ${mark} not set within ${env.markTimeoutMs / 1000} s)`

/** waitForMark with the run's timeout, or 5 s for a mark already missing once (feature not built). */
async function mark(env: ScenarioEnv, page: Evaluates, name: string): Promise<number | null> {
  const t = await waitForMark(page, name, env.missing.has(name) ? 5000 : env.markTimeoutMs)
  if (t === null) env.missing.add(name)
  return t
}

/** Runs `body` with what `opening` gives (a Playwright session or a timed page), closed afterwards whatever happens. */
async function using<T extends { close: () => Promise<void> }>(opening: Promise<T>, body: (opened: T) => Promise<void>): Promise<void> {
  const opened = await opening
  try {
    await body(opened)
  } finally {
    await opened.close()
  }
}

const withSession = (env: ScenarioEnv, body: (s: Session) => Promise<void>) => using(openSession(env.browser), body)
const withTimedPage = (env: ScenarioEnv, body: (page: PlainPage) => Promise<void>) => using(openTimedPage(env.browser), body)

/**
 * Requests and bytes of loading `url` until `settled` resolves, counted in a Playwright session
 * (its network recording sees the workers' fetches too); first repetition only.
 */
async function countTraffic(env: ScenarioEnv, prefix: string, url: string, settled: (s: Session) => Promise<unknown>): Promise<void> {
  if (env.rep !== 1) return
  await withSession(env, async (s) => {
    await s.page.goto(url)
    await settled(s)
    const t = await traffic(s.page)
    env.c.add(`${prefix}.requests`, Math.max(t.requests, s.responses()))
    env.c.add(`${prefix}.bytes`, Math.max(t.bytes, await s.transferred()) / 1024)
  })
}

/** Gzip size (zlib default level, as a static server would send it) of the dist JS files the first page loaded. */
export async function firstPageJs(env: ScenarioEnv): Promise<void> {
  await withSession(env, async (s) => {
    await s.page.goto(env.baseUrl + hrefs.experiments(), { waitUntil: 'networkidle' })
    const urls = [...new Set(await scriptUrls(s.page))]
    let bytes = 0
    for (const u of urls) bytes += gzipSync(readFileSync(join(env.distDir, decodeURIComponent(new URL(u).pathname)))).length
    env.c.add('js.firstPage', bytes / 1024)
    env.c.add('js.firstPageFiles', urls.length)
  })
}

/**
 * Scrolls the run table's scroll container through the rows loaded when it starts (not
 * chasing further pages), then across all columns, one viewport per animation frame.
 * Returns the page time when scrolling began, or null when there is no scrollable table.
 */
async function scrollTable(page: Evaluates): Promise<{ start: number; note: string } | null> {
  return page.evaluate(async () => {
    const table = document.querySelector('[role="table"], [role="grid"], table')
    let el: HTMLElement | null = table?.parentElement ?? null
    while (el && !(el.scrollHeight > el.clientHeight + 1 && /(auto|scroll)/.test(getComputedStyle(el).overflowY))) el = el.parentElement
    if (!el) return null
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()))
    const start = performance.now()
    const bottom = el.scrollHeight - el.clientHeight
    // Bounded: at most 2,000 frames down and 500 across.
    for (let i = 0; i < 2000 && el.scrollTop < bottom - 1; i++) {
      el.scrollTop = Math.min(bottom, el.scrollTop + el.clientHeight)
      await frame()
    }
    const right = el.scrollWidth - el.clientWidth
    for (let i = 0; i < 500 && el.scrollLeft < right - 1; i++) {
      el.scrollLeft = Math.min(right, el.scrollLeft + el.clientWidth)
      await frame()
    }
    await frame()
    const rows = Math.round(bottom / 32)
    return { start, note: `scrolled ~${rows.toLocaleString('en-US')} rows × ${el.scrollWidth.toLocaleString('en-US')} px wide` }
  }, undefined)
}

/**
 * Resolves once the run table's "Loaded runs" status no longer says it is loading (true), or
 * false after `timeoutMs`. Checked every 100 ms: cheap, unlike polling every frame.
 */
function tableLoaded(page: Evaluates, timeoutMs: number): Promise<boolean> {
  return page.evaluate((timeout) => new Promise<boolean>((resolve) => {
    const t0 = performance.now()
    const check = () => {
      const status = [...document.querySelectorAll('[role="status"]')].find((el) => el.getAttribute('aria-label') === 'Loaded runs')
      if (status && !/Loading|loading more/.test(status.textContent ?? '')) resolve(true)
      else if (performance.now() - t0 > timeout) resolve(false)
      else setTimeout(check, 100)
    }
    check()
  }), timeoutMs)
}

/** (a) run table of the 10,000-run experiment: rows painted, then a scroll through rows and columns. */
export async function runTable(env: ScenarioEnv): Promise<void> {
  const url = env.baseUrl + hrefs.runs({ experimentIds: [env.data.tableExperimentId] })
  await withTimedPage(env, async (page) => {
    await page.goto(url)
    const painted = await mark(env, page, MARK.rows)
    env.c.add('table.rowsPainted', painted, painted === null ? notSet(env, MARK.rows) : undefined)
    // The table paints a small first page, then loads the rest of its first batch (up to 1,000
    // runs) on its own: scroll only once that batch is in, so the figure covers ~1,000 rows.
    await tableLoaded(page, env.markTimeoutMs)
    const scrolled = await scrollTable(page)
    if (scrolled) env.c.add('table.scrollLongTask', await longestTask(page, scrolled.start), scrolled.note)
    else env.c.add('table.scrollLongTask', null, 'n/a (no scrollable run table on the page)')
    env.c.add('table.heap', await page.heapMb())
  })
  await countTraffic(env, 'table', url, (s) => tableLoaded(s.page, env.markTimeoutMs))
}

/**
 * Sets the compare zoom through the URL (replaceState + popstate, which the router handles as
 * a navigation) and returns ms until the next `runlens:chart-painted`, or null on timeout.
 */
function zoomOnce(page: Evaluates, zoom: string | null, timeoutMs: number): Promise<number | null> {
  return page.evaluate(([z, mark, timeout]) => new Promise<number | null>((resolve) => {
    performance.clearMarks(mark as string)
    const url = new URL(location.href)
    if (z) url.searchParams.set('zoom', z as string)
    else url.searchParams.delete('zoom')
    const t0 = performance.now()
    const timer = setTimeout(() => { obs.disconnect(); resolve(null) }, timeout as number)
    const obs = new PerformanceObserver((list) => {
      const hit = list.getEntries().find((e) => e.name === mark)
      if (!hit) return
      clearTimeout(timer)
      obs.disconnect()
      resolve(hit.startTime - t0)
    })
    obs.observe({ type: 'mark' })
    history.replaceState(history.state, '', url)
    window.dispatchEvent(new PopStateEvent('popstate', { state: history.state }))
  }), [zoom, MARK.chart, timeoutMs] as const)
}

/** (b) compare 20 runs × 2 metrics × 50,000 steps: first paint, full fidelity, zoom, long tasks. */
export async function compareCharts(env: ScenarioEnv): Promise<void> {
  // The link as the run table's Compare button writes it: runs, their experiment, the charts.
  const url = env.baseUrl + hrefs.compare({ runs: env.data.curveRunIds, experiments: [env.data.curveExperimentId], metrics: [...CURVES.metrics] })
  await withTimedPage(env, async (page) => {
    await page.goto(url)
    const first = await mark(env, page, MARK.chart)
    env.c.add('compare.firstPaint', first, first === null ? notSet(env, MARK.chart) : undefined)
    const full = first === null ? null : await mark(env, page, MARK.full)
    env.c.add('compare.fullFidelity', full, full === null ? notSet(env, MARK.full) : undefined)
    if (full !== null) env.c.add('compare.longTask', await longestTask(page, 0, full), 'from navigation to full fidelity')
    else env.c.add('compare.longTask', null, notSet(env, MARK.full))
    if (full !== null) {
      // Zoom in, in further, out again: each measured from the URL change to the next paint mark.
      for (const z of ['5000-30000', '10000-12000', null, '1000-40000']) {
        const ms = await zoomOnce(page, z, 10_000)
        env.c.add('compare.zoom', ms, ms === null ? `n/a (no ${MARK.chart} after a zoom)` : 'URL zoom → next runlens:chart-painted')
      }
    } else env.c.add('compare.zoom', null, 'n/a (charts never reached full fidelity)')
    env.c.add('compare.heap', await page.heapMb())
  })
  // The traffic session also reports full fidelity under Playwright's network recording: the
  // figure this benchmark printed before timing in plain pages, so the two can be told apart.
  await countTraffic(env, 'compare', url, async (s) => {
    const full = await mark(env, s.page, MARK.full)
    env.c.add('compare.fullFidelityRecorded', full, full === null ? notSet(env, MARK.full) : 'one load, first repetition')
  })
}

/**
 * (c) params diff of 50 runs × 2,000 params: time to `runlens:diff-rendered`, from the link the run
 * table writes (with `exp=`), and from a hand-made link without it (the first runs are then read
 * one by one to learn their experiment).
 */
export async function paramsDiff(env: ScenarioEnv): Promise<void> {
  const url = env.baseUrl + hrefs.compare({ runs: env.data.configRunIds, experiments: [env.data.configExperimentId], tab: 'params' })
  await withTimedPage(env, async (page) => {
    await page.goto(url)
    const done = await mark(env, page, MARK.diff)
    env.c.add('diff.rendered', done, done === null ? notSet(env, MARK.diff) : undefined)
    env.c.add('diff.heap', await page.heapMb())
  })
  await withTimedPage(env, async (page) => {
    await page.goto(env.baseUrl + hrefs.compare({ runs: env.data.configRunIds, tab: 'params' }))
    const done = await mark(env, page, MARK.diff)
    env.c.add('diff.renderedNoHint', done, done === null ? notSet(env, MARK.diff) : undefined)
  })
  await countTraffic(env, 'diff', url, (s) => mark(env, s.page, MARK.diff))
}
