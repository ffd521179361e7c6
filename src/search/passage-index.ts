/**
 * The passage index: the only module that knows MiniSearch. Callers add and remove passages and ask for
 * the best matches; the engine behind could change without touching them.
 */
import MiniSearch from "minisearch";
import type { Passage } from "../types.js";
import { processTerm, tokenize } from "./terms.js";

export interface PassageHit {
  passageId: string;
  score: number;
  /** Canonical query terms this passage matched. */
  terms: string[];
}

export interface PassageIndex {
  add(passages: readonly Passage[]): void;
  remove(passages: readonly Passage[]): void;
  /** Best passages for the canonical terms, best first; `within` keeps only the passages it accepts. */
  search(terms: readonly string[], limit: number, within?: (passageId: string) => boolean): PassageHit[];
  /** How many passages contain a canonical term (for weighting rare terms). */
  documentFrequency(term: string): number;
  /** Whether any passage has a term within a small edit distance (to forgive typos). */
  closestTerm(term: string): string | undefined;
  /** A bare MiniSearch search over every match, scored and sorted: the baseline the bench compares with. */
  fullSearch(terms: readonly string[]): PassageHit[];
  readonly size: number;
}

export function createPassageIndex(): PassageIndex {
  const mini = new MiniSearch<Passage>({
    fields: ["text", "heading"],
    storeFields: [],
    tokenize,
    processTerm: (term) => processTerm(term) ?? false,
    // Queries arrive as canonical terms already; only guard against empty ones.
    searchOptions: { processTerm: (term) => term || false, boost: { text: 2, heading: 1 } },
  });
  const dfCache = new Map<string, number>();
  return {
    add(passages) {
      mini.addAll(passages.filter((p) => !mini.has(p.id)));
      dfCache.clear();
    },
    remove(passages) {
      for (const p of passages) if (mini.has(p.id)) mini.discard(p.id);
      dfCache.clear();
    },
    search(terms, limit, within) {
      if (!terms.length) return [];
      const filter = within && ((r: { id: unknown }) => within(String(r.id)));
      return mini
        .search({ combineWith: "OR", queries: [...terms] }, filter ? { filter } : {})
        .slice(0, limit)
        .map((r) => ({ passageId: String(r.id), score: r.score, terms: r.terms }));
    },
    fullSearch(terms) {
      if (!terms.length) return [];
      return mini
        .search({ combineWith: "OR", queries: [...terms] })
        .map((r) => ({ passageId: String(r.id), score: r.score, terms: r.terms }));
    },
    documentFrequency(term) {
      let df = dfCache.get(term);
      if (df === undefined) {
        df = mini.search(term, { fields: ["text"] }).length;
        dfCache.set(term, df);
      }
      return df;
    },
    closestTerm(term) {
      // Short words have too many neighbours ("franc" is one letter from "frank") to guess a typo.
      if (term.length < 6) return undefined;
      const hits = mini.search(term, { fuzzy: term.length >= 9 ? 2 : 1, fields: ["text"] });
      const counts = new Map<string, number>();
      for (const h of hits) for (const t of h.terms) counts.set(t, (counts.get(t) ?? 0) + 1);
      return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    },
    get size() {
      return mini.documentCount;
    },
  };
}
