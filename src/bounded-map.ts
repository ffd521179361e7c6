/**
 * A small least-recently-used map. Adapters remember per-thread questions and recent answers in memory;
 * the bound keeps a busy workspace or server from growing the process without limit.
 */

export interface BoundedMap<K, V> {
  get(key: K): V | undefined;
  /** Stores `value`, evicting the least recently used entry when the map is full. */
  set(key: K, value: V): void;
  has(key: K): boolean;
  readonly size: number;
}

/** Creates an LRU map holding at most `max` entries. */
export function createBoundedMap<K, V>(max: number): BoundedMap<K, V> {
  if (!Number.isInteger(max) || max < 1) throw new Error(`max must be a positive integer, got ${max}`);
  const entries = new Map<K, V>();
  return {
    get(key) {
      if (!entries.has(key)) return undefined;
      // Re-inserting moves the key to the end, so insertion order is recency order.
      const value = entries.get(key) as V;
      entries.delete(key);
      entries.set(key, value);
      return value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > max) {
        const oldest = entries.keys().next().value as K;
        entries.delete(oldest);
      }
    },
    has: (key) => entries.has(key),
    get size() {
      return entries.size;
    },
  };
}
