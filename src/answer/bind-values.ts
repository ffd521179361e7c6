/**
 * Which value of a sentence a word belongs to, when the sentence holds several: "Construction is due to
 * begin in the second quarter of 2026, and production is scheduled to start in 2029" dates construction in
 * 2026 and production in 2029; "Solvik will own 70%, with Merrowby and Arlo each taking 15%" gives Merrowby
 * 15%. A shallow stand-in for a dependency parse (too slow to run on every sentence of a growing corpus):
 * each word attaches to the value nearest it, counted in words, where crossing a clause boundary (a comma,
 * a semicolon, a dash, a bracket, or a word opening a subordinate clause) costs as much as several words.
 * Cheap string work over the few values of one candidate sentence.
 */

import { isCalendarWord } from "./name-lexicon.js";

/**
 * What ends a clause inside a sentence: punctuation (not the thousands separator of "9,400 towers"), and
 * words that open a subordinate or contrasting one.
 */
const CLAUSE_BREAK =
  /(?<!\d),|,(?!\d{3}\b)|[;:()]|\s[—–-]\s|[—–]|\b(?:but|while|whereas|which|who|although|though|because)\b/g;

/** A clause boundary separates a word from a value as much as this many words do. */
const BREAK_COST = 4;

/** Where a value stands: its character offset and length. */
export interface Span {
  at: number;
  text: string;
}

/**
 * An appositive: a noun phrase between commas that only describes the name before it ("Korva, the Dutch
 * maker of chipmaking machines, is putting …"). It leaves the name in the clause that follows.
 */
const APPOSITIVE = /,\s+(?:the|a|an)\s[^,;:()]*,/g;

/**
 * Whether a value stands inside an appositive that describes a name right before it ("Varadh, a former
 * Orrery researcher, co-founded …"): it says what that name is, and does nothing in the sentence itself.
 */
