import { defineConfig, devices } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/support/chromium.ts'

// Specs run against the real `npm start` process (built app + embedded tracking server) with a
// fresh data dir seeded with the demo workload. RUNLENS_E2E_BASE_URL points the same specs at an
// already running Runlens instead (e.g. one proxying a real MLflow server holding the workload).
const external = process.env.RUNLENS_E2E_BASE_URL
// Set once in the main process; workers inherit the environment, so they agree on port and path.
// A free port is picked unless RUNLENS_E2E_PORT is given: a fixed one collides with parallel runs.
process.env.RUNLENS_E2E_PORT ??= external ? '0' : freePort()
process.env.RUNLENS_E2E_DATA_DIR ??= join(tmpdir(), `runlens-e2e-${process.pid}-${Date.now()}`)
const port = Number(process.env.RUNLENS_E2E_PORT)
const isCI = !!process.env.CI

function freePort(): string {
  const script = "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim()
}

export default defineConfig({
  testDir: './e2e',
  // Generous: CI boxes are small (2 cores) and specs share them with the server under test.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  globalTeardown: './e2e/support/global-teardown.ts',
  use: {
    baseURL: external ?? `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          // Debian's Chromium, not a Playwright download (CI has no route to the CDN).
          executablePath: CHROMIUM_PATH,
          args: [...CHROMIUM_ARGS],
        },
      },
    },
  ],
  webServer: external
    ? undefined
    : {
        // The build runs before e2e (scripts/test.sh); this only starts the server. The port
        // opens after the demo seed is in, so the readiness URL means "data is there".
        command: `node_modules/.bin/tsx server/cli/start.ts --port ${port} --data-dir "${process.env.RUNLENS_E2E_DATA_DIR}"`,
        url: `http://127.0.0.1:${port}/health`,
        env: { MLFLOW_TRACKING_URI: '', RUNLENS_BASIC_AUTH: '', RUNLENS_SEED: '1' },
        reuseExistingServer: false,
        timeout: 120_000,
        stdout: 'pipe',
      },
})
