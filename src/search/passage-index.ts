/**
 * The passage index: the only module that knows MiniSearch. Callers add and remove passages and ask for
 * the best matches; the engine behind could change without touching them.
 *
 * MiniSearch stays the index (its postings, field lengths and BM25+ scoring), but `search()` no longer asks
 * MiniSearch to score and sort every passage that holds any query term: a question with a common word
 * ("deal") matched half of all passages for the sake of 120. Instead it walks MiniSearch's postings itself,
 * term-at-a-time, rarest term first, scoring each newly met passage fully by looking its other terms up, and
 * keeps the best `limit` in a heap. Before the postings of a commoner term it checks the MaxScore bound
 * (Turtle & Flood 1995, as in Lucene's MaxScore scorer; WAND, Broder et al. 2003, uses the same per-term
 * upper bounds): a passage holding none of the terms already walked can score at most the bound of the
 * remaining terms, and once that bound is below the k-th best score the walk stops. Within a scope (a
 * story's passages) the walk is the same, each term's passages in the scope found from the smaller side:
 * its postings, or the scope's passages looked up in them. The scores, the order and the ties are exactly
 * MiniSearch's own `search()` (a test checks them against it), so answers do not change — only their cost.
 */
import MiniSearch from "minisearch";
import type { Passage } from "../types.js";
import { DenseIdMap } from "./dense-id-map.js";
import { appendPostings, PackedPostings } from "./packed-postings.js";
import { processTerm, tokenize } from "./terms.js";

export interface PassageHit {
  passageId: string;
  score: number;
  /** Canonical query terms this passage matched. */
  terms: string[];
}

/**
 * A chunk of the index's terms as `toJSON` gives them: each term with, per field, how many postings it
 * has, and every posting of the chunk's terms in that order as `[shortId, frequency]` pairs of 32-bit
 * integers (little-endian, as every platform Node runs on) in base64 — one string a chunk, which parses
 * faster than lists of numbers and is read into one `Uint32Array` the chunk's terms share.
 */
export interface PostingsChunk {
  terms: [string, [number, number][]][];
  postings: string;
}

/**
 * What `toJSON` gives and `loadPassageIndex` takes: MiniSearch's own serialisation, its postings in chunks;
 * given the passages' ids, its documents too (`documentIds` and `fieldLength` then empty), as `documents`:
 * per passage, in the order of those ids, its short id, how many fields it has a length for and the two
 * lengths (-1 for none), as little-endian 32-bit integers in base64 — where a JSON object of a hundred
 * thousand ids and length lists cost a start from the snapshot its parse and MiniSearch's copy into Maps.
 */
export type PassageIndexJson = Omit<ReturnType<MiniSearch<Passage>["toJSON"]>, "index"> & {
  index: PostingsChunk[];
  documents?: string;
};

/** Numbers `documents` holds a passage. */
const DOCUMENT_WIDTH = 4;

/** Terms of a `PostingsChunk`. */
const TERMS_PER_CHUNK = 5_000;

export interface PassageIndex {
  add(passages: readonly Passage[]): void;
  remove(passages: readonly Passage[]): void;
  /**
   * The `limit` best passages for the canonical terms, best first, scored as MiniSearch's BM25+ with OR
   * (text weighs twice the heading; a passage's score is multiplied by how many query terms it holds).
   * `scope`, when given, restricts the hits to those passage ids (a story's passages) or to the passages
   * it accepts; a set of ids costs at most its size per term (a common term's passages are found by
   * looking the scope's passages up in its postings, not by walking them), so pass a set for a story.
   */
  search(
    terms: readonly string[],
    limit: number,
    scope?: ReadonlySet<string> | ((passageId: string) => boolean),
  ): PassageHit[];
  /** How many passages' text contains a canonical term (for weighting rare terms); O(1), never a search. */
  documentFrequency(term: string): number;
  /** Whether any passage has a term within a small edit distance (to forgive typos). */
  closestTerm(term: string): string | undefined;
  /** A bare MiniSearch search over every match, scored and sorted: the baseline the bench compares with. */
  fullSearch(terms: readonly string[]): PassageHit[];
  /**
   * The whole index serialised for the snapshot (see `PassageIndexJson`); `ids`, every passage's id in the
   * order they were added, let it write its documents compactly (loaded back with the same ids).
   */
  toJSON(ids?: Iterable<string>): PassageIndexJson;
  readonly size: number;
}

