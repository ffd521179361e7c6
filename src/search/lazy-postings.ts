/**
 * One term's postings in one field (passage short id → term frequency) as MiniSearch keeps them, a `Map`,
 * but filled from the snapshot's flat `[shortId, frequency, …]` list only when first read. A start from
 * the snapshot turned every term's postings into Maps (a million and a half entries at 2,500 articles)
 * although a question reads only its own terms'; the rest stay one packed array each.
 */
export class LazyPostings extends Map<number, number> {
  #flat: readonly number[] | undefined;

  constructor(flat: readonly number[]) {
    super();
    this.#flat = flat.length ? flat : undefined;
  }

  /** Moves the flat list into the Map, once. */
  #fill(): void {
    const flat = this.#flat;
    if (!flat) return;
    this.#flat = undefined;
    for (let i = 0; i < flat.length; i += 2) super.set(flat[i]!, flat[i + 1]!);
  }

  override get size(): number {
    this.#fill();
    return super.size;
  }
  override get(key: number): number | undefined {
    this.#fill();
    return super.get(key);
  }
  override has(key: number): boolean {
    this.#fill();
    return super.has(key);
  }
  override set(key: number, value: number): this {
    this.#fill();
    return super.set(key, value);
  }
  override delete(key: number): boolean {
    this.#fill();
    return super.delete(key);
  }
  override clear(): void {
    this.#flat = undefined;
    super.clear();
  }
  override forEach(
    fn: (value: number, key: number, map: Map<number, number>) => void,
    thisArg?: unknown,
  ): void {
    this.#fill();
    super.forEach(fn, thisArg);
  }
  override entries(): MapIterator<[number, number]> {
    this.#fill();
    return super.entries();
  }
  override keys(): MapIterator<number> {
    this.#fill();
    return super.keys();
  }
  override values(): MapIterator<number> {
    this.#fill();
    return super.values();
  }
  override [Symbol.iterator](): MapIterator<[number, number]> {
    this.#fill();
    return super[Symbol.iterator]();
  }
}

/** A `Map`'s entries as one flat list, `[key, value, key, value, …]`, in its order. */
export function flatPostings(postings: ReadonlyMap<number, number>): number[] {
  const flat: number[] = [];
  for (const [k, v] of postings) flat.push(k, v);
  return flat;
}
