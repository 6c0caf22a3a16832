import { describe, expect, it } from 'vitest'
import { joinRelative, pathFromUrlSegments, safeRelativePath } from './artifact-paths.ts'

describe('safeRelativePath', () => {
  it.each([
    [undefined, ''],
    ['', ''],
    ['.', ''],
    ['model', 'model'],
    ['model/', 'model'],
    ['./model//data/', 'model/data'],
    ['.hydra/config.yaml', '.hydra/config.yaml'],
    ['a..b/c...', 'a..b/c...'],
    ['100%.txt', '100%.txt'],
    ['a b%25.bin', 'a b%25.bin'],
    ['ünïcode/名前.txt', 'ünïcode/名前.txt'],
  ])('%j → %j', (input, out) => expect(safeRelativePath(input)).toBe(out))

  it.each([
    ['..'],
    ['../x'],
    ['a/../../x'],
    ['a/..'],
    ['/etc/passwd'],
    ['C:x'],
    ['~'],
    ['a\\b'],
    ['a\0b'],
    ['a#b'],
    ['%2e%2e/x'],
    ['%2E%2E/x'],
    ['a%2fb'],
    ['a%2Fb'],
    ['a%5cb'],
    ['a%00b'],
    ['%252e%252e/x'],
    ['%25252e%25252e'],
    ['%2f%2fetc'],
  ])('%j is rejected with "Invalid path"', (input) => expect(() => safeRelativePath(input)).toThrow(/^Invalid path$/))
})

describe('pathFromUrlSegments', () => {
  it.each([
    ['1/abc/artifacts/a%20b.txt', '1/abc/artifacts/a b.txt'],
    ['1/abc/artifacts/100%25.txt', '1/abc/artifacts/100%.txt'],
    ['x/.hydra/config.yaml', 'x/.hydra/config.yaml'],
  ])('%j → %j', (input, out) => expect(pathFromUrlSegments(input)).toBe(out))

  it.each([['a/..%2f..%2fb'], ['a/%2e%2e/b'], ['a/%5c'], ['a/%zz'], ['a/%252e%252e/b'], ['a/%00']])('%j is rejected', (input) =>
    expect(() => pathFromUrlSegments(input)).toThrow(/Invalid path/),
  )
})

describe('joinRelative', () => {
  it.each([
    [['a/b', '', 'c'], 'a/b/c'],
    [['', ''], ''],
    [['run', 'x'], 'run/x'],
  ])('%j → %j', (parts, out) => expect(joinRelative(...parts)).toBe(out))
})
