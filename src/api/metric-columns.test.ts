import { describe, expect, it } from 'vitest'
import nanExtract from '../testing/fixtures/v3.11/metrics-get-history-nan-values.json'
import { FIXTURE_VERSIONS, fixture, fixtureNames } from '../testing/fixtures/load.ts'
import { decodeHistoryBytes } from './history-decode.worker.ts'
import { columnsFromPoints, concatColumns, decodeHistoryPage, emptyColumns, HistoryShapeError, pointAt } from './metric-columns.ts'
import { metricHistoryResponse } from './schemas/metric.ts'

const toPoints = (c: ReturnType<typeof emptyColumns>) => Array.from(c.steps, (_, i) => pointAt(c, i))

// Every recorded 200 answer of metrics/get-history, both versions: the decoder must agree with
// the zod schema point for point (NaN strings, MAX_VALUE as infinity, omitted step 0, tokens).
const recorded = FIXTURE_VERSIONS.flatMap((v) =>
  fixtureNames(v, 'metrics-get-history')
    .map((name) => ({ v, name, fx: fixture(v, name) }))
    .filter(({ fx }) => fx.request.path.endsWith('/metrics/get-history') && fx.response.status === 200),
)

describe('decodeHistoryPage on recorded MLflow answers', () => {
  it('covers both versions', () => {
    expect(recorded.filter((r) => r.v === 'v3.11').length).toBeGreaterThan(4)
    expect(recorded.filter((r) => r.v === 'v2.10').length).toBeGreaterThan(4)
  })
  it.each(recorded.map((r) => [`${r.v}/${r.name}`, r.fx.response.body] as const))('%s matches the zod schema', (_name, body) => {
    const expected = metricHistoryResponse.parse(body)
    const got = decodeHistoryPage(body)
    expect(toPoints(got.columns)).toEqual(expected.points)
    expect(got.nextPageToken).toEqual(expected.nextPageToken)
  })
  it('decodes the diverged run: NaN strings and 1.79e308 as +Infinity', () => {
    const { columns } = decodeHistoryPage(fixture('v3.11', 'metrics-get-history-nan').response.body)
    expect(Array.from(columns.values).some((v) => v === Infinity)).toBe(true)
    // The recorded extract (not a request/response pair): the non-numeric points as sent.
    const nan = decodeHistoryPage({ metrics: nanExtract.examples }).columns.values
    expect(Array.from(nan).filter(Number.isNaN).length).toBe(nanExtract.examples.length)
  })
})

describe('decodeHistoryPage edge cases', () => {
  it.each([
    ['empty body', {}, [], undefined],
    ['empty token is no token', { metrics: [], next_page_token: '' }, [], undefined],
    ['omitted step/timestamp → 0', { metrics: [{ value: 1.5 }] }, [{ step: 0, timestamp: 0, value: 1.5 }], undefined],
    ['int64 as strings', { metrics: [{ key: 'k', value: '2', step: '7', timestamp: '1700000000000' }] }, [{ step: 7, timestamp: 1700000000000, value: 2 }], undefined],
    ['infinities', { metrics: [{ value: 'Infinity' }, { value: '-inf' }, { value: -1.7976931348623157e308 }] }, [{ step: 0, timestamp: 0, value: Infinity }, { step: 0, timestamp: 0, value: -Infinity }, { step: 0, timestamp: 0, value: -Infinity }], undefined],
    ['unknown fields ignored, token kept', { metrics: [{ value: 0, step: 3, extra: true }], next_page_token: 'abc' }, [{ step: 3, timestamp: 0, value: 0 }], 'abc'],
  ])('%s', (_name, body, points, token) => {
    const r = decodeHistoryPage(body)
    expect(toPoints(r.columns)).toEqual(points)
    expect(r.nextPageToken).toBe(token)
  })

  it.each([
    ['not an object', [1], '(root): expected an object, got an array'],
    ['null body', null, '(root): expected an object, got null'],
    ['metrics not a list', { metrics: { a: 1 } }, 'metrics: expected an array, got an object'],
    ['point not an object', { metrics: [{ value: 1 }, 'x'] }, 'metrics.1: expected an object, got "x"'],
    ['missing value', { metrics: [{ step: 1 }] }, 'metrics.0.value: not a metric value: undefined'],
    ['bad value string', { metrics: [{ value: 'abc' }] }, 'metrics.0.value: not a metric value: "abc"'],
    ['boolean value', { metrics: [{ value: 1 }, { value: true }] }, 'metrics.1.value: not a metric value: true'],
    ['fractional string step', { metrics: [{ value: 1, step: '1.5' }] }, 'metrics.0.step: expected an integer, got "1.5"'],
    ['null timestamp', { metrics: [{ value: 1, timestamp: null }] }, 'metrics.0.timestamp: expected an integer, got null'],
    ['numeric key', { metrics: [{ value: 1, key: 5 }] }, 'metrics.0.key: expected a string, got 5'],
    ['numeric token', { next_page_token: 5 }, 'next_page_token: expected a string, got 5'],
  ])('rejects %s with a message naming the field', (_name, body, message) => {
    expect(() => decodeHistoryPage(body)).toThrow(HistoryShapeError)
    expect(() => decodeHistoryPage(body)).toThrow(message)
    // The zod schema rejects the same bodies.
    expect(metricHistoryResponse.safeParse(body).success).toBe(false)
  })
})

describe('decodeHistoryBytes', () => {
  const bytes = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer
  it.each([
    ['empty body → no points', '', { ok: true, n: 0 }],
    ['json page', '{"metrics":[{"value":1,"step":2}]}', { ok: true, n: 1 }],
    ['html error page', '<html>oops</html>', { ok: false, kind: 'json' }],
    ['wrong shape', '{"metrics":[{"value":"x"}]}', { ok: false, kind: 'shape' }],
  ] as const)('%s', (_name, text, want) => {
    const r = decodeHistoryBytes(bytes(text))
    expect(r.ok).toBe(want.ok)
    if (r.ok && 'n' in want) expect(r.page.columns.steps.length).toBe(want.n)
    if (!r.ok && 'kind' in want) expect(r.kind).toBe(want.kind)
  })
})

describe('column helpers', () => {
  it('concatColumns joins pages in order; columnsFromPoints round-trips', () => {
    const a = columnsFromPoints([{ step: 0, timestamp: 10, value: 1 }])
    const b = columnsFromPoints([{ step: 1, timestamp: 11, value: NaN }, { step: 2, timestamp: 12, value: 3 }])
    const c = concatColumns([a, emptyColumns(), b])
    expect(Array.from(c.steps)).toEqual([0, 1, 2])
    expect(Array.from(c.timestamps)).toEqual([10, 11, 12])
    expect(Array.from(c.values)).toEqual([1, NaN, 3])
    expect(concatColumns([a])).toBe(a)
  })
})
