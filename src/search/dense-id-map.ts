/**
 * A `Map` from small non-negative integer keys (MiniSearch's short ids, given out in increasing order)
 * kept as an array indexed by key: four bytes an entry where a Map's hash table takes some fifty. MiniSearch
 * keeps two such Maps a passage (short id → id, short id → field lengths): a hundred bytes a passage of
 * the heap, at a million passages a hundred megabytes.
 *
 * It behaves as a Map, iteration order included: entries iterate in key order, which is insertion order
 * while keys arrive increasing (as MiniSearch gives them). A key that would break that — one below the
 * largest held, not already there, or not a small integer — moves every entry into the Map itself, which
 * then serves as an ordinary Map.
 */
const ABSENT: unique symbol = Symbol("absent");
/** A key further than this past the largest is held by the Map itself (an array of holes is no saving). */
const MAX_GAP = 4096;

export class DenseIdMap<V> extends Map<number, V> {
  #slots: (V | typeof ABSENT)[] = [];
  #size = 0;
  #dense = true;

  /** A dense map holding `entries`, in their order. */
  static of<V>(entries: Iterable<[number, V]>): DenseIdMap<V> {
    const map = new DenseIdMap<V>();
    for (const [k, v] of entries) map.set(k, v);
    return map;
  }

  #toMap(): void {
    const entries = [...this.#entries()];
    this.#dense = false;
    this.#slots = [];
    this.#size = 0;
    for (const [k, v] of entries) super.set(k, v);
  }

  *#entries(): Generator<[number, V]> {
    const slots = this.#slots;
    for (let k = 0; k < slots.length; k++) {
      const v = slots[k]!;
      if (v !== ABSENT) yield [k, v];
    }
  }

  override get size(): number {
    return this.#dense ? this.#size : super.size;
  }
  override get(key: number): V | undefined {
    if (!this.#dense) return super.get(key);
    const v = Number.isInteger(key) && key >= 0 ? this.#slots[key] : undefined;
    return v === ABSENT ? undefined : v;
  }
  override has(key: number): boolean {
    if (!this.#dense) return super.has(key);
    const v = Number.isInteger(key) && key >= 0 ? this.#slots[key] : undefined;
    return v !== undefined && v !== ABSENT;
  }
  override set(key: number, value: V): this {
    if (this.#dense) {
      const slots = this.#slots;
      if (Number.isInteger(key) && key >= 0 && key < slots.length && slots[key] !== ABSENT) {
        slots[key] = value;
        return this;
      }
      if (Number.isInteger(key) && key >= slots.length && key - slots.length <= MAX_GAP) {
        while (slots.length < key) slots.push(ABSENT);
        slots.push(value);
        this.#size++;
        return this;
      }
      this.#toMap();
    }
    return super.set(key, value);
  }
  override delete(key: number): boolean {
    if (!this.#dense) return super.delete(key);
    if (!this.has(key)) return false;
    this.#slots[key] = ABSENT;
    this.#size--;
    // Trailing holes go, so a key given again after them counts as increasing, as a Map would order it.
    while (this.#slots.length && this.#slots[this.#slots.length - 1] === ABSENT) this.#slots.pop();
    return true;
  }
  override clear(): void {
    this.#slots = [];
    this.#size = 0;
    this.#dense = true;
    super.clear();
  }
  override *entries(): MapIterator<[number, V]> {
    if (this.#dense) yield* this.#entries();
    else yield* super.entries();
  }
  override *keys(): MapIterator<number> {
    for (const [k] of this.entries()) yield k;
  }
  override *values(): MapIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }
  override [Symbol.iterator](): MapIterator<[number, V]> {
    return this.entries();
  }
  override forEach(callback: (value: V, key: number, map: Map<number, V>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) callback.call(thisArg, v, k, this);
  }
}
