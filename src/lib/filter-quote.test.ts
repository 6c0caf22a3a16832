import { describe, expect, it } from 'vitest'
import { quoteFilterKey } from './filter-quote.ts'

describe('quoteFilterKey', () => {
  it.each([
    ['lr', 'lr'],
    ['_x9', '_x9'],
    ['9lives', '`9lives`'],
    ['train/loss', '`train/loss`'],
    ['a.b c', '`a.b c`'],
    ['odd`key', '"odd`key"'],
    ['odd`"key', '"odd`\\"key"'],
  ])('%s → %s', (key, quoted) => expect(quoteFilterKey(key)).toBe(quoted))
})
