/**
 * `npm run bench`: loads the scale workloads into a fresh embedded server (or uses
 * --mlflow-url), builds the app, starts the Runlens server over that data and measures it in
 * Debian's Chromium. Prints a table, writes bench/results/bench-<time>.json. Exits 0 unless
 * setup failed; cleans up temp dirs and child processes on every path.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser } from '@playwright/test'
import { parseBenchArgs, type BenchArgs } from './args.ts'
import { launchBrowser } from './browser.ts'
import { discoverWorkloads, loadWorkloads, type LoadResult } from './load.ts'
import { runToEnd, startChild, stopAll, waitForOutput } from './processes.ts'
import { buildFigures, Collector, formatTable } from './report.ts'
import { compareCharts, firstPageJs, paramsDiff, runTable, type ScenarioEnv } from './scenarios.ts'
import { parseServerBench } from './server-figures.ts'
import { TABLE } from './workloads.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const TSX = join(root, 'node_modules/.bin/tsx')
const VITE = join(root, 'node_modules/.bin/vite')
const log = (line: string) => console.log(`[bench] ${line}`)
const tempDirs: string[] = []
let browser: Browser | undefined

async function cleanup(): Promise<void> {
  await browser?.close().catch(() => undefined)
  browser = undefined
  await stopAll()
  for (const d of tempDirs.splice(0)) rmSync(d, { recursive: true, force: true })
}

/** A fresh embedded tracking server on a loopback port, loaded through REST; `vite build` meanwhile. */
async function loadEmbedded(args: BenchArgs, dataDir: string, distDir: string): Promise<LoadResult[]> {
  const tracking = startChild(TSX, ['server/cli/server.ts', '--host', '127.0.0.1', '--port', '0', '--data-dir', dataDir], { RUNLENS_BASIC_AUTH: '', RUNLENS_BASIC_AUTH_FILE: '' }, root)
  const url = (await waitForOutput(tracking, /listening on (http:\/\/127\.0\.0\.1:\d+)/, 60_000))[1]
  const [loaded] = await Promise.all([
    loadWorkloads(url, { tableRuns: Math.round(TABLE.runs * args.scale), concurrency: args.concurrency, tableBudgetSec: args.loadBudget, log }),
    build(args, distDir),
  ])
  await tracking.stop()
  return loaded
}

/**
 * Builds into a private dist dir (or copies the checkout's dist with --no-build), so another
 * `vite build` in the same checkout cannot replace the files while the benchmark serves them.
 */
