import { describe, expect, it } from 'vitest'
import { fixture } from '../testing/fixtures/load.ts'
import { scanHistoryPage } from './history-scan.ts'
import { decodeHistoryPage, type HistoryPageColumns } from './metric-columns.ts'

const bytes = (text: string) => new TextEncoder().encode(text)
/** The reference: JSON.parse + the decoder with MLflow's rules. */
const reference = (text: string) => decodeHistoryPage(JSON.parse(text))
const plain = (p: HistoryPageColumns) => ({
  steps: Array.from(p.columns.steps),
  timestamps: Array.from(p.columns.timestamps),
  // Object.is-faithful: -0 and NaN survive toEqual as strings
  values: Array.from(p.columns.values, (v) => (Object.is(v, -0) ? '-0' : String(v))),
  token: p.nextPageToken,
})

describe('scanHistoryPage reads what the reference decoder reads', () => {
  it.each([
    ['compact page', '{"metrics":[{"key":"loss","value":0.5,"timestamp":1716624000000,"step":0},{"key":"loss","value":2.25,"timestamp":1716624000100,"step":1}],"next_page_token":"eyJvZmZzZXQiOiAyfQ=="}'],
    ['Python-style spacing and newlines', '{\n  "metrics": [\n    {"key": "loss", "value": 1e-7, "timestamp": 1, "step": 2},\n\t{"step": 3, "value": -0.0, "key": "loss"}\n  ]\n}\n'],
    ['empty object (unknown key)', '{}'],
    ['empty list, empty token', '{"metrics": [], "next_page_token": ""}'],
    ['only a token (3.11 without max_results)', '{"next_page_token": "eyJvZmZzZXQiOiAwfQ=="}'],
    ['NaN and infinities as strings', '{"metrics":[{"value":"NaN","step":1},{"value":"Infinity","step":2},{"value":"-Infinity","step":3},{"value":"nan"},{"value":" 0.25 "}]}'],
    ['Python float max stands for infinity', '{"metrics":[{"value":1.7976931348623157e+308},{"value":-1.7976931348623157e308}]}'],
    ['17-digit doubles and exponents', '{"metrics":[{"value":0.30000000000000004},{"value":0.8234567761421204},{"value":123456789012345678},{"value":1E22},{"value":1e23},{"value":5e-324},{"value":2.2250738585072014e-308},{"value":1e-400}]}'],
    ['escaped metric keys and token', '{"metrics":[{"key":"a\\"b\\u00e9\\\\","value":1}],"next_page_token":"x\\/y"}'],
    ['non-ASCII keys', '{"metrics":[{"key":"mAP@0.5 – val ✓","value":3}]}'],
    ['duplicate fields: last wins', '{"metrics":[{"value":1,"value":2,"step":1,"step":7}]}'],
    ['negative and zero steps', '{"metrics":[{"value":-12.5,"step":-3,"timestamp":0}]}'],
    // The first point sets the usual shape; each unusual point after it is read the long way.
    ['usual points mixed with unusual ones', `{"metrics":[${[
      '{"key":"loss","value":0.5,"timestamp":1716624000000,"step":0}',
      '{"key":"loss","value":"NaN","timestamp":1716624000001,"step":-0}',
      '{"key":"other","value":1,"timestamp":1,"step":1}',
      '{"key":"loss", "value":2,"timestamp":2,"step":2}',
      '{"key":"loss","value":3,"timestamp":1234567890123456789,"step":9007199254740993}',
      '{"key":"loss","value":4,"timestamp":5e3,"step":-7}',
      '{"key":"loss","value":5,"step":5,"timestamp":5}',
      '{"key":"loss","value":6,"timestamp":6,"step":6,"step":60}',
      '{"key":"loss","value":7,"timestamp":7}',
      '{"key":"loss","value":1.7976931348623157e308,"timestamp":8,"step":8}',
    ].join(',')}]}`],
  ])('%s', (_name, text) => {
    const scanned = scanHistoryPage(bytes(text))
    expect(scanned).not.toBeNull()
    expect(plain(scanned!)).toEqual(plain(reference(text)))
  })

  it('recorded MLflow pages', () => {
    for (const name of ['metrics-get-history-paged', 'metrics-get-history-page2', 'metrics-get-history-nan']) {
      const text = JSON.stringify(fixture('v3.11', name).response.body)
      const scanned = scanHistoryPage(bytes(text))
      expect(scanned, name).not.toBeNull()
      expect(plain(scanned!)).toEqual(plain(reference(text)))
    }
  })

  it('random doubles round-trip exactly, in every notation JSON allows', () => {
    let seed = 42
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    const values: number[] = []
    for (let i = 0; i < 3000; i++) {
      const magnitude = 10 ** Math.floor(random() * 40 - 20)
      values.push((random() - 0.5) * magnitude)
    }
    const spellings = values.flatMap((v) => [String(v), v.toPrecision(17), v.toExponential(6), v.toFixed(Math.min(20, Math.max(0, 8)))])
    // Both readers: the field-by-field one and the one for points written the usual way.
    for (const point of [(s: string, i: number) => `{"value":${s},"step":${i}}`, (s: string, i: number) => `{"key":"k","value":${s},"timestamp":${i},"step":${i}}`]) {
      const text = `{"metrics":[${spellings.map(point).join(',')}]}`
      const scanned = scanHistoryPage(bytes(text))!
      const ref = reference(text)
      expect(scanned.columns.values.length).toBe(spellings.length)
      const mismatches = spellings.filter((_s, i) => !Object.is(scanned.columns.values[i], ref.columns.values[i]))
      expect(mismatches).toEqual([])
    }
  })
})

describe('scanHistoryPage gives up (null) so the reference decoder can explain', () => {
  it.each([
    ['not JSON', '<html>proxy</html>'],
    ['empty body', ''],
    ['truncated', '{"metrics":[{"value":1},'],
    ['trailing garbage', '{"metrics":[]} x'],
    ['missing value', '{"metrics":[{"step":1}]}'],
    ['value of the wrong type', '{"metrics":[{"value":[]}]}'],
    ['null value', '{"metrics":[{"value":null}]}'],
    ['non-numeric string value', '{"metrics":[{"value":"abc"}]}'],
    ['step as a digit string (proto3 int64)', '{"metrics":[{"value":1,"step":"5"}]}'],
    ['fractional step', '{"metrics":[{"value":1,"step":1.5}]}'],
    ['unknown point field', '{"metrics":[{"value":1,"run_id":"r"}]}'],
    ['unknown top-level field', '{"metrics":[],"extra":1}'],
    ['leading zero', '{"metrics":[{"value":01}]}'],
    ['leading zero in a usual point', '{"metrics":[{"key":"k","value":1,"timestamp":1,"step":1},{"key":"k","value":1,"timestamp":1,"step":01}]}'],
    ['fractional timestamp in a usual point', '{"metrics":[{"key":"k","value":1,"timestamp":1,"step":1},{"key":"k","value":1,"timestamp":1.5,"step":2}]}'],
    ['a usual point cut short', '{"metrics":[{"key":"k","value":1,"timestamp":1,"step":1},{"key":"k","value":1,"timestamp":1,"step":'],
    ['bare dot', '{"metrics":[{"value":1.}]}'],
    ['raw control character in a string', '{"metrics":[{"key":"a\tb","value":1}]}'],
    ['metrics not a list', '{"metrics":{}}'],
    ['byte order mark', '\ufeff{"metrics":[]}'],
  ])('%s', (_name, text) => {
    expect(scanHistoryPage(bytes(text))).toBeNull()
  })
})
