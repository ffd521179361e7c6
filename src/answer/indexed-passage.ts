/**
 * A passage with everything the engine precomputes for it when it is indexed: its terms, the terms of its
 * context (section heading and the sentence before, where "he" or "the deal" usually points), and its
 * typed values. Building these is the slow part, done once per article.
 *
 * Stored compactly, since there is one per passage and a million passages at 25,000 articles: terms are
 * interned to numeric ids, and each article's passages share one `Uint32Array` of sorted id runs (terms,
 * context terms, and the few stems that differ from the terms), read through set views that binary-search
 * them. Word positions are not stored at all: they are recomputed from the text for the few candidates
 * whose values need placing, and the last few thousand are kept.
 */
import { sharedWordNet } from "../search/related-words.js";
import { positionedTerms, processTerm, stemsOf, termsOf } from "../search/terms.js";
import type { Article, Passage } from "../types.js";
import { extractValues, type PassageValues } from "./extract-values.js";
import { describesParty } from "./kind-noun.js";
import { type AliasTable, createAliasTable, learnAliases } from "./learn-aliases.js";
import { describedPartyTerms, learnDescriptions } from "./learn-descriptions.js";
import { learnPeople } from "./learn-people.js";

/** A word's term and character offset. */
export interface TermPosition {
  at: number;
  term: string;
}

export interface IndexedPassage {
  readonly passage: Passage;
  readonly article: Article;
  readonly terms: ReadonlySet<string>;
  /** Each word's term and character offset, in order: how near a value stands to what it is of. */
  readonly positions: readonly TermPosition[];
  /** Stems as written, to tell a word the question used from a synonym of it. */
  readonly stems: ReadonlySet<string>;
  readonly contextTerms: ReadonlySet<string>;
  readonly values: PassageValues;
  /** Precomputed for ranking: word count, whether it asks rather than states, whether it names or counts anything. */
  readonly words: number;
  readonly asks: boolean;
  readonly informative: boolean;
  /**
   * Whether the passage holds a value of any of `kinds`, told without reading its values where the kinds
   * are stored (a start from the snapshot); absent, read `values`.
   */
  holdsValues?(kinds: readonly (keyof PassageValues)[]): boolean;
}

/** Interned terms: id → term and term → id, shared by every passage of the process (append-only). */
const termIds = new Map<string, number>();
const idTerms: string[] = [];

/** A single word's search term, folded as in running text (`termsOf`). */
const nounTerm = (word: string): string | null => termsOf(word)[0] ?? null;

/** The numeric id of a term, interning it on first sight. */
export function termId(term: string): number {
  let id = termIds.get(term);
  if (id === undefined) {
    id = idTerms.length;
    idTerms.push(term);
    termIds.set(term, id);
  }
  return id;
}

/** Every interned term, by id (for the snapshot). */
export function internedTerms(): readonly string[] {
  return idTerms;
}

/** Whether sorted ids `pool[from, to)` hold `id`. */
function holds(pool: Uint32Array, from: number, to: number, id: number): boolean {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = pool[mid]!;
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

/**
 * A read-only set of terms over runs of a pool: `base` minus `minus` plus `plus` (a passage's stems are
 * its terms, less the synonym heads it never wrote, plus the stems folded into them). `minus` ⊆ `base`
 * and `plus` ∩ `base` = ∅, so the size is plain arithmetic.
 */
class TermView implements ReadonlySet<string> {
  constructor(
    private readonly pool: Uint32Array,
    private readonly base: number,
    private readonly baseEnd: number,
    private readonly minus = 0,
    private readonly minusEnd = 0,
    private readonly plus = 0,
    private readonly plusEnd = 0,
  ) {}
  has(term: string): boolean {
    const id = termIds.get(term);
    if (id === undefined) return false;
    if (holds(this.pool, this.base, this.baseEnd, id))
      return !holds(this.pool, this.minus, this.minusEnd, id);
    return holds(this.pool, this.plus, this.plusEnd, id);
  }
  get size(): number {
    return this.baseEnd - this.base - (this.minusEnd - this.minus) + (this.plusEnd - this.plus);
  }
  *values(): SetIterator<string> {
    const pool = this.pool;
    for (let i = this.base; i < this.baseEnd; i++) {
      if (!holds(pool, this.minus, this.minusEnd, pool[i]!)) yield idTerms[pool[i]!]!;
    }
    for (let i = this.plus; i < this.plusEnd; i++) yield idTerms[pool[i]!]!;
  }
  keys(): SetIterator<string> {
    return this.values();
  }
  *entries(): SetIterator<[string, string]> {
    for (const t of this.values()) yield [t, t];
  }
  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }
  forEach(fn: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const t of this.values()) fn.call(thisArg, t, t, this);
  }
}

