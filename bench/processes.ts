/**
 * Child processes of the benchmark (tracking server, Runlens server, vite build, bench:server),
 * each in its own process group so cleanup can stop the real node child behind tsx too.
 */
import { spawn, type ChildProcess } from 'node:child_process'

export type Child = {
  proc: ChildProcess
  /** Everything the child printed so far (stdout + stderr), for error messages. */
  output: () => string
  /** SIGTERM to the whole group, SIGKILL after 3 s; resolves once the child exited. */
  stop: () => Promise<void>
  /** Resolves with the exit code. */
  exited: Promise<number | null>
}

const live = new Set<Child>()

/** Starts `command args` in a new process group (loopback-only servers are the caller's job). */
export function startChild(command: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd = process.cwd()): Child {
  const proc = spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  const keep = (b: Buffer) => {
    out += b.toString()
    if (out.length > 200_000) out = out.slice(-100_000)
  }
  proc.stdout?.on('data', keep)
  proc.stderr?.on('data', keep)
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)))
  const child: Child = {
    proc,
    output: () => out,
    exited,
    stop: async () => {
      live.delete(child)
      if (proc.exitCode !== null || proc.signalCode !== null || proc.pid === undefined) return
      const kill = (sig: NodeJS.Signals) => {
        try {
          process.kill(-proc.pid!, sig)
        } catch {
          // the group is already gone
        }
      }
      kill('SIGTERM')
      const timer = setTimeout(() => kill('SIGKILL'), 3000)
      await exited
      clearTimeout(timer)
      kill('SIGKILL') // stragglers of the group (e.g. the node child behind tsx)
    },
  }
  live.add(child)
  exited.then(() => live.delete(child), () => undefined)
  return child
}

/** Stops every child still running (used by cleanup on success, failure and signals). */
export async function stopAll(): Promise<void> {
  await Promise.all([...live].map((c) => c.stop()))
}

/** Waits until the child prints a line matching `re` (returns the match) or fails/exits/times out. */
export function waitForOutput(child: Child, re: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const m = child.output().match(re)
      if (m) {
        done()
        resolve(m)
      }
    }
    const onExit = (code: number | null) => {
      done()
      reject(new Error(`process exited (${code}) before printing ${re}:\n${child.output().slice(-3000)}`))
    }
    const timer = setTimeout(() => {
      done()
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${re}:\n${child.output().slice(-3000)}`))
    }, timeoutMs)
    const done = () => {
      clearTimeout(timer)
      child.proc.stdout?.off('data', check)
      child.proc.stderr?.off('data', check)
      child.proc.off('exit', onExit)
    }
    child.proc.stdout?.on('data', check)
    child.proc.stderr?.on('data', check)
    child.proc.once('exit', onExit)
    check()
  })
}

/** Runs a command to completion (bounded by `timeoutMs`); rejects on a non-zero exit. */
export async function runToEnd(command: string, args: string[], timeoutMs: number, env: NodeJS.ProcessEnv = {}): Promise<string> {
  const child = startChild(command, args, env)
  const timer = setTimeout(() => void child.stop(), timeoutMs)
  const code = await child.exited
  clearTimeout(timer)
  live.delete(child)
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}:\n${child.output().slice(-3000)}`)
  return child.output()
}
