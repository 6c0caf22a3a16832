/**
 * A page the benchmark times, in a fresh browser context that Playwright does not drive.
 *
 * Why not a Playwright page: Playwright enables the DevTools Network domain on every page and
 * worker it attaches to, so Chromium records every request and response for it. Users' browsers
 * do none of that. Measured on this 2-core machine, same build and minutes, alternating loads:
 * full fidelity 5.3 → 4.2 s, first chart paint 1.13 → 0.87 s, params diff 0.93 → 0.73 s without
 * that recording. The timed page is therefore opened and read through a bare DevTools session
 * (Page, Runtime, Emulation, HeapProfiler only); Playwright is kept for everything else.
 *
 * How: a browser-level CDP session creates the context and page. Playwright sees the new page
 * in a context it does not know and detaches from it; this module attaches on its own
 * (non-flattened session, messages through Target.sendMessageToTarget).
 */
import type { Browser, CDPSession } from '@playwright/test'

export type PlainPage = {
  /** Navigates and resolves on the load event (as Playwright's goto does). */
  goto: (url: string) => Promise<void>
  /** Runs `fn(arg)` in the page (arg as JSON) and returns its JSON result, promises awaited. */
  evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>
  /** Used JS heap plus ArrayBuffer backing stores in MB, after a forced GC. */
  heapMb: () => Promise<number>
  close: () => Promise<void>
}

/** As Playwright's default navigation timeout. */
const LOAD_TIMEOUT_MS = 60_000

type Reply = { id?: number; method?: string; result?: unknown; error?: { message: string } }
type Evaluated = { result?: { value?: unknown }; exceptionDetails?: { text?: string; exception?: { description?: string } } }

/** Opens about:blank in a new context, 1440×900 like the Playwright sessions, with `initScripts` run before any page script. */
export async function openPlainPage(browser: Browser, initScripts: string[]): Promise<PlainPage> {
  const cdp: CDPSession = await browser.newBrowserCDPSession()
  const { browserContextId } = await cdp.send('Target.createBrowserContext', { disposeOnDetach: true })
  const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank', browserContextId })
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false })

  let nextId = 0
  const pending = new Map<number, (reply: Reply) => void>()
  const waiters = new Map<string, () => void>()
  // A crashed or closed page answers nothing more: fail what waits instead of hanging the run.
  cdp.on('Target.detachedFromTarget', (event) => {
    if (event.sessionId !== sessionId) return
    for (const resolve of pending.values()) resolve({ error: { message: 'the page closed or crashed' } })
    pending.clear()
  })
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return
    const msg = JSON.parse(event.message) as Reply
    if (msg.id !== undefined) {
      pending.get(msg.id)?.(msg)
      pending.delete(msg.id)
    } else if (msg.method) waiters.get(msg.method)?.()
  })
  const send = async <T>(method: string, params: object = {}): Promise<T> => {
    const id = ++nextId
    const reply = new Promise<Reply>((resolve) => pending.set(id, resolve))
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
    const msg = await reply
    if (msg.error) throw new Error(`${method}: ${msg.error.message}`)
    return msg.result as T
  }
  const nextEvent = (method: string) => new Promise<void>((resolve) => waiters.set(method, () => {
    waiters.delete(method)
    resolve()
  }))

  async function evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    const expression = `(${fn.toString()})(${JSON.stringify(arg) ?? 'undefined'})`
    const r = await send<Evaluated>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text ?? 'evaluation failed')
    return r.result?.value as R
  }

  await send('Page.enable')
  await send('Emulation.setDeviceMetricsOverride', { width: 1440, height: 900, deviceScaleFactor: 1, mobile: false })
  for (const source of initScripts) await send('Page.addScriptToEvaluateOnNewDocument', { source })

  return {
    goto: async (url) => {
      const loaded = nextEvent('Page.loadEventFired')
      const nav = await send<{ errorText?: string }>('Page.navigate', { url })
      if (nav.errorText) throw new Error(`navigation to ${url} failed: ${nav.errorText}`)
      let timer: ReturnType<typeof setTimeout> | undefined
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no load event within ${LOAD_TIMEOUT_MS / 1000} s: ${url}`)), LOAD_TIMEOUT_MS)
      })
      await Promise.race([loaded, timeout]).finally(() => clearTimeout(timer))
    },
    evaluate,
    heapMb: async () => {
      // After a forced GC, so figures do not depend on GC timing. usedSize is the JS heap;
      // backingStorageSize adds ArrayBuffer memory (typed-array columns live outside the JS heap
      // and would otherwise flatter the figure). Web workers are not counted.
      await send('HeapProfiler.collectGarbage')
      const usage = await send<{ usedSize: number; backingStorageSize?: number }>('Runtime.getHeapUsage')
      return (usage.usedSize + (usage.backingStorageSize ?? 0)) / 1024 / 1024
    },
    close: async () => {
      await cdp.send('Target.disposeBrowserContext', { browserContextId }).catch(() => undefined)
      await cdp.detach().catch(() => undefined)
    },
  }
}