/** MiniSearch's BM25+ defaults (k, b, d), which the index keeps. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
/** Field weights: the sentence itself counts twice its section heading. */
const FIELDS = ["text", "heading"] as const;
const BOOST: Record<(typeof FIELDS)[number], number> = { text: 2, heading: 1 };

const miniOptions = {
  fields: [...FIELDS],
  storeFields: [],
  // MiniSearch only reads the tokens; they are shared with the other callers of `tokenize`.
  tokenize: (text: string) => tokenize(text) as string[],
  processTerm: (term: string) => processTerm(term) ?? false,
  // Queries arrive as canonical terms already; only guard against empty ones.
  searchOptions: { processTerm: (term: string) => term || false, boost: BOOST },
};

/**
 * The parts of MiniSearch 7's state that scoring reads. They are not public API; `internalsOf` checks they
 * are there, and the tests compare every ranking with MiniSearch's own `search()`, so an upgrade that
 * changes them fails loudly instead of ranking differently.
 */
interface Internals {
  _index: Iterable<[string, Map<number, Map<number, number>>]> & {
    get(term: string): Map<number, Map<number, number>> | undefined;
    set(term: string, data: Map<number, Map<number, number>>): unknown;
    fuzzyGet(term: string, distance: number): Map<string, [Map<number, Map<number, number>>, number]>;
  };
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
  _fieldLength: Map<number, number[]>;
  _documentCount: number;
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
}

function internalsOf(mini: MiniSearch<Passage>): Internals {
  const m = mini as unknown as Internals;
  if (
    typeof m._index?.get !== "function" ||
    typeof m._index.set !== "function" ||
    typeof m._index.fuzzyGet !== "function" ||
    !(m._fieldLength instanceof Map) ||
    !(m._documentIds instanceof Map) ||
    !(m._idToShortId instanceof Map) ||
    !Array.isArray(m._avgFieldLength) ||
    typeof m._fieldIds?.text !== "number"
  ) {
    throw new Error(
      "minisearch: internal layout not as expected (passage-index.ts reads MiniSearch 7's postings)",
    );
  }
  return m;
}

/** One field's postings of one query token, with what BM25 needs that is the same for every passage. */
interface FieldPostings {
  field: number;
  /** Position in FIELDS: MiniSearch walks the fields in that order. */
  order: number;
  boost: number;
  postings: Map<number, number>;
  idf: number;
  avgLength: number;
}

interface Token {
  token: string;
  /** Index among the distinct tokens (a repeated token adds its score again but counts once). */
  distinct: number;
  /** Which query (canonical term) it came from: MiniSearch sums within a query first. */
  query: number;
  fields: FieldPostings[];
}

interface Scored {
  shortId: number;
  score: number;
  /** Where MiniSearch first met the passage (query token and field, in order): its tie-break. */
  firstSeen: number;
}

/** True when `a` ranks below `b` (lower score, or equal and met later), as MiniSearch's stable sort does. */
const worse = (a: Scored, b: Scored) =>
  a.score < b.score ||
  (a.score === b.score &&
    (a.firstSeen > b.firstSeen || (a.firstSeen === b.firstSeen && a.shortId > b.shortId)));

/** A bounded min-heap of the best `limit` passages: the root is the worst kept. */
class TopK {
  readonly items: Scored[] = [];
  constructor(private readonly limit: number) {}
  get full(): boolean {
    return this.items.length >= this.limit;
  }
  get worst(): Scored | undefined {
    return this.items[0];
  }
  offer(s: Scored): void {
    const h = this.items;
    if (h.length < this.limit) {
      h.push(s);
      let i = h.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(h[i]!, h[parent]!)) break;
        [h[i], h[parent]] = [h[parent]!, h[i]!];
        i = parent;
      }
      return;
    }
    if (!worse(h[0]!, s)) return;
    h[0] = s;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < h.length && worse(h[l]!, h[least]!)) least = l;
      if (r < h.length && worse(h[r]!, h[least]!)) least = r;
      if (least === i) break;
      [h[i], h[least]] = [h[least]!, h[i]!];
      i = least;
    }
  }
}