export function inAppositive(text: string, value: Span): boolean {
  for (const m of text.matchAll(APPOSITIVE)) {
    const [from, to] = [m.index, m.index + m[0].length];
    // The word before is a name's last, not a day's ("On Monday, a day after the vote, …").
    const before = /(\p{Lu}[\p{L}\p{N}'’.-]*)$/u.exec(text.slice(0, from))?.[1];
    if (value.at > from && value.at + value.text.length < to && before && !isCalendarWord(before))
      return true;
  }
  return false;
}

/**
 * A participle phrase between commas ("contracts, announced in New York on Wednesday, are worth …"):
 * it only describes the noun before it, which stays in the clause that follows.
 */
const PARTICIPLE = /,\s+(?:\p{Ll}+ed|based|led|owned|held|signed)\s[^,;:()]*,/gu;

/** The clause boundaries between character offsets `a` and `b` of `text` (in either order). */
export function clauseBreaks(text: string, a: number, b: number): number {
  const between = text
    .slice(Math.min(a, b), Math.max(a, b))
    .replace(APPOSITIVE, " ")
    .replace(PARTICIPLE, " ");
  return between.match(CLAUSE_BREAK)?.length ?? 0;
}

/** How far a word at character `at` stands from a value: words between, and clause boundaries crossed. */
export function attachmentCost(text: string, at: number, value: Span): number {
  const end = value.at + value.text.length;
  if (at >= value.at && at < end) return 0;
  const [from, to] = at < value.at ? [at, value.at] : [end, at];
  const between = text.slice(from, to);
  // The word itself is part of the slice when it comes first; count only the words strictly between.
  const words = (between.match(/\S+/g)?.length ?? 1) - (at < value.at ? 1 : 0);
  // "a 9.8% stake and had acceptances for a further 21.4%": a coordinating "and" parts two phrases a
  // little, so a word ties to the value of its own phrase.
  const coordinated = between.match(/\sand\s/g)?.length ?? 0;
  return Math.max(0, words) + coordinated + BREAK_COST * clauseBreaks(text, from, to);
}

/** A phrase right after a value that qualifies it ("in the first season"), up to punctuation or "to". */
const QUALIFIER_AFTER = /^\s+(?:in|for|during|at|of)\s+[^,;.!?()]*?(?=\s+to\b|[,;.!?()]|$)/i;

/**
 * The qualifying phrase written right after a value, as the character range [start, end) of `text`:
 * "$960 million in the first season to …" → "in the first season". Undefined for none.
 */
export function qualifierAfter(text: string, value: Span): readonly [number, number] | undefined {
  const end = value.at + value.text.length;
  const m = QUALIFIER_AFTER.exec(text.slice(end));
  return m ? [end, end + m[0].length] : undefined;
}

/**
 * For each value, how many of the given words (character offsets of the question's subject words in the
 * sentence) attach to it rather than to another value; parallel to `values`. A word ties to the value
 * after it of equally near values before and after it, else to the first.
 */
export function attachedWords(text: string, values: readonly Span[], words: readonly number[]): number[] {
  const counts = values.map(() => 0);
  if (values.length < 2) return values.map(() => 0);
  // A word inside a value ("GPUs" of "500 GPUs") says what the value counts, not which value it is.
  const inside = (at: number) => values.some((v) => at >= v.at && at < v.at + v.text.length);
  // A word of a value's own qualifying phrase is that value's, however near the next value stands
  // ("from $960 million in the first season to $1.45 billion").
  const qualifiers = values.map((v) => qualifierAfter(text, v));
  for (const at of words) {
    if (inside(at)) continue;
    const qualified = qualifiers.findIndex((q) => q !== undefined && at >= q[0] && at < q[1]);
    if (qualified >= 0) {
      counts[qualified]! += 1;
      continue;
    }
    let best = 0;
    let bestCost = Number.POSITIVE_INFINITY;
    values.forEach((v, i) => {
      const cost = attachmentCost(text, at, v);
      // On a tie the value after the word: a verb or a noun governs what follows it ("received
      // acceptances for 34.5%", "owns 9.8%").
      if (cost < bestCost || (cost === bestCost && v.at > at && values[best]!.at < at))
        [best, bestCost] = [i, cost];
    });
    counts[best]! += 1;
  }
  return counts;
}

/**
 * Whether a value belongs to another named party than the question's: the question's name stands in the
 * sentence but across a clause boundary from the value, while another name owns the value's clause — its
 * subject, before the value, or its agent after it ("70% owned by Solvik, with Merrowby …" is not Merrowby's;
 * "the bank is in talks to provide a loan of up to €1.5 billion" is not the partner's investment). A name
 * the value goes to ("putting $1.5 billion into Quanta") owns nothing. `asked` and `others` are names'
 * character offsets.
 */
export function ownedByOther(
  text: string,
  value: Span,
  asked: readonly number[],
  others: readonly number[],
): boolean {
  const end = value.at + value.text.length;
  const outside = (at: number) => at < value.at || at >= end;
  const [askedOut, othersOut] = [asked.filter(outside), others.filter(outside)];
  if (!askedOut.length || !othersOut.length) return false;
  const breaks = (at: number) =>
    at < value.at ? clauseBreaks(text, at, value.at) : clauseBreaks(text, end, at);
  // "A holders will own 64% of the bank and B holders about 36%": the name nearest before a value owns it
  // where the asked one only follows it, in a phrase coordinated after it.
  const nearestBefore = Math.max(-1, ...[...askedOut, ...othersOut].filter((at) => at < value.at));
  if (
    othersOut.includes(nearestBefore) &&
    breaks(nearestBefore) === 0 &&
    askedOut.every((at) => at >= end && /\s(?:and|while|whereas)\s/.test(text.slice(end, at)))
  )
    return true;
  if (askedOut.some((at) => breaks(at) === 0)) return false;
  const owns = (at: number) => at < value.at || /\bby\s+(?:the\s+)?$/i.test(text.slice(end, at));
  return othersOut.some((at) => breaks(at) === 0 && owns(at));
}

/** A word opening a condition: what follows, up to the clause's end, may never happen. */
const CONDITION = /\b(?:if|unless|should it|in case|provided that)\s/gi;

/**
 * Whether a value stands in a conditional clause ("the offer lapses if it does not reach more than 50%
 * acceptances"; "if the deal fails, it pays $150 million" is not: the amount is after the clause's
 * comma): a threshold or a hypothesis, not the state of things.
 */
export function inCondition(text: string, value: Span): boolean {
  let opens = -1;
  for (const m of text.slice(0, value.at).matchAll(CONDITION)) opens = m.index + m[0].length;
  return opens >= 0 && clauseBreaks(text, opens, value.at) === 0;
}
