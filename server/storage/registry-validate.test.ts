import { describe, expect, it } from 'vitest'
import { canonicalStage, parseVersion, validateAliasName, validateTag } from './registry-validate.ts'

describe('canonicalStage', () => {
  it.each([
    ['none', 'None'],
    [' Staging ', 'Staging'],
    ['PRODUCTION', 'Production'],
    ['archived', 'Archived'],
  ])('%j → %s', (input, out) => expect(canonicalStage(input)).toBe(out))
  it.each([['Prod'], [''], ['Deleted_Internal']])('%j throws', (input) => expect(() => canonicalStage(input)).toThrow(/Invalid Model Version stage/))
})

describe('parseVersion', () => {
  it.each([['1', 1], [' 12 ', 12], ['-1', -1]])('%j → %i', (input, out) => expect(parseVersion(input)).toBe(out))
  it.each([['latest'], ['1.5'], ['1e3'], [''], [undefined]])('%j throws', (input) => expect(() => parseVersion(input)).toThrow())
})

describe('validateAliasName', () => {
  it.each([['champion'], ['prod-2024_a'], ['v'], ['version4'], ['vv4']])('%j is allowed', (a) => expect(validateAliasName(a)).toBe(a))
  it.each([['latest'], ['Latest'], ['v4'], ['V12'], [''], ['a/b'], ['a b'], ['x'.repeat(256)]])('%j is rejected', (a) =>
    expect(() => validateAliasName(a)).toThrow(),
  )
})

describe('validateTag', () => {
  it.each([['mlflow.note.content'], ['approval/request'], ['a b:c'], ['ünïcode']])('key %j is allowed', (k) => expect(validateTag(k, 'v').key).toBe(k))
  it.each([['/abs'], ['a/../b'], ['a//b'], ['./a'], ['a/'], ['semi;colon'], ['']])('key %j is rejected', (k) => expect(() => validateTag(k, 'v')).toThrow())
  it('limits value length to 100000', () => {
    expect(validateTag('k', 'v'.repeat(100_000)).value).toHaveLength(100_000)
    expect(() => validateTag('k', 'v'.repeat(100_001))).toThrow(/length limit/)
  })
})