async function build(args: BenchArgs, distDir: string): Promise<void> {
  if (!args.build) {
    if (!existsSync(join(root, 'dist', 'index.html'))) throw new Error('dist/index.html is missing: run without --no-build')
    cpSync(join(root, 'dist'), distDir, { recursive: true })
    return
  }
  const t0 = performance.now()
  await runToEnd(VITE, ['build', '--logLevel', 'warn', '--outDir', distDir, '--emptyOutDir'], 300_000)
  log(`vite build done in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
}

/** Warns (never silently) when workload (a) holds fewer runs than asked for. */
function reportScale(args: BenchArgs, loaded: LoadResult[]): number | undefined {
  const table = loaded.find((l) => l.runs !== undefined)
  const asked = Math.round(TABLE.runs * args.scale)
  if (!table?.runs) return undefined
  if (table.runs < asked) {
    const scale = table.runs / TABLE.runs
    console.warn(`[bench] WARNING: workload (a) was cut to ${table.runs.toLocaleString('en-US')} of ${asked.toLocaleString('en-US')} runs (scale ${scale.toFixed(3)}): ` +
      `ingest did not fit the ${args.loadBudget} s load budget. Run with --scale ${scale.toFixed(2)} (or a larger --load-budget) to choose the size explicitly.`)
  } else if (args.scale < 1) console.warn(`[bench] WARNING: workload (a) scaled to ${table.runs.toLocaleString('en-US')} runs (--scale ${args.scale}).`)
  return table.runs
}

async function runScenarios(env: Omit<ScenarioEnv, 'rep'>, reps: number, only: string[]): Promise<void> {
  const all = [['js', firstPageJs], ['table', runTable], ['compare', compareCharts], ['diff', paramsDiff]] as const
  const scenarios = all.filter(([prefix]) => only.length === 0 || only.includes(prefix))
  for (let rep = 1; rep <= reps; rep++) {
    for (const [prefix, scenario] of scenarios) {
      const t0 = performance.now()
      try {
        await scenario({ ...env, rep })
      } catch (err) {
        const msg = (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 160)
        log(`  ${prefix} (rep ${rep}) failed: ${msg}`)
        env.c.failScenario(prefix, `n/a (error: ${msg})`)
      }
      log(`  rep ${rep}/${reps} ${prefix}: ${((performance.now() - t0) / 1000).toFixed(1)} s`)
    }
  }
}

async function serverFigures(args: BenchArgs, c: Collector): Promise<void> {
  if (args.mlflowUrl || args.serverScale === 0 || (args.only.length > 0 && !args.only.includes('server'))) return
  log(`bench:server --scale ${args.serverScale}`)
  try {
    const out = await runToEnd(TSX, ['bench/server.ts', '--scale', String(args.serverScale)], 300_000)
    for (const [id, value] of Object.entries(parseServerBench(out))) c.add(id, value, `bench:server --scale ${args.serverScale}`)
  } catch (err) {
    log(`bench:server failed: ${(err instanceof Error ? err.message : String(err)).slice(0, 500)}`)
    c.failScenario('server', 'n/a (bench:server failed)')
  }
}

async function main(): Promise<number> {
  const args = parseBenchArgs(process.argv.slice(2))
  const started = performance.now()
  if (args.loadOnly && args.mlflowUrl) {
    await loadWorkloads(args.mlflowUrl, { tableRuns: Math.round(TABLE.runs * args.scale), concurrency: args.concurrency, tableBudgetSec: args.loadBudget, log })
    return 0
  }
  let loaded: LoadResult[] = []
  const dataDir = args.dataDir ? resolve(args.dataDir) : mkdtempSync(join(tmpdir(), 'runlens-bench-'))
  if (!args.dataDir) tempDirs.push(dataDir)
  const distDir = mkdtempSync(join(tmpdir(), 'runlens-bench-dist-'))
  tempDirs.push(distDir)
  if (args.mlflowUrl) await build(args, distDir)
  else loaded = await loadEmbedded(args, dataDir, distDir)
  const tableRuns = reportScale(args, loaded)

  const runlens = startChild(TSX, ['bench/serve-dist.ts', distDir, '--host', '127.0.0.1', '--port', '0', '--data-dir', dataDir, '--no-seed'], {
    MLFLOW_TRACKING_URI: args.mlflowUrl ?? '', RUNLENS_SEED: '0', RUNLENS_BASIC_AUTH: '', RUNLENS_BASIC_AUTH_FILE: '',
  }, root)
  const baseUrl = (await waitForOutput(runlens, /Runlens is running at (http:\/\/127\.0\.0\.1:\d+)/, 60_000))[1]
  log(`Runlens at ${baseUrl} (${args.mlflowUrl ? `proxying ${args.mlflowUrl}` : 'embedded server'})`)
  const data = await discoverWorkloads(baseUrl)
  browser = await launchBrowser()
  const chromiumVersion = browser.version()
  const c = new Collector()
  await runScenarios({ browser, baseUrl, distDir, data, c, markTimeoutMs: args.markTimeoutSec * 1000, missing: new Set() }, args.reps, args.only)
  await browser.close()
  browser = undefined
  await runlens.stop()
  await serverFigures(args, c)

  const figures = buildFigures(c)
  const seconds = (performance.now() - started) / 1000
  console.log(`\nRunlens benchmark: ${cpus().length} CPUs, Chromium ${chromiumVersion}, Node ${process.version}, ${args.reps} repetitions, ` +
    `(a) ${tableRuns?.toLocaleString('en-US') ?? '?'} runs, ${seconds.toFixed(0)} s total\n`)
  console.log(formatTable(figures))
  const resultsDir = join(root, 'bench', 'results')
  mkdirSync(resultsDir, { recursive: true })
  const file = join(resultsDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
  writeFileSync(file, `${JSON.stringify({
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30) },
    chromium: chromiumVersion, node: process.version,
    options: { ...args, tableRuns }, load: loaded, seconds, figures,
  }, null, 2)}\n`)
  console.log(`\nresults: ${file}`)
  return 0
}

// Hard bound on the whole run, whatever hangs (a dead server, a stuck page).
const watchdog = setTimeout(() => {
  console.error('[bench] gave up after 25 minutes')
  void cleanup().finally(() => process.exit(1))
}, 25 * 60_000)
watchdog.unref()
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanup().finally(() => process.exit(130)))

main().then(
  async (code) => {
    await cleanup()
    process.exit(code)
  },
  async (err: unknown) => {
    console.error(`[bench] setup failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`)
    await cleanup()
    process.exit(1)
  },
)