/** A scope's passages by sorted short id, and which of them the current search has scored. */
interface LocalScope {
  version: number;
  shortIds: Int32Array;
  met: Uint32Array;
  stamp: number;
}

/** Where `shortId` stands in sorted `ids`, or -1 (binary search). */
function indexOf(ids: Int32Array, shortId: number): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = ids[mid]!;
    if (v === shortId) return mid;
    if (v < shortId) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/** Builds an empty index. */
export function createPassageIndex(): PassageIndex {
  return wrap(new MiniSearch<Passage>(miniOptions));
}

/**
 * Rebuilds an index from `toJSON()`'s output (parsed). Throws (with MiniSearch's message) when it is not a
 * MiniSearch index of this version; callers treat that as a corrupt snapshot. Each term's postings stay
 * packed (`PackedPostings`), never a Map a term. `ids`, the passages' ids as the caller holds them, in the
 * order they were added, let MiniSearch keep those strings instead of copies of its own (a passage id
 * twice over cost a start from the snapshot some 60 bytes a passage); where they stop matching its ids in
 * order, the rest are its own.
 */
export function loadPassageIndex(json: PassageIndexJson, ids?: Iterable<string>): PassageIndex {
  const { documents, ...plain } = json;
  if (ids && documents === undefined) shareIds(json.documentIds as Record<string, unknown>, ids);
  const mini = MiniSearch.loadJS<Passage>({ ...plain, index: [] }, miniOptions);
  const inside = denseDocuments(internalsOf(mini));
  if (documents !== undefined) {
    if (!ids) throw new Error("an index with its documents packed, loaded without their ids");
    loadDocuments(inside, documents, ids);
  }
  const postings = inside._index;
  for (const chunk of json.index) {
    const bytes = Buffer.from(chunk.postings, "base64");
    if (bytes.length % 8) throw new Error(`a postings chunk of ${bytes.length} bytes`);
    // Copied into a buffer of its own: the decoded bytes may sit unaligned in Node's shared pool.
    const pool = new Uint32Array(bytes.length / 4);
    new Uint8Array(pool.buffer).set(bytes);
    let at = 0;
    for (const [term, fields] of chunk.terms) {
      const data = new Map<number, Map<number, number>>();
      for (const [field, count] of fields) {
        data.set(field, new PackedPostings(pool, at, at + 2 * count));
        at += 2 * count;
      }
      postings.set(term, data);
    }
    if (at !== pool.length) throw new Error(`a postings chunk of ${pool.length / 2} pairs lists ${at / 2}`);
  }
  return wrap(mini);
}

/** MiniSearch's documents (ids both ways, field lengths) from `documents` and the passages' ids in order. */
function loadDocuments(inside: Internals, documents: string, ids: Iterable<string>): void {
  const bytes = Buffer.from(documents, "base64");
  if (bytes.length % (4 * DOCUMENT_WIDTH)) throw new Error(`documents of ${bytes.length} bytes`);
  const packed = new Int32Array(bytes.length / 4);
  new Uint8Array(packed.buffer).set(bytes);
  let at = 0;
  let last = -1;
  for (const id of ids) {
    if (at >= packed.length) throw new Error("more passages than documents");
    const [shortId, fields] = [packed[at]!, packed[at + 1]!];
    if (shortId <= last || fields < 0 || fields > 2) throw new Error(`document ${shortId} out of order`);
    const length = (f: number) => (packed[at + 2 + f]! < 0 ? null : packed[at + 2 + f]!);
    // Literals, sized exactly: an array grown by push holds room for 17 numbers.
    const lengths = fields === 0 ? [] : fields === 1 ? [length(0)] : [length(0), length(1)];
    inside._documentIds.set(shortId, id);
    inside._idToShortId.set(id, shortId);
    inside._fieldLength.set(shortId, lengths as number[]);
    last = shortId;
    at += DOCUMENT_WIDTH;
  }
  if (at !== packed.length) throw new Error("fewer passages than documents");
}

