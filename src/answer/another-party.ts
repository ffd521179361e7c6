/**
 * "How long is the contract?" asks the story's own deal. A story's articles also give other parties'
 * deals for comparison ("Compare Rival Corp's 2025 contract: 1.1GW for 20 years", "Rival Corp signed a
 * 20-year deal last year"), and a figure there is that deal's, however well its sentence matches the
 * question's words. A sentence is another party's when an organisation stands in it as a party — not
 * after a preposition ("an analyst at Slatemere Research", "power from the Tamsford plant") — and none of
 * the story's main actors (the names most of its articles use) stands anywhere in it.
 */
import { termsOf } from "../search/terms.js";
import type { QuestionAnalysis } from "./analyze-question.js";
import type { IndexedPassage } from "./indexed-passage.js";
import { isCalendarWord, isPlace } from "./name-lexicon.js";

/** Words before a name that make it a place, a source or an employer, not a party: "at", "from the". */
const AFTER_PREPOSITION =
  /\b(?:at|of|from|by|with|for|to|in|on|into|via|including|like|than)\s+(?:the\s+|its\s+|their\s+)?$/i;

/**
 * Whether a passage gives another party's deal rather than the story's, for a question about the deal
 * (`analysis.dealTerms`) that names nobody. `mainActors` are the story's main actors, lower case.
 */
export function anotherPartysDeal(
  ip: IndexedPassage,
  analysis: Pick<QuestionAnalysis, "dealTerms" | "names"> & Partial<Pick<QuestionAnalysis, "terms">>,
  mainActors: ReadonlySet<string>,
): boolean {
  if (!analysis.dealTerms?.length || analysis.names.length || !mainActors.size) return false;
  // "what was the backstop equity offer?": a sentence holding every word that says which deal is asked,
  // besides the deal's noun, is about that deal, whoever it names; one word ("the final offer") is too
  // little to tell it.
  const deal = new Set(analysis.dealTerms);
  const which = (analysis.terms ?? []).filter((t) => !deal.has(t));
  if (which.length >= 2 && which.every((t) => ip.terms.has(t))) return false;
  const actors = new Set([...mainActors].filter((a) => !isPlace(a)).flatMap((a) => termsOf(a)));
  if ([...actors].some((t) => ip.terms.has(t))) return false;
  const text = ip.passage.text;
  const people = new Set(ip.values.people.map((p) => p.at));
  return ip.values.names.some(
    (n) =>
      !people.has(n.at) &&
      // A capital that only opens the sentence names nobody ("Rival Corp" still names Corp).
      !(n.initial && !/\s/.test(n.text)) &&
      !isPlace(n.text) &&
      !isCalendarWord(n.text) &&
      !AFTER_PREPOSITION.test(text.slice(Math.max(0, n.at - 30), n.at)),
  );
}

/** A year written in a clause: "in 2024", "2019's". */
const YEAR = /\b(?:19|20)\d{2}\b/g;
/** Where a value's clause ends on either side. */
const CLAUSE_EDGE = /[,;:()]|\s[-–—]\s/;

/**
 * Whether a value's own clause dates it to a year before its article's: "after a 15-year agreement in
 * 2024" in a 2026 article is an earlier deal's term, not the story's.
 */
export function datedEarlier(ip: IndexedPassage, at: number, length: number): boolean {
  const published = Number(ip.article.meta.published?.slice(0, 4));
  if (!published) return false;
  const text = ip.passage.text;
  const before = text.slice(0, at);
  const cut = Math.max(
    ...[...before.matchAll(new RegExp(CLAUSE_EDGE.source, "g"))].map((m) => m.index + m[0].length),
    0,
  );
  const after = text.slice(at + length);
  const stop = after.search(CLAUSE_EDGE);
  const clause = text.slice(cut, stop < 0 ? text.length : at + length + stop);
  return [...clause.matchAll(YEAR)].some((m) => Number(m[0]) < published);
}
