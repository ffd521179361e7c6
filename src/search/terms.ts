/**
 * How text becomes search terms, the same way for articles and questions: phrase folding, tokenising,
 * stop words out, Porter2 stemming, synonyms folded to one canonical term.
 */
import stem from "wink-porter2-stemmer";
import { PHRASES, SYNONYM_GROUPS } from "./synonyms.js";

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
    "thing things happen happened happening happens did done like new"
  ).split(" "),
);

const canonical = new Map<string, string>();
for (const group of SYNONYM_GROUPS) {
  const head = stem(group[0]!);
  for (const word of group) canonical.set(stem(word), head);
}

/** Folds multi-word expressions ("initial public offering" → "ipo") before tokenising. */
export function foldPhrases(text: string): string {
  let out = text;
  for (const [pattern, word] of PHRASES) out = out.replace(pattern, word);
  return out;
}

/** Splits into word tokens: letters/digits, keeping model numbers ("GB200") and decimals whole. */
export function tokenize(text: string): string[] {
  return foldPhrases(text)
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}'.]+/u)
    .map((t) => t.replace(/^[.']+|[.']+$/g, "").replace(/'s$/i, ""))
    .filter(Boolean);
}

/** One token → its canonical search term, or null for stop words. */
export function processTerm(token: string): string | null {
  const lower = token.toLowerCase().replace(/'/g, "");
  if (!lower || STOP_WORDS.has(lower)) return null;
  if (/^\d+(\.\d+)?$/.test(lower)) return lower;
  const stemmed = stem(lower);
  return canonical.get(stemmed) ?? stemmed;
}

/** Text → distinct canonical terms, in order of first appearance. */
export function termsOf(text: string): string[] {
  const seen = new Set<string>();
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term) seen.add(term);
  }
  return [...seen];
}
