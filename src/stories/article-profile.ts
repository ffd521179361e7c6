/**
 * What an article is about, as story clustering compares it: TF-IDF-ready counts of its salient names
 * (companies, people, products, with their short forms), its terms (stems, synonyms folded) and the amounts
 * of money it states, plus its publication day. Built once per article when it is loaded or added.
 */
import { extractValues, type NameValue, type PassageValues } from "../answer/extract-values.js";
import { isCalendarWord, isPersonName, isPlace } from "../answer/name-lexicon.js";
import { type RelatedWords, sharedWordNet } from "../search/related-words.js";
import { processTerm, termsOf } from "../search/terms.js";
import type { Article } from "../types.js";

/** The features of one article; every map counts occurrences (term frequency). */
export interface ArticleProfile {
  id: string;
  /** The story its front matter names (`story: <id>`), which overrides clustering. */
  story?: string;
  /** Publication (else addition) time in days since 1970, where known. */
  day?: number;
  /** When the bot added it (days since 1970); absent for files it started with or found in its folder. */
  arrived?: number;
  /** Its headline: the front-matter title, else its first line. */
  headline: string;
  /** Lower-cased names and their short forms ("amazon web services", "aws", "amazon"). */
  names: Map<string, number>;
  /** Canonical search terms. */
  terms: Map<string, number>;
  /** Amounts of money by comparable key ("money:usd:38000000000"). */
  figures: Map<string, number>;
  /** How each name key and figure key is written, most often first. */
  surface: Map<string, string>;
  /** Name keys in the headline and the first passages, where a story names its parties. */
  lead: Set<string>;
  /** Name keys also written capitalised mid-sentence: names for sure, fit for a title. */
  proper: Set<string>;
  /** Name keys that are people's names (never a party of a deal's title). */
  people: Set<string>;
  /** Per figure key, the words that follow it ("cloud deal" after "$38 billion"), for a story's title. */
  figureWords: Map<string, string[]>;
}

