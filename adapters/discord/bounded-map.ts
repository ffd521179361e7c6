/**
 * A Map that forgets its least recently used entries beyond a fixed size, so what the bot remembers per
 * message, thread or button cannot grow without bound on a busy server.
 */

export interface BoundedMap<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
  readonly size: number;
}

/** Creates a map holding at most `max` entries; reading or writing an entry makes it the newest. */
export function createBoundedMap<K, V>(max: number): BoundedMap<K, V> {
  if (!Number.isInteger(max) || max < 1) throw new Error(`max must be a positive integer, got ${max}`);
  const entries = new Map<K, V>();
  return {
    get(key) {
      if (!entries.has(key)) return undefined;
      const value = entries.get(key) as V;
      // Re-inserting moves the key to the end: Map keeps insertion order, the front is the oldest.
      entries.delete(key);
      entries.set(key, value);
      return value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      while (entries.size > max) {
        const oldest = entries.keys().next().value as K;
        entries.delete(oldest);
      }
    },
    get size() {
      return entries.size;
    },
  };
}