/**
 * How many of `passages` hold `term` among their terms (`IndexedPassage.terms`): a story's document
 * frequency. The term's id is looked up once and packed passages' runs searched directly, where a set view
 * per passage cost a story of 100,000 passages tens of milliseconds a term.
 */
export function countHolding(passages: readonly IndexedPassage[], term: string): number {
  let n = 0;
  forEachHolding(passages, term, () => n++);
  return n;
}

/** The passages holding a term (as `countHolding` counts them), in order. */
export function passagesHolding(passages: readonly IndexedPassage[], term: string): IndexedPassage[] {
  const out: IndexedPassage[] = [];
  forEachHolding(passages, term, (ip) => out.push(ip));
  return out;
}

function forEachHolding(
  passages: readonly IndexedPassage[],
  term: string,
  each: (ip: IndexedPassage) => void,
) {
  const id = termIds.get(term);
  // A term no passage was ever packed with (a spelling correction tries some 400 a word) is held by none
  // of a packed story's passages: no pass over them.
  if (id === undefined && allPacked(passages)) return;
  for (const ip of passages) {
    if (ip instanceof PackedPassage) {
      if (id !== undefined && holds(ip.pool, ip.at, ip.context, id)) each(ip);
    } else if (ip.terms.has(term)) each(ip);
  }
}

/** Whether every passage of a list is packed, per list (a story's list is kept while its articles stay). */
const packedLists = new WeakMap<readonly IndexedPassage[], boolean>();
function allPacked(passages: readonly IndexedPassage[]): boolean {
  let packed = packedLists.get(passages);
  if (packed === undefined) {
    packed = passages.every((ip) => ip instanceof PackedPassage);
    packedLists.set(passages, packed);
  }
  return packed;
}

/** Recomputed positions of the passages asked about lately (positions cost ~1 KB a passage to keep). */
const recentPositions = new Map<PackedPassage, readonly TermPosition[]>();
const RECENT_POSITIONS = 4_096;

/** The kinds of `PassageValues`, in the order `extractValues` writes them: bit i of a kinds mask is KINDS[i]. */
const KINDS = ["money", "percent", "duration", "date", "count", "quotes", "people", "names"] as const;
// Every kind is listed: a kind added to PassageValues and not here fails to compile.
const _allKinds: Exclude<keyof PassageValues, (typeof KINDS)[number]> extends never ? true : never = true;
void _allKinds;

const BIT = Object.fromEntries(KINDS.map((kind, i) => [kind, 1 << i])) as Record<keyof PassageValues, number>;

/** Which kinds of values a passage holds (bit i: KINDS[i] non-empty). */
export function valueKinds(values: PassageValues): number {
  let mask = 0;
  for (const kind of KINDS) if (values[kind].length) mask |= BIT[kind];
  return mask;
}

/**
 * An article's passages' values, shared by its passages: given, or read passage by passage on first need (a
 * start from a snapshot parses a passage's values only when a question reaches that passage — most never
 * are, and a question reaches a few passages of an article, not all), with how many of its passages name each
 * (lower-cased) name, which the engine needs at start for every article, and, when stored, the kinds of
 * values each passage holds (`valueKinds`), which tell without reading a passage that it states no figure.
 */
class ArticleValues {
  private readonly values: (PassageValues | undefined)[];
  constructor(
    values: PassageValues[] | undefined,
    private readonly read: ((i: number) => PassageValues) | undefined,
    readonly names: ReadonlyMap<string, number>,
    private readonly kinds?: readonly number[],
  ) {
    this.values = values ?? [];
  }
  at(i: number): PassageValues {
    let found = this.values[i];
    if (!found) {
      found = compactValues(this.read!(i));
      this.values[i] = found;
    }
    return found;
  }
  /** The kinds of values passage `i` holds (`valueKinds`), read only when neither stored nor at hand. */
  kindsAt(i: number): number {
    const values = this.values[i];
    return values ? valueKinds(values) : (this.kinds?.[i] ?? valueKinds(this.at(i)));
  }
}

/** How many of the passages name each (lower-cased) name. */
function nameCounts(values: readonly PassageValues[]): Map<string, number> {
  const names = new Map<string, number>();
  for (const v of values) {
    for (const n of new Set(v.names.map((name) => name.text.toLowerCase())))
      names.set(n, (names.get(n) ?? 0) + 1);
  }
  return names;
}

/**
 * One passage's runs in its article's pool: terms from `at`, context terms from `context`, stems not among
 * the terms from `stemsOnly`, terms not among the stems from `termsOnly` to `end` (each run sorted).
 */
