import { describe, expect, it } from 'vitest'
import { buildExperimentFilter, quoteFilterString } from './experiment-filter.ts'

describe('buildExperimentFilter', () => {
  it.each<[string, string, { key: string; value?: string }[], string]>([
    ['empty', '  ', [], ''],
    ['name only', 'det', [], "name ILIKE '%det%'"],
    ['quote doubled', "it's", [], "name ILIKE '%it''s%'"],
    ['like wildcards pass through', '50%_a', [], "name ILIKE '%50%_a%'"],
    ['tag value', '', [{ key: 'team', value: 'perception' }], "tags.team = 'perception'"],
    ['has tag', '', [{ key: 'mlflow.note.content' }], "tags.`mlflow.note.content` LIKE '%'"],
    ['combined', 'seg', [{ key: 'team', value: "o'k" }, { key: ' ' }], "name ILIKE '%seg%' AND tags.team = 'o''k'"],
  ])('%s', (_n, q, tags, expected) => expect(buildExperimentFilter(q, tags)).toBe(expected))
  it('quotes strings', () => expect(quoteFilterString("a'b")).toBe("'a''b'"))
})
