import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SeedResult } from '../demo/seed.ts'
import { startTrackingServer } from '../serve-tracking.ts'

export type TestServer = { url: string; dataDir: string; seed: SeedResult; close: () => Promise<void> }

/**
 * Starts the tracking app in-process on a random loopback port with a fresh temp data dir,
 * optionally seeded with the demo workload over HTTP. `close` stops it and deletes the folder.
 */
export async function startTestServer(options: { demo: boolean }): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'runlens-contract-'))
  try {
    const server = await startTrackingServer({ host: '127.0.0.1', port: 0, dataDir, demo: options.demo, auth: null })
    return {
      url: server.url,
      dataDir,
      seed: server.seed ?? { experiments: {}, runs: {} },
      close: async () => {
        await server.close()
        rmSync(dataDir, { recursive: true, force: true })
      },
    }
  } catch (err) {
    rmSync(dataDir, { recursive: true, force: true })
    throw err
  }
}