class PackedPassage implements IndexedPassage {
  constructor(
    readonly passage: Passage,
    readonly article: Article,
    /** This passage's place in its article (its values' index in `shared`). */
    private readonly nth: number,
    private readonly shared: ArticleValues,
    readonly words: number,
    readonly asks: boolean,
    readonly informative: boolean,
    /** The article's pool and this passage's runs in it (see `PackedLayout`). */
    readonly pool: Uint32Array,
    readonly at: number,
    readonly context: number,
    readonly stemsOnly: number,
    readonly termsOnly: number,
    readonly end: number,
    /** Alias terms placed at a long form's offset ("ftc" where "Federal Trade Commission" stands). */
    readonly aliased: readonly TermPosition[] | undefined,
  ) {}
  get values(): PassageValues {
    return this.shared.at(this.nth);
  }
  holdsValues(kinds: readonly (keyof PassageValues)[]): boolean {
    const mask = this.shared.kindsAt(this.nth);
    return kinds.some((kind) => (mask & BIT[kind]) !== 0);
  }
  /** How many of its article's passages name each (lower-cased) name. */
  get namedInArticle(): ReadonlyMap<string, number> {
    return this.shared.names;
  }
  get terms(): ReadonlySet<string> {
    return new TermView(this.pool, this.at, this.context);
  }
  get contextTerms(): ReadonlySet<string> {
    return new TermView(this.pool, this.context, this.stemsOnly);
  }
  get stems(): ReadonlySet<string> {
    return new TermView(
      this.pool,
      this.at,
      this.context,
      this.termsOnly,
      this.end,
      this.stemsOnly,
      this.termsOnly,
    );
  }
  get positions(): readonly TermPosition[] {
    let found = recentPositions.get(this);
    if (found) {
      recentPositions.delete(this);
    } else {
      const all = positionedTerms(this.passage.text);
      found = this.aliased ? [...all, ...this.aliased].sort((a, b) => a.at - b.at) : all;
    }
    recentPositions.set(this, found);
    if (recentPositions.size > RECENT_POSITIONS) recentPositions.delete(recentPositions.keys().next().value!);
    return found;
  }
}

/** The compact form of a passage's precomputed data, as the snapshot stores it (ids into `internedTerms`). */
export interface PackedData {
  /** Absent when the article's values are read later (`packArticle`'s `later`). */
  values?: PassageValues;
  words: number;
  asks: boolean;
  informative: boolean;
  terms: number[];
  context: number[];
  stemsOnly: number[];
  termsOnly: number[];
  aliased?: TermPosition[];
}

/** One value list shared by every passage without such values: most passages hold none of most kinds. */
const NONE: never[] = Object.freeze([]) as unknown as never[];

/** One copy of each value key and name ("name:greapen ai", "Greapen AI"): the same few recur in every story. */
const shared = new Map<string, string>();
const intern = (text: string) => {
  const kept = shared.get(text);
  if (kept !== undefined) return kept;
  shared.set(text, text);
  return text;
};

/** The values with empty kinds shared and keys (and names) interned; the value objects are the caller's. */
function compactValues(values: PassageValues): PassageValues {
  const out = { ...values };
  for (const kind of Object.keys(out) as (keyof PassageValues)[]) {
    if (!out[kind].length) {
      out[kind] = NONE;
      continue;
    }
    for (const v of out[kind] as { key: string; text: string }[]) {
      v.key = intern(v.key);
      if (kind === "names" || kind === "people") v.text = intern(v.text);
    }
  }
  return out;
}

const byNumber = (a: number, b: number) => a - b;

/**
 * Where values are read from when they are not at hand: a function giving the values of the passage at an
 * index (called on first need, once a passage), with the article's name counts (`articleNames`) known now.
 */
export interface LaterValues {
  values: (i: number) => PassageValues;
  names: ReadonlyMap<string, number>;
  /** Per passage, the kinds it holds (`valueKinds`), when known: a kind not held is never read. */
  kinds?: readonly number[];
}

/**
 * Packs an article's passages' data (in passage order) into one pool shared by its passages; sorts the
 * data's id lists in place. Values come with the data, or `later` (see `LaterValues`).
 */
