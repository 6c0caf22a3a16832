/**
 * How every Runlens tool launches Debian's Chromium (Playwright cannot download its own here):
 * e2e (playwright.config.ts), the benchmark and the screenshot script.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium 15x renders its WebUI omnibox popup in a renderer of its own for every new window,
  // and Playwright opens a window per browser context: ~600 ms of CPU on this 2-core machine,
  // in the very seconds a test or benchmark loads its page. A user's browser pays it once, when
  // the window opens, so it has no place in the figures (measured: params diff 1.6 s → 1.0 s).
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
]
