/**
 * How text becomes search terms, the same way for articles and questions: notation folded ("chief
 * financial officer" → cfo), tokenising, stop words out, irregular forms read as their base ("said" →
 * say), Porter2 stemming. Words with related meanings stay apart here, but for the few domain groups
 * of `synonyms.ts`; `related-words.ts` relates them at question time, weighted below the words asked.
 */
import stem from "wink-porter2-stemmer";
import { irregularBase } from "./lemmatize.js";
import { PHRASES } from "./notation.js";
import { SYNONYM_GROUPS } from "./synonyms.js";

/** Function words and question words: they carry no subject. */
export const STOP_WORDS = new Set(
  (
    "a about above after again against all am an and any are as at be because been before being below between both but by " +
    "can could did do does doing down during each either few for from further get gets got had has have having he her here " +
    "hers herself him himself his how i if in into is it its itself just let me more most my myself no nor not now of off " +
    "on once only or other others our ours ourselves out over own same she should so some such than that the their theirs " +
    "them themselves then there these they this those through to too under until up us very was we were what when where " +
    "which while who whom whose why will with would you your yours yourself yourselves also any anything tell know " +
    "please really actually exactly currently approximately roughly overall total much many expected expect going " +
    "thing things happen happened happening happens did done like new earlier previous prior latest recent recently current " +
    "per else " +
    // Negated auxiliaries, as tokens keep them without the apostrophe: function words like the rest.
    "cannot cant dont doesnt didnt isnt arent wasnt werent hasnt havent hadnt wont wouldnt shouldnt couldnt mustnt " +
    // So are contracted pronouns ("they'll spend"), those that spell no other word ("we'll" is "well").
    "theyll youll itll theyre youre theyve youve weve ive whatll wholl thatll"
  ).split(" "),
);

/** Any of the phrases: a text holding none (most) is returned as it is after one scan instead of one a phrase. */
const ANY_PHRASE = new RegExp(PHRASES.map(([pattern]) => pattern.source).join("|"), "i");

/** Folds multi-word expressions ("initial public offering" → "ipo") before tokenising. */
export function foldPhrases(text: string): string {
  if (!ANY_PHRASE.test(text)) return text;
  let out = text;
  for (const [pattern, word] of PHRASES)
    out = typeof word === "string" ? out.replace(pattern, word) : out.replace(pattern, word);
  return out;
}

/**
 * Tokens of the texts split lately: indexing splits each sentence four or five times (the index's two
 * fields, its terms, its stems, its profile, the next sentence's context) and every sentence of a section
 * repeats its heading.
 */
const recentTokens = new Map<string, readonly string[]>();
const RECENT_TOKENS = 512;

/** Splits into word tokens: letters/digits, keeping model numbers ("VX200") and decimals whole. */
export function tokenize(text: string): readonly string[] {
  let tokens = recentTokens.get(text);
  if (tokens === undefined) {
    tokens = foldPhrases(text)
      .replace(/[’‘]/g, "'")
      .split(/[^\p{L}\p{N}'.]+/u)
      .map((t) => t.replace(/^[.']+|[.']+$/g, "").replace(/'s$/i, ""))
      .filter(Boolean);
    if (recentTokens.size >= RECENT_TOKENS) recentTokens.clear();
    recentTokens.set(text, tokens);
  }
  return tokens;
}

/** Stems of words seen so far: the same few thousand words recur in every question and article. */
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

const canonical = new Map<string, string>();
for (const group of SYNONYM_GROUPS) {
  const head = stem(group[0]!);
  for (const word of group) canonical.set(stem(word), head);
}

/** Longer than any word a dictionary holds ("pneumonoultramicroscopicsilicovolcanoconiosis" is 45). */
const MAX_WORD_LENGTH = 48;

/** One token → its stem (before the domain groups are folded), or null for stop words. */
export function stemTerm(token: string): string | null {
  const lower = token.toLowerCase().replace(/'/g, "");
  if (!lower || STOP_WORDS.has(lower)) return null;
  if (/^\d+(\.\d+)?$/.test(lower)) return lower;
  let stemmed = stemCache.get(lower);
  if (stemmed === undefined) {
    // No word is this long; stemming one (a pasted blob, a 10,000-letter "word") costs the stemmer's
    // suffix patterns time that grows with its length, for nothing.
    stemmed = lower.length > MAX_WORD_LENGTH ? lower : stem(irregularBase(lower));
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(lower, stemmed);
  }
  return stemmed;
}

/** A stem → its search term (the head of its domain group in `synonyms.ts`, or itself). */
export function canonicalOf(stemmed: string): string {
  return canonical.get(stemmed) ?? stemmed;
}

/** Search terms of tokens as written: indexing looks up every word of every sentence several times. */
const termCache = new Map<string, string | null>();

/** One token → its search term, or null for stop words. */
export function processTerm(token: string): string | null {
  let term = termCache.get(token);
  if (term === undefined) {
    const stemmed = stemTerm(token);
    term = stemmed === null ? null : canonicalOf(stemmed);
    if (termCache.size >= STEM_CACHE_LIMIT) termCache.clear();
    termCache.set(token, term);
  }
  return term;
}

/** Text → distinct stems as written (no group folding), to tell exact matches from synonyms. */
export function stemsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const token of tokenize(text)) {
    const s = stemTerm(token);
    if (s) out.add(s);
  }
  return out;
}

/** Each word's term with its character offset, phrases included ("initial public offering" → ipo). */
export function positionedTerms(text: string): { at: number; term: string }[] {
  const out: { at: number; term: string }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)) {
    const term = processTerm(m[0].replace(/['’]s$/i, "").replace(/[.-]+$/, ""));
    if (term) out.push({ at: m.index, term });
  }
  for (const [pattern, word] of ANY_PHRASE.test(text) ? PHRASES : []) {
    for (const m of text.matchAll(pattern))
      out.push({ at: m.index, term: typeof word === "string" ? word : word(m[0], ...m.slice(1)) });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Text → distinct terms, in order of first appearance. */
export function termsOf(text: string): string[] {
  const seen = new Set<string>();
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term) seen.add(term);
  }
  return [...seen];
}

/** The words a text writes in lower case (not after a letter or digit), as written, in order. */
export function lowerCaseWords(text: string): string[] {
  return text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}'-]*/gu) ?? [];
}