/** `documents` for the passages' ids in order, or undefined unless they are every document, by ascending short id. */
function packDocuments(inside: Internals, ids: Iterable<string>): string | undefined {
  const packed = new Int32Array(inside._documentIds.size * DOCUMENT_WIDTH);
  let at = 0;
  let last = -1;
  for (const id of ids) {
    const shortId = inside._idToShortId.get(id);
    const lengths = shortId === undefined ? undefined : inside._fieldLength.get(shortId);
    if (shortId === undefined || shortId <= last || at >= packed.length || !lengths || lengths.length > 2)
      return undefined;
    packed[at] = shortId;
    packed[at + 1] = lengths.length;
    for (let f = 0; f < 2; f++) packed[at + 2 + f] = lengths[f] ?? -1;
    last = shortId;
    at += DOCUMENT_WIDTH;
  }
  return at === packed.length ? Buffer.from(packed.buffer).toString("base64") : undefined;
}

/** Replaces the serialised ids (short id → id, in short-id order) by equal strings of `ids`, in order, while they match. */
function shareIds(documentIds: Record<string, unknown>, ids: Iterable<string>): void {
  const next = ids[Symbol.iterator]();
  for (const shortId in documentIds) {
    const id = next.next();
    if (id.done || documentIds[shortId] !== id.value) return;
    documentIds[shortId] = id.value;
  }
}

/** MiniSearch's Maps by short id as `DenseIdMap`s (the same entries, in the same order). */
function denseDocuments(inside: Internals): Internals {
  if (!(inside._documentIds instanceof DenseIdMap)) inside._documentIds = DenseIdMap.of(inside._documentIds);
  if (!(inside._fieldLength instanceof DenseIdMap)) inside._fieldLength = DenseIdMap.of(inside._fieldLength);
  return inside;
}

