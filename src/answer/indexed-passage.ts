/**
 * A passage with everything the engine precomputes for it when it is indexed: its terms, the terms of its
 * context (section heading and the sentence before, where "he" or "the deal" usually points), and its
 * typed values. Building these is the slow part, done once per article.
 */
import { positionedTerms, processTerm, stemsOf, termsOf } from "../search/terms.js";
import type { Article, Passage } from "../types.js";
import { extractValues, type PassageValues } from "./extract-values.js";

export interface IndexedPassage {
  passage: Passage;
  article: Article;
  terms: ReadonlySet<string>;
  /** Each word's term and character offset, in order: how near a value stands to what it is of. */
  positions: readonly { at: number; term: string }[];
  /** Stems as written, to tell a word the question used from a synonym of it. */
  stems: ReadonlySet<string>;
  contextTerms: ReadonlySet<string>;
  values: PassageValues;
  /** Precomputed for ranking: word count, whether it asks rather than states, whether it names or counts anything. */
  words: number;
  asks: boolean;
  informative: boolean;
}

/** Precomputes an article's passages. */
export function indexArticle(article: Article): IndexedPassage[] {
  const out: IndexedPassage[] = [];
  let previous: Passage | undefined;
  for (const passage of article.passages) {
    const context = new Set<string>();
    if (passage.heading) for (const t of termsOf(passage.heading)) context.add(t);
    if (previous && previous.paragraph === passage.paragraph && previous.kind !== "heading") {
      for (const t of termsOf(previous.text)) context.add(t);
    }
    const values = extractValues(passage.text, processTerm);
    out.push({
      passage,
      article,
      terms: new Set(termsOf(passage.text)),
      stems: stemsOf(passage.text),
      positions: positionedTerms(passage.text),
      contextTerms: context,
      values,
      words: passage.text.split(/\s+/).length,
      asks: /\?["”]?$/.test(passage.text),
      informative: values.names.length + values.money.length + values.count.length > 0,
    });
    previous = passage;
  }
  return out;
}
