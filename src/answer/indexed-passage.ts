/**
 * A passage with everything the engine precomputes for it when it is indexed: its terms, the terms of its
 * context (section heading and the sentence before, where "he" or "the deal" usually points), and its
 * typed values. Building these is the slow part, done once per article.
 */
import { positionedTerms, processTerm, stemsOf, termsOf } from "../search/terms.js";
import type { Article, Passage } from "../types.js";
import { extractValues, type PassageValues } from "./extract-values.js";
import { type Alias, learnAliases } from "./learn-aliases.js";

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

/**
 * A passage naming an alias's long form ("Federal Trade Commission") also holds the short form's term ("ftc"),
 * at the long form's place, so a question using either finds it; likewise a name split in two words.
 */
function withAliases(
  text: string,
  terms: Set<string>,
  stems: Set<string>,
  positions: { at: number; term: string }[],
  aliases: readonly Alias[],
): void {
  for (const alias of aliases) {
    const term = processTerm(alias.short);
    if (!term || terms.has(term)) continue;
    const at = text.toLowerCase().indexOf(alias.long.toLowerCase());
    if (at < 0) continue;
    terms.add(term);
    stems.add(term);
    positions.push({ at, term });
  }
  // A name written as a word and an acronym ("North AI") is also the one word other sources write
  // ("NorthAI").
  for (const m of text.matchAll(/\b([A-Z][\p{L}\p{N}]*) ([A-Z]{2,4})\b/gu)) {
    const term = processTerm(m[1]! + m[2]!);
    if (!term || terms.has(term)) continue;
    terms.add(term);
    stems.add(term);
    positions.push({ at: m.index, term });
  }
  positions.sort((a, b) => a.at - b.at);
}

/**
 * Precomputes an article's passages. `known` are aliases learned from other articles; the article's own
 * ("Federal Trade Commission (FTC)") are learned here.
 */
export function indexArticle(article: Article, known: readonly Alias[] = []): IndexedPassage[] {
  const out: IndexedPassage[] = [];
  const aliases = [...known, ...learnAliases(article.passages.map((p) => p.text).join("\n"))];
  let previous: Passage | undefined;
  for (const passage of article.passages) {
    const context = new Set<string>();
    if (passage.heading) for (const t of termsOf(passage.heading)) context.add(t);
    if (previous && previous.paragraph === passage.paragraph && previous.kind !== "heading") {
      for (const t of termsOf(previous.text)) context.add(t);
    }
    const values = extractValues(passage.text, processTerm);
    const terms = new Set(termsOf(passage.text));
    const positions = positionedTerms(passage.text);
    const stems = stemsOf(passage.text);
    withAliases(passage.text, terms, stems, positions, aliases);
    out.push({
      passage,
      article,
      terms,
      stems,
      positions,
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
