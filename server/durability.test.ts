import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MlflowHttp } from './demo/http.ts'

const repoRoot = resolve(import.meta.dirname, '..')

type Cli = { child: ChildProcess; url: string }

/**
 * Runs `server/cli/server.ts` in its own Node process (no tsx wrapper process, so SIGKILL hits
 * the server itself) on a random port and waits for the "listening on <url>" line.
 */
function startCli(dataDir: string): Promise<Cli> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/server.ts', '--port', '0', '--data-dir', dataDir], {
    cwd: repoRoot,
    env: { ...process.env, RUNLENS_BASIC_AUTH: '', RUNLENS_BASIC_AUTH_FILE: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((resolvePromise, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`CLI did not start:\n${out}`)), 20_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /listening on (http:\/\/\S+)/.exec(out)
      if (match) {
        clearTimeout(timer)
        resolvePromise({ child, url: match[1] })
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`CLI exited with ${code}:\n${out}`))
    })
  })
}

function killHard(cli: Cli): Promise<void> {
  return new Promise((done) => {
    if (cli.child.exitCode !== null || cli.child.signalCode !== null) return done()
    cli.child.once('exit', () => done())
    cli.child.kill('SIGKILL')
  })
}

async function history(http: MlflowHttp, runId: string, key: string): Promise<{ step: number; value: number }[]> {
  const points: { step: number; value: number }[] = []
  let token: string | undefined
  do {
    const page = await http.get<{ metrics?: { step: number; value: number }[]; next_page_token?: string }>('metrics/get-history', {
      run_id: runId,
      metric_key: key,
      max_results: 25000,
      ...(token ? { page_token: token } : {}),
    })
    points.push(...(page.metrics ?? []))
    token = page.next_page_token
  } while (token)
  return points
}

const batch = (key: string, from: number, size: number) =>
  Array.from({ length: size }, (_, i) => ({ key, value: from + i, timestamp: 1714982400000 + from + i, step: from + i }))

describe('tracking server durability and concurrency (CLI child process)', () => {
  let dataDir: string
  let cli: Cli | undefined

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'runlens-durability-'))
  })
  afterAll(async () => {
    if (cli) await killHard(cli)
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('keeps every acknowledged log-batch across kill -9 and restart', async () => {
    cli = await startCli(dataDir)
    let http = new MlflowHttp(cli.url)
    const { experiment_id } = await http.post<{ experiment_id: string }>('experiments/create', { name: 'durability' })
    const { run } = await http.post<{ run: { info: { run_id: string } } }>('runs/create', { experiment_id, start_time: 1 })
    const runId = run.info.run_id
    const size = 250
    const acked: number[] = []
    // Four writers race the kill: whatever was acknowledged before SIGKILL must survive it.
    let next = 0
    const writer = async () => {
      for (;;) {
        const i = next++
        try {
          await http.post('runs/log-batch', { run_id: runId, metrics: batch('loss', i * size, size) })
          acked.push(i)
        } catch {
          return
        }
      }
    }
    const writers = Promise.all([writer(), writer(), writer(), writer()])
    while (acked.length < 40) await new Promise((r) => setTimeout(r, 5))
    await killHard(cli)
    await writers
    expect(acked.length).toBeGreaterThanOrEqual(40)

    cli = await startCli(dataDir)
    http = new MlflowHttp(cli.url)
    const steps = new Set((await history(http, runId, 'loss')).map((p) => p.step))
    const lost = acked.flatMap((i) => batch('loss', i * size, size)).filter((p) => !steps.has(p.step))
    expect(lost).toEqual([])
  }, 60_000)

  it('loses nothing when several clients log in parallel', async () => {
    if (!cli) cli = await startCli(dataDir)
    const http = new MlflowHttp(cli.url)
    const { experiment_id } = await http.post<{ experiment_id: string }>('experiments/create', { name: 'concurrency' })
    const shared = (await http.post<{ run: { info: { run_id: string } } }>('runs/create', { experiment_id })).run.info.run_id
    const clients = 8
    const batches = 10
    const size = 300
    const own = await Promise.all(
      Array.from({ length: clients }, async (_, c) => {
        const mine = (await http.post<{ run: { info: { run_id: string } } }>('runs/create', { experiment_id, run_name: `c${c}` })).run.info.run_id
        for (let b = 0; b < batches; b++) {
          const from = (c * batches + b) * size
          await Promise.all([
            http.post('runs/log-batch', { run_id: mine, metrics: batch('x', b * size, size), params: b === 0 ? [{ key: 'client', value: String(c) }] : [] }),
            http.post('runs/log-batch', { run_id: shared, metrics: batch('shared', from, size) }),
          ])
        }
        return mine
      }),
    )
    for (const runId of own) expect((await history(http, runId, 'x')).length).toBe(batches * size)
    const all = await history(http, shared, 'shared')
    expect(new Set(all.map((p) => p.step)).size).toBe(clients * batches * size)
  }, 60_000)
})
