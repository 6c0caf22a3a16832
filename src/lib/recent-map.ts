/**
 * A Map that keeps at most `capacity` entries, dropping the one set longest ago: a small memo of
 * recent results (drawings per zoom window, aggregated group lines). Setting an existing key
 * makes it the newest.
 */
export class RecentMap<K, V> {
  private readonly entries = new Map<K, V>()
  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    return this.entries.get(key)
  }

  set(key: K, value: V): void {
    this.entries.delete(key)
    this.entries.set(key, value)
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K)
  }

  clear(): void {
    this.entries.clear()
  }

  get size(): number {
    return this.entries.size
  }
}
