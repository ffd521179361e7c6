/**
 * One term's postings in one field (passage short id → term frequency) as MiniSearch reads and changes
 * them, a `Map`, but kept as a run of `[shortId, frequency]` pairs in a `Uint32Array` shared by many terms
 * (a chunk of the snapshot), looked up by binary search. A start from the snapshot once turned each
 * term's postings into a Map on first read: a question's common word ("deal", half the passages) then
 * cost its first asker a Map of tens of thousands of entries, each added article the same for each common
 * word it holds, and every Map about 40 bytes a posting where the run keeps 8.
 *
 * Changes after loading keep the Map's behaviour, order included: a frequency changed in place stays in
 * the run, a deleted entry is zeroed there (frequencies are never 0), and new entries — a new passage's
 * short id, larger than any before — go to the Map itself, after the run's in iteration order, as
 * MiniSearch's own Map would put them. A run that is not sorted by short id (never written so, but the
 * snapshot is outside data) is moved into the Map on first read.
 */
export class PackedPostings extends Map<number, number> {
  #pool: Uint32Array;
  /** The run: pairs from `#from` to `#to` (element offsets, `#to - #from` even). */
  #from: number;
  #to: number;
  /** Pairs of the run zeroed by `delete`. */
  #gone = 0;
  #checked = false;

  constructor(pool: Uint32Array, from = 0, to = pool.length) {
    super();
    if (from < 0 || to > pool.length || from > to || (to - from) % 2)
      throw new RangeError(`postings run [${from}, ${to}) does not fit a pool of ${pool.length}`);
    this.#pool = pool;
    this.#from = from;
    this.#to = to;
  }

  /** Where `key`'s pair stands in the pool, whether zeroed or not; -1 when the run has none. */
  #find(key: number): number {
    const pool = this.#pool;
    let lo = this.#from >>> 1;
    let hi = this.#to >>> 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const k = pool[2 * mid]!;
      if (k === key) return 2 * mid;
      if (k < key) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  /** An unsorted run is moved into the Map, where lookups need no order. */
  #check(): void {
    this.#checked = true;
    const pool = this.#pool;
    for (let i = this.#from + 2; i < this.#to; i += 2) {
      if (pool[i]! > pool[i - 2]!) continue;
      const entries = [...this.#run()];
      this.#to = this.#from;
      this.#gone = 0;
      // The Map's own entries come after the run's, as they did.
      const own = [...super.entries()];
      super.clear();
      for (const [k, v] of [...entries, ...own]) super.set(k, v);
      return;
    }
  }

  *#run(): Generator<[number, number]> {
    const pool = this.#pool;
    for (let i = this.#from; i < this.#to; i += 2) if (pool[i + 1] !== 0) yield [pool[i]!, pool[i + 1]!];
  }

  override get size(): number {
    return (this.#to - this.#from) / 2 - this.#gone + super.size;
  }
  override get(key: number): number | undefined {
    if (!this.#checked) this.#check();
    if (super.size) {
      const own = super.get(key);
      if (own !== undefined) return own;
    }
    const at = this.#find(key);
    return at >= 0 && this.#pool[at + 1] !== 0 ? this.#pool[at + 1] : undefined;
  }
  override has(key: number): boolean {
    return this.get(key) !== undefined;
  }
  override set(key: number, value: number): this {
    if (!this.#checked) this.#check();
    const at = this.#find(key);
    if (at >= 0 && this.#pool[at + 1] !== 0) {
      if (!Number.isInteger(value) || value < 1 || value > 0xffffffff)
        throw new RangeError(`a term frequency must be a positive integer, not ${value}`);
      this.#pool[at + 1] = value;
      return this;
    }
    return super.set(key, value);
  }
  override delete(key: number): boolean {
    if (!this.#checked) this.#check();
    if (super.delete(key)) return true;
    const at = this.#find(key);
    if (at < 0 || this.#pool[at + 1] === 0) return false;
    this.#pool[at + 1] = 0;
    this.#gone++;
    return true;
  }
  override clear(): void {
    this.#to = this.#from;
    this.#gone = 0;
    super.clear();
  }
  override forEach(
    fn: (value: number, key: number, map: Map<number, number>) => void,
    thisArg?: unknown,
  ): void {
    for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this);
  }
  override *entries(): MapIterator<[number, number]> {
    if (!this.#checked) this.#check();
    yield* this.#run();
    yield* super.entries();
  }
  override *keys(): MapIterator<number> {
    for (const [k] of this.entries()) yield k;
  }
  override *values(): MapIterator<number> {
    for (const [, v] of this.entries()) yield v;
  }
  override [Symbol.iterator](): MapIterator<[number, number]> {
    return this.entries();
  }
}

/**
 * Postings (a `Map` in iteration order) appended to `out` as `[shortId, frequency]` pairs; returns how
 * many pairs.
 */
export function appendPostings(postings: ReadonlyMap<number, number>, out: number[]): number {
  for (const [k, v] of postings) out.push(k, v);
  return postings.size;
}