function wrap(mini: MiniSearch<Passage>): PassageIndex {
  const inside = denseDocuments(internalsOf(mini));
  const textField = inside._fieldIds.text!;

  /** Splits each canonical term as MiniSearch would and gathers its postings per field. */
  const tokensOf = (terms: readonly string[]): Token[] => {
    const out: Token[] = [];
    const n = inside._documentCount;
    const distinct = new Map<string, number>();
    terms.forEach((term, query) => {
      for (const token of tokenize(term)) {
        if (!token) continue;
        const data = inside._index.get(token);
        const fields: FieldPostings[] = [];
        for (const [order, name] of FIELDS.entries()) {
          const field = inside._fieldIds[name]!;
          const postings = data?.get(field);
          if (!postings) continue;
          const df = postings.size;
          fields.push({
            field,
            order,
            boost: BOOST[name],
            postings,
            idf: Math.log(1 + (n - df + 0.5) / (df + 0.5)),
            avgLength: inside._avgFieldLength[field]!,
          });
        }
        if (!distinct.has(token)) distinct.set(token, distinct.size);
        out.push({ token, distinct: distinct.get(token)!, query, fields });
      }
    });
    return out;
  };

  /**
   * A passage's full score, summed in MiniSearch's order (within a field, then a token, then a query) so
   * the floating-point result is identical; undefined when it holds no token.
   */
  const scoreOf = (tokens: readonly Token[], shortId: number): Scored | undefined => {
    const lengths = inside._fieldLength.get(shortId);
    if (!lengths) return undefined;
    let total: number | undefined;
    let query: number | undefined;
    let sum: number | undefined;
    let firstSeen = -1;
    let matched = 0;
    stamp++;
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!;
      if (token.query !== query) {
        if (sum !== undefined) total = total === undefined ? sum : total + sum;
        sum = undefined;
        query = token.query;
      }
      let tokenScore: number | undefined;
      for (let f = 0; f < token.fields.length; f++) {
        const fp = token.fields[f]!;
        const tf = fp.postings.get(shortId);
        if (tf === undefined) continue;
        const length = lengths[fp.field]!;
        const raw =
          fp.idf *
          (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / fp.avgLength)));
        const weighted = fp.boost * raw;
        tokenScore = tokenScore === undefined ? weighted : tokenScore + weighted;
        if (firstSeen < 0) firstSeen = t * FIELDS.length + fp.order;
      }
      if (tokenScore !== undefined) {
        sum = sum === undefined ? tokenScore : sum + tokenScore;
        if (marks[token.distinct] !== stamp) {
          marks[token.distinct] = stamp;
          matched++;
        }
      }
    }
    if (sum !== undefined) total = total === undefined ? sum : total + sum;
    if (total === undefined) return undefined;
    return { shortId, score: total * matched, firstSeen };
  };
  /** Which distinct tokens the passage being scored matched: marks[i] === stamp (no allocation per passage). */
  let marks = new Float64Array(16);
  let stamp = 0;

  /**
   * A scope's passages as sorted short ids, kept per scope (a story's set of ids, reused for every question
   * about it) until passages are added or removed, which may change short ids; `met` marks the passages a
   * search has scored (`met[i] === stamp`), so no search allocates per passage.
   */
  const scopes = new WeakMap<ReadonlySet<string>, LocalScope>();
  let version = 0;
  const scopeOf = (scope: ReadonlySet<string>): LocalScope => {
    let local = scopes.get(scope);
    if (!local || local.version !== version) {
      const ids: number[] = [];
      for (const id of scope) {
        const shortId = inside._idToShortId.get(id);
        if (shortId !== undefined) ids.push(shortId);
      }
      const shortIds = Int32Array.from(ids).sort();
      local = { version, shortIds, met: new Uint32Array(shortIds.length), stamp: 0 };
      scopes.set(scope, local);
    }
    return local;
  };

  /** The matched query terms of a hit, in MiniSearch's order (`Object.keys` of its match object). */
  const matchedTerms = (tokens: readonly Token[], shortId: number): string[] => {
    const match: Record<string, true> = {};
    for (const t of tokens) if (t.fields.some((fp) => fp.postings.has(shortId))) match[t.token] = true;
    return Object.keys(match);
  };

  const toHits = (tokens: readonly Token[], top: TopK): PassageHit[] =>
    top.items
      .sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0))
      .map((s) => ({
        passageId: inside._documentIds.get(s.shortId)!,
        score: s.score,
        terms: matchedTerms(tokens, s.shortId),
      }));

  return {
    add(passages) {
      version++;
      mini.addAll(passages.filter((p) => !mini.has(p.id)));
    },
    remove(passages) {
      version++;
      // `remove`, not `discard`: the postings stay exact, so document frequencies are exact too.
      for (const p of passages) if (mini.has(p.id)) mini.remove(p);
    },
    search(terms, limit, scope) {
      if (!terms.length || limit <= 0) return [];
      const tokens = tokensOf(terms);
      if (marks.length < tokens.length) marks = new Float64Array(tokens.length);
      const top = new TopK(limit);
      const postingsOf = (t: Token) => t.fields.reduce((n, fp) => n + fp.postings.size, 0);

      // Each distinct token once, rarest first, with its MaxScore upper bound (every occurrence in the
      // query adds its score again, as MiniSearch does): tf·(k+1)/(tf+k·norm) < k+1 for any tf.
      const byToken = new Map<string, { fields: FieldPostings[]; bound: number; size: number }>();
      for (const t of tokens) {
        const bound = t.fields.reduce((b, fp) => b + fp.boost * fp.idf * (BM25.d + BM25.k + 1), 0);
        const entry = byToken.get(t.token);
        if (entry) entry.bound += bound;
        else byToken.set(t.token, { fields: t.fields, bound, size: postingsOf(t) });
      }
      const order = [...byToken.values()].sort((a, b) => a.size - b.size);
      let remainingBound = order.reduce((b, t) => b + t.bound, 0);

      if (scope && typeof scope !== "function") {
        // A story's passages: the same MaxScore walk, but each token's passages in the scope are found
        // from whichever side is smaller — its postings (kept when in the scope) or the scope's passages
        // (kept when they hold it) — so a common word costs the story's size, not the corpus's.
        const local = scopeOf(scope);
        const { shortIds, met } = local;
        const stamp = ++local.stamp;
        const offer = (at: number) => {
          met[at] = stamp;
          const s = scoreOf(tokens, shortIds[at]!);
          if (s) top.offer(s);
        };
        for (let i = 0; i < order.length; i++) {
          const worst = top.worst;
          if (top.full && worst && (order.length - i) * remainingBound < worst.score) break;
          const { fields, size } = order[i]!;
          if (size <= shortIds.length) {
            for (const fp of fields) {
              for (const shortId of fp.postings.keys()) {
                const at = indexOf(shortIds, shortId);
                if (at >= 0 && met[at] !== stamp) offer(at);
              }
            }
          } else {
            for (let at = 0; at < shortIds.length; at++) {
              if (met[at] === stamp) continue;
              const shortId = shortIds[at]!;
              for (const fp of fields) {
                if (fp.postings.has(shortId)) {
                  offer(at);
                  break;
                }
              }
            }
          }
          remainingBound -= order[i]!.bound;
        }
        return toHits(tokens, top);
      }

      const accept = typeof scope === "function" ? scope : undefined;
      for (let i = 0; i < order.length; i++) {
        const current = order[i]!;
        // A passage first met now holds at most the remaining tokens; its score is at most their bounds'
        // sum times their count. Below the k-th best, no such passage can enter the top.
        const worst = top.worst;
        if (top.full && worst && (order.length - i) * remainingBound < worst.score) break;
        for (const fp of current.fields) {
          for (const shortId of fp.postings.keys()) {
            let seen = false;
            for (let j = 0; j < i && !seen; j++) {
              for (const earlier of order[j]!.fields) {
                if (earlier.postings.has(shortId)) {
                  seen = true;
                  break;
                }
              }
            }
            if (seen) continue;
            if (fp !== current.fields[0] && current.fields[0]!.postings.has(shortId)) continue;
            if (accept && !accept(inside._documentIds.get(shortId)!)) continue;
            const s = scoreOf(tokens, shortId);
            if (s) top.offer(s);
          }
        }
        remainingBound -= current.bound;
      }
      return toHits(tokens, top);
    },
    documentFrequency(term) {
      return inside._index.get(term)?.get(textField)?.size ?? 0;
    },
    closestTerm(term) {
      // Short words have too many neighbours ("franc" is one letter from "frank") to guess a typo.
      if (term.length < 6) return undefined;
      let best: string | undefined;
      let bestCount = 0;
      // The commonest spelling within reach (the term itself included) wins, as MiniSearch's fuzzy search ranked it.
      for (const [near, [data]] of inside._index.fuzzyGet(term, term.length >= 9 ? 2 : 1)) {
        const count = data.get(textField)?.size ?? 0;
        if (count > bestCount) {
          best = near;
          bestCount = count;
        }
      }
      return best;
    },
    fullSearch(terms) {
      if (!terms.length) return [];
      return mini
        .search({ combineWith: "OR", queries: [...terms] })
        .map((r) => ({ passageId: String(r.id), score: r.score, terms: r.terms }));
    },
    toJSON(ids) {
      const documents = ids && packDocuments(inside, ids);
      // MiniSearch's own serialisation of everything but the postings (read through a view of the index
      // whose postings are empty), which follow in chunks; and of the documents, when packed, neither.
      const { index: _, ...scalars } = mini.toJSON.call(
        Object.create(mini, {
          _index: { value: [] },
          ...(documents === undefined
            ? {}
            : { _documentIds: { value: new Map() }, _fieldLength: { value: new Map() } }),
        }),
      );
      const index: PostingsChunk[] = [];
      let terms: PostingsChunk["terms"] = [];
      let pairs: number[] = [];
      const close = () => {
        const pool = Uint32Array.from(pairs);
        index.push({ terms, postings: Buffer.from(pool.buffer).toString("base64") });
        terms = [];
        pairs = [];
      };
      for (const [term, fields] of inside._index) {
        terms.push([term, [...fields].map(([field, postings]) => [field, appendPostings(postings, pairs)])]);
        if (terms.length === TERMS_PER_CHUNK) close();
      }
      if (terms.length) close();
      return { ...scalars, ...(documents === undefined ? {} : { documents }), index };
    },
    get size() {
      return mini.documentCount;
    },
  };
}