/** Passages at the top of an article that count as its lead. */
const LEAD_PASSAGES = 3;
/** A name in the lead counts this many times: the parties stand there, names in passing further down. */
const LEAD_WEIGHT = 3;

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** "Northwind Web Services" → its initials "aws", when every word is capitalised and there are three or more. */
function acronymOf(words: readonly string[]): string | undefined {
  if (words.length < 3 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  return words.map((w) => w[0]!.toLowerCase()).join("");
}

/** Up to two lower-case content words right after an amount ("cloud deal" in "$38 billion cloud deal with"). */
function wordsAfter(rest: string): string | undefined {
  const words: string[] = [];
  let text = rest;
  while (words.length < 2) {
    // A name with its one-letter designator stays whole and as written: "Series C", "Class B".
    const designated = /^ +(\p{Lu}\p{Ll}+ [A-Z0-9])(?![\p{L}\p{N}_'’$-])/u.exec(text);
    if (designated) {
      words.push(designated[1]!);
      text = text.slice(designated[0].length);
      continue;
    }
    const m = /^ +([A-Z]{2,5}|\p{L}[\p{Ll}-]+)(?![\p{L}\p{N}_'’$-])/u.exec(text);
    if (!m || processTerm(m[1]!) === null) break;
    words.push(/^[A-Z]+$/.test(m[1]!) ? m[1]! : m[1]!.toLowerCase());
    text = text.slice(m[0].length);
  }
  return words.length ? words.join(" ") : undefined;
}

/** Whether a headline capitalises (nearly) every longer word, as title case does. */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  if (words.length < 3) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.75;
}

/**
 * The profile of an article. `values` are its passages' typed values where the caller already has them
 * (the engine extracts them when indexing), in passage order; otherwise they are extracted here.
 * `wordNet` tells dictionary words from coined names at a sentence's start (default: the shared WordNet).
 */
export function profileArticle(
  article: Article,
  values?: readonly PassageValues[],
  wordNet: Pick<RelatedWords, "partsOfSpeech"> = sharedWordNet(),
): ArticleProfile {
  const names = new Map<string, number>();
  const terms = new Map<string, number>();
  const figures = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  const lead = new Set<string>();
  const people = new Set<string>();
  const figureWords = new Map<string, string[]>();
  const spelled = (key: string, text: string) => {
    const m = spellings.get(key) ?? new Map<string, number>();
    spellings.set(key, m);
    bump(m, text);
  };
  const lowerWords = new Set(article.text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'-]*/gu) ?? []);
  const headline = article.meta.title ?? article.passages[0]?.text ?? "";
  const passages = article.meta.title
    ? [{ text: article.meta.title, index: -1 }, ...article.passages]
    : article.passages;

  const names_: { n: NameValue; text: string; inLead: boolean; titleCase: boolean }[] = [];
  passages.forEach((passage, i) => {
    const v = passage.index >= 0 && values ? values[passage.index] : undefined;
    const { names: found, money } = v ?? extractValues(passage.text, processTerm);
    const inLead = i < LEAD_PASSAGES + (article.meta.title ? 1 : 0);
    for (const t of termsOf(passage.text)) bump(terms, t);
    for (const m of money) {
      bump(figures, m.key);
      spelled(m.key, m.text);
      const after = wordsAfter(passage.text.slice(m.at + m.text.length));
      if (after) figureWords.set(m.key, [...(figureWords.get(m.key) ?? []), after]);
    }
    const titleCase = passage.index < 0 && isTitleCase(passage.text);
    for (const n of found) names_.push({ n, text: passage.text, inLead, titleCase });
  });

  // A capitalised word that opens a sentence names something only if the article never writes it in lower
  // case; it counts for similarity, but only a name also capitalised mid-sentence may title a story
  // ("Forecasters expect…" names nobody).
  // A headline in title case capitalises every word, so it proves nothing is a name ("Billion Band-Aid").
  // At a sentence's start, a capital inside a word ("DeepVolt", "KORVA") or a word no dictionary has
  // ("Harvestline", "Northwind Brewing") marks a name; "Forecasters" opening a sentence does not.
  const coined = (text: string) =>
    /^\S+\p{Lu}/u.test(text) ||
    text.split(/\s+/).some((w) => !wordNet.partsOfSpeech(w.replace(/['’]s$/, "")).length);
  const proper = new Set(
    names_
      .filter((x) => (!x.n.initial && !x.titleCase) || coined(x.n.text))
      .map((x) => x.n.text.toLowerCase()),
  );
  for (const { n, text, inLead } of names_) {
    const key = n.text.toLowerCase();
    if (n.initial && lowerWords.has(key)) continue;
    if (isCalendarWord(n.text)) continue;
    // A designation ("Series D", "Phase 3") names no party: a word followed by a lone letter or number.
    if (/^ (?:\p{Lu}|\d+)(?![\p{L}\p{N}])/u.test(text.slice(n.at + n.text.length))) continue;
    const words = n.text.split(/\s+/);
    const person = isPersonName(n.text, text.slice(0, n.at));
    const keys = new Set([key]);
    // Short forms: a person's family name, a company's first word ("Northwind" of "Northwind Web Services") unless
    // that word is an ordinary one here ("new" of "New Mexico").
    const shortForm = (person ? words[words.length - 1]! : words[0]!).replace(/['’]s$/, "");
    const short = shortForm.toLowerCase();
    if (words.length > 1 && !lowerWords.has(short) && !isPlace(n.text)) {
      keys.add(short);
      spelled(short, shortForm);
    }
    const acronym = acronymOf(words);
    if (acronym) {
      keys.add(acronym);
      spelled(acronym, acronym.toUpperCase());
    }
    for (const k of keys) {
      bump(names, k, inLead ? LEAD_WEIGHT : 1);
      if (person) people.add(k);
      if (proper.has(key)) proper.add(k);
      if (inLead) lead.add(k);
    }
    spelled(key, n.text);
  }

  const surface = new Map<string, string>();
  for (const [key, m] of spellings) {
    surface.set(key, [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]);
  }
  const when = article.meta.published ?? article.meta.added;
  const ms = when ? Date.parse(when) : Number.NaN;
  return {
    id: article.meta.id,
    ...(article.meta.story ? { story: article.meta.story } : {}),
    ...(Number.isFinite(ms) ? { day: ms / 86_400_000 } : {}),
    ...(article.meta.added && Number.isFinite(Date.parse(article.meta.added))
      ? { arrived: Date.parse(article.meta.added) / 86_400_000 }
      : {}),
    headline,
    names,
    terms,
    figures,
    surface,
    lead,
    proper,
    people,
    figureWords,
  };
}