export function packArticle(
  article: Article,
  data: readonly PackedData[],
  later?: LaterValues,
): IndexedPassage[] {
  const given = later ? undefined : data.map((d) => compactValues(d.values!));
  const shared = new ArticleValues(
    given,
    later?.values,
    later ? later.names : nameCounts(given!),
    later?.kinds,
  );
  let length = 0;
  for (const d of data) length += d.terms.length + d.context.length + d.stemsOnly.length + d.termsOnly.length;
  const pool = new Uint32Array(length);
  let at = 0;
  return data.map((d, i) => {
    const [start, context, stemsOnly, termsOnly] = [d.terms, d.context, d.stemsOnly, d.termsOnly].map(
      (ids) => {
        const from = at;
        // In place: a typed array per run to sort was most of a start's garbage.
        pool.set(ids.sort(byNumber), at);
        at += ids.length;
        return from;
      },
    ) as [number, number, number, number];
    return new PackedPassage(
      article.passages[i]!,
      article,
      i,
      shared,
      d.words,
      d.asks,
      d.informative,
      pool,
      start,
      context,
      stemsOnly,
      termsOnly,
      at,
      d.aliased?.length ? d.aliased : undefined,
    );
  });
}

/**
 * An article's packed passages as the snapshot stores them: the pool of term ids its passages share, and
 * per passage seven numbers — word count, flags (1 asks, 2 informative), and where its runs start and end
 * in the pool (terms, context terms, stems only, terms only, end) — with the few alias positions by passage.
 * Reading it back is one copy of the pool, where lists of ids per passage cost a start an array each.
 */
export interface PackedLayout {
  pool: Uint32Array;
  layout: number[];
  /** [passage index, its alias positions] for the passages that have any. */
  aliased: [number, TermPosition[]][];
}

const LAYOUT_WIDTH = 7;

/** An article's packed passages' layout (see `PackedLayout`); throws when they were not packed together. */
export function layoutOf(passages: readonly IndexedPassage[]): PackedLayout {
  const first = passages[0];
  const pool = first instanceof PackedPassage ? first.pool : new Uint32Array(0);
  const layout: number[] = [];
  const aliased: [number, TermPosition[]][] = [];
  for (const [i, ip] of passages.entries()) {
    if (!(ip instanceof PackedPassage) || ip.pool !== pool)
      throw new Error(`passage "${ip.passage.id}" was not packed with its article`);
    layout.push(
      ip.words,
      (ip.asks ? 1 : 0) | (ip.informative ? 2 : 0),
      ip.at,
      ip.context,
      ip.stemsOnly,
      ip.termsOnly,
      ip.end,
    );
    if (ip.aliased) aliased.push([i, [...ip.aliased]]);
  }
  return { pool, layout, aliased };
}

/**
 * An article's passages from their stored layout (`layoutOf`), values read later as `packArticle`'s.
 * `remap`, when given, turns stored term ids into this process's (each run is sorted again); throws when the
 * layout does not fit the article or the pool.
 */
export function unpackLayout(
  article: Article,
  stored: PackedLayout,
  later: LaterValues,
  remap?: (id: number) => number,
): IndexedPassage[] {
  const { pool, layout } = stored;
  if (layout.length !== article.passages.length * LAYOUT_WIDTH)
    throw new Error(`article "${article.meta.id}": layout for ${layout.length / LAYOUT_WIDTH} passages`);
  const shared = new ArticleValues(undefined, later.values, later.names, later.kinds);
  const aliased = new Map(stored.aliased);
  return article.passages.map((passage, i) => {
    // Read in place: a slice a passage was an array for the collector to take back.
    const o = i * LAYOUT_WIDTH;
    const [words, flags, at, context, stemsOnly, termsOnly, end] = [
      layout[o]!,
      layout[o + 1]!,
      layout[o + 2]!,
      layout[o + 3]!,
      layout[o + 4]!,
      layout[o + 5]!,
      layout[o + 6]!,
    ];
    if (
      !(
        at <= context &&
        context <= stemsOnly &&
        stemsOnly <= termsOnly &&
        termsOnly <= end &&
        end <= pool.length
      )
    )
      throw new Error(`article "${article.meta.id}": passage ${i}'s runs do not fit its pool`);
    if (remap) {
      for (let j = at; j < end; j++) pool[j] = remap(pool[j]!);
      for (const [from, to] of [
        [at, context],
        [context, stemsOnly],
        [stemsOnly, termsOnly],
        [termsOnly, end],
      ] as const)
        pool.subarray(from, to).sort();
    }
    return new PackedPassage(
      passage,
      article,
      i,
      shared,
      words,
      (flags & 1) !== 0,
      (flags & 2) !== 0,
      pool,
      at,
      context,
      stemsOnly,
      termsOnly,
      end,
      aliased.get(i),
    );
  });
}

/**
 * How many of an article's passages name each (lower-cased) name: kept with packed passages (a start from
 * a snapshot knows it without reading the values), else counted.
 */
