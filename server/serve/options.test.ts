import { describe, expect, it } from 'vitest'
import { parseServeOptions, stripCredentials, upstreamAuthorization, UsageError } from './options.ts'

const b64 = (s: string) => Buffer.from(s).toString('base64')

describe('parseServeOptions', () => {
  it.each([
    { name: 'defaults', argv: [], env: {}, port: 8080, host: '127.0.0.1', dataDir: '/repo/.data/mlflow', seed: true },
    { name: 'env', argv: [], env: { PORT: '9000', HOST: '0.0.0.0', RUNLENS_DATA_DIR: '/srv/ml' }, port: 9000, host: '0.0.0.0', dataDir: '/srv/ml', seed: true },
    { name: 'flags beat env', argv: ['--port', '4310', '--data-dir=tmp/x'], env: { PORT: '9000' }, port: 4310, host: '127.0.0.1', dataDir: '/repo/tmp/x', seed: true },
    { name: '--no-seed and --no-build', argv: ['--no-seed', '--no-build'], env: {}, port: 8080, host: '127.0.0.1', dataDir: '/repo/.data/mlflow', seed: false },
    { name: 'RUNLENS_SEED=0', argv: [], env: { RUNLENS_SEED: '0' }, port: 8080, host: '127.0.0.1', dataDir: '/repo/.data/mlflow', seed: false },
    { name: 'port 0 = any free port', argv: ['--port', '0'], env: {}, port: 0, host: '127.0.0.1', dataDir: '/repo/.data/mlflow', seed: true },
    { name: 'file: tracking URI stays embedded', argv: [], env: { MLFLOW_TRACKING_URI: 'file:./mlruns' }, port: 8080, host: '127.0.0.1', dataDir: '/repo/.data/mlflow', seed: true },
  ])('$name', ({ argv, env, port, host, dataDir, seed }) => {
    const o = parseServeOptions(argv, env, '/repo')
    expect(o).toEqual({ port, host, seed, target: { mode: 'embedded', dataDir } })
  })

  it.each([
    [['--port', 'abc'], {}],
    [['--port', '70000'], {}],
    [['--port'], {}],
    [['--frobnicate'], {}],
    [[], { PORT: '-1' }],
    [[], { MLFLOW_TRACKING_URI: 'ftp://host/x' }],
  ])('rejects %j %j', (argv, env) => {
    expect(() => parseServeOptions(argv, env, '/repo')).toThrow(UsageError)
  })

  it('remote target strips credentials from the URI and turns them into basic auth', () => {
    const o = parseServeOptions([], { MLFLOW_TRACKING_URI: 'https://alice:s%40cret@mlflow.example.com/prefix/?x=1' }, '/repo')
    expect(o.target).toEqual({ mode: 'remote', url: 'https://mlflow.example.com/prefix', authorization: `Basic ${b64('alice:s@cret')}` })
  })
})

describe('upstreamAuthorization', () => {
  const uri = new URL('http://u:p@host:5000')
  it.each([
    { env: { MLFLOW_TRACKING_USERNAME: 'bob', MLFLOW_TRACKING_PASSWORD: 'pw' }, want: `Basic ${b64('bob:pw')}` },
    { env: { MLFLOW_TRACKING_TOKEN: 'tok' }, want: 'Bearer tok' },
    { env: {}, want: `Basic ${b64('u:p')}` },
  ])('$want', ({ env, want }) => expect(upstreamAuthorization(uri, env)).toBe(want))
  it('none without credentials', () => expect(upstreamAuthorization(new URL('http://host:5000'), {})).toBeUndefined())
})

describe('stripCredentials', () => {
  it.each([
    ['http://user:pw@host:5000/', 'http://host:5000'],
    ['http://host:5000', 'http://host:5000'],
    ['https://h/mlflow/?token=abc#x', 'https://h/mlflow'],
    ['not a url //user:pw@x', 'not a url //x'],
  ])('%s → %s', (input, want) => expect(stripCredentials(input)).toBe(want))
})
