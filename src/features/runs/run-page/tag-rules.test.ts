import { describe, expect, it } from 'vitest'
import { MAX_TAG_VALUE_LENGTH, splitTags, tagKeyError, tagValueError } from './tag-rules.ts'

describe('tagKeyError', () => {
  it.each([
    ['team', [], null],
    ['sweep.job_num', [], null],
    ['eval/top-1: coco', [], null],
    ['', [], 'Enter a key.'],
    ['   ', [], 'Enter a key.'],
    [' team', [], 'The key may not start or end with a space.'],
    ['a'.repeat(250), [], null],
    ['a'.repeat(251), [], 'The key is 251 characters long; the limit is 250.'],
    ['<img src=x>', [], 'Keys may hold letters, digits, and _ - . / : and spaces only.'],
    ['a/../b', [], 'A key may not contain "." or ".." path segments.'],
    ['mlflow.runName', [], 'Keys starting with "mlflow." are reserved for MLflow.'],
    ['team', ['team'], 'This run already has a tag with that key; edit it in the list.'],
  ] as const)('%j (existing %j) → %j', (key, existing, expected) => {
    expect(tagKeyError(key, existing)).toBe(expected)
  })
})

describe('tagValueError', () => {
  it.each([
    ['', null],
    ['x'.repeat(MAX_TAG_VALUE_LENGTH), null],
    ['x'.repeat(MAX_TAG_VALUE_LENGTH + 1), 'The value is 8,001 characters long; the limit is 8,000.'],
  ])('length %#', (value, expected) => {
    expect(tagValueError(value)).toBe(expected)
  })
})

describe('splitTags', () => {
  it('separates mlflow.* tags and sorts both groups by key', () => {
    const out = splitTags({ 'mlflow.user': 'alice', team: 'perception', 'mlflow.runName': 'r', alpha: '1' })
    expect(out.user.map((t) => t.key)).toEqual(['alpha', 'team'])
    expect(out.system.map((t) => t.key)).toEqual(['mlflow.runName', 'mlflow.user'])
  })
  it('gives two empty lists for no tags', () => {
    expect(splitTags({})).toEqual({ user: [], system: [] })
  })
})