export function articleNames(passages: readonly IndexedPassage[]): ReadonlyMap<string, number> {
  const first = passages[0];
  return first instanceof PackedPassage ? first.namedInArticle : nameCounts(passages.map((ip) => ip.values));
}

/** The compact data of a packed passage (what `packArticle` took), for the snapshot. */
export function unpack(ip: IndexedPassage): PackedData {
  if (!(ip instanceof PackedPassage)) throw new Error(`passage "${ip.passage.id}" was not packed`);
  const ids = (set: ReadonlySet<string>) => [...set].map(termId);
  const terms = ids(ip.terms);
  const stems = new Set(ip.stems);
  return {
    values: ip.values,
    words: ip.words,
    asks: ip.asks,
    informative: ip.informative,
    terms,
    context: ids(ip.contextTerms),
    stemsOnly: [...stems].filter((s) => !ip.terms.has(s)).map(termId),
    termsOnly: [...ip.terms].filter((t) => !stems.has(t)).map(termId),
    ...(ip.aliased ? { aliased: [...ip.aliased] } : {}),
  };
}

/**
 * A passage naming an alias's long form ("Federal Trade Commission") also holds the short form's term ("ftc"),
 * at the long form's place, so a question using either finds it; likewise a name split in two words. Only
 * the aliases whose long form's first word the passage has as a word are tried (`AliasTable.within`).
 */
function aliasPositions(text: string, terms: Set<string>, tables: readonly AliasTable[]): TermPosition[] {
  const out: TermPosition[] = [];
  const lower = text.toLowerCase();
  for (const alias of tables.flatMap((t) => t.within(text))) {
    const term = processTerm(alias.short);
    if (!term || terms.has(term)) continue;
    const at = lower.indexOf(alias.long.toLowerCase());
    if (at < 0) continue;
    terms.add(term);
    out.push({ at, term });
  }
  // A name written as a word and an acronym ("North AI") is also the one word other sources write
  // ("NorthAI").
  for (const m of text.matchAll(/(?<![\p{L}\p{N}_])(\p{Lu}[\p{L}\p{N}]*) ([A-Z]{2,4})(?![\p{L}\p{N}_])/gu)) {
    const term = processTerm(m[1]! + m[2]!);
    if (!term || terms.has(term)) continue;
    terms.add(term);
    out.push({ at: m.index, term });
  }
  return out;
}

/**
 * Precomputes an article's passages. `known` are aliases learned from other articles; the article's own
 * ("Federal Trade Commission (FTC)") are learned here.
 */
export function indexArticle(article: Article, known: AliasTable = createAliasTable()): IndexedPassage[] {
  const data: PackedData[] = [];
  const aliases = [known, createAliasTable(learnAliases(article.passages.map((p) => p.text).join("\n")))];
  // A counted noun folds as the passage's words do ("accelerators" is filed under "chip"), which a word's
  // stem alone does not.
  // A person the article names as one anywhere is one in each of its sentences, and so is the surname alone.
  const allValues = learnPeople(
    article.passages.map((p) => extractValues(p.text, nounTerm, article.meta.published)),
  );
  const wordNet = sharedWordNet();
  const descriptions = learnDescriptions(
    article.passages.map((p, i) => ({ text: p.text, names: allValues[i]!.names })),
    (word, slot) => describesParty(word, wordNet, slot),
    termsOf,
  );
  let previous: Passage | undefined;
  for (const [i, passage] of article.passages.entries()) {
    const context = new Set<string>();
    if (passage.heading) for (const t of termsOf(passage.heading)) context.add(t);
    if (previous && previous.paragraph === passage.paragraph && previous.kind !== "heading") {
      for (const t of termsOf(previous.text)) context.add(t);
    }
    const values = allValues[i]!;
    const terms = new Set(termsOf(passage.text));
    // "the miner said …": the party the article described as the miner.
    for (const t of describedPartyTerms(passage.text, descriptions, terms)) context.add(t);
    const stems = stemsOf(passage.text);
    const aliased = aliasPositions(passage.text, terms, aliases);
    for (const a of aliased) stems.add(a.term);
    data.push({
      values,
      words: passage.text.split(/\s+/).length,
      asks: /\?["”]?$/.test(passage.text),
      informative: values.names.length + values.money.length + values.count.length > 0,
      terms: [...terms].map(termId),
      context: [...context].map(termId),
      stemsOnly: [...stems].filter((s) => !terms.has(s)).map(termId),
      termsOnly: [...terms].filter((t) => !stems.has(t)).map(termId),
      ...(aliased.length ? { aliased } : {}),
    });
    previous = passage;
  }
  return packArticle(article, data);
}
