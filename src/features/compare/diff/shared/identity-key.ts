const ids = new WeakMap<object, number>()
let next = 1

/**
 * A string naming these exact objects, in order: equal keys ⇔ the same object identities.
 * Lets a memo over a list of cached query results survive a new array holding the same items.
 */
export function identityKey(items: readonly object[]): string {
  return items
    .map((item) => {
      let id = ids.get(item)
      if (id === undefined) {
        id = next++
        ids.set(item, id)
      }
      return id
    })
    .join(',')
}
