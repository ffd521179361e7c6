/**
 * What kind of value each noun of the articles takes, learned from the articles themselves: "Haircut:
 * 35%", "a haircut of 35%" and "a 6.25% coupon rate" say that a haircut and a coupon rate are percentages,
 * "Payment date: March 8, 2027" that a payment date is a date. No word list can know this
 * for the nouns of a deal nobody has seen; the corpus can. At indexing, each typed value (money, percent,
 * count, date, duration) is tied to the noun it stands beside — the label it follows ("Noun: value"), the
 * noun a few function words before it ("noun of value", "the noun was value"), or the noun phrase right
 * after it ("value noun") — and counted per noun term. A question asking "what is the <noun>?" then asks
 * for the noun's dominant kind, when the evidence is strong (`dominantKind`).
 */
import { sharedWordNet } from "../search/related-words.js";
import { termsOf } from "../search/terms.js";
import { isNumberWord, type PassageValues, type Value } from "./extract-values.js";

/** The kinds of value a noun is counted with, in the order of `KindCounts`. */
export const VALUE_KINDS = ["money", "percent", "count", "date", "duration"] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/** Per kind of `VALUE_KINDS`, how many values of it stand beside a noun. */
export type KindCounts = number[];

/** A noun's values are evidence only from this many on ("several occurrences"). */
const MIN_EVIDENCE = 3;
/** The dominant kind must hold at least this share of a noun's values ("most of one kind"). */
const MIN_SHARE = 2 / 3;
/** At most this many function words or modifiers stand between a noun and its value ("haircut of about"). */
const MAX_GAP = 4;
/** How many characters before a value are read for its noun (`MAX_GAP` words and a label fit well within). */
const BEFORE_WINDOW = 120;
/** At most this many words of a noun phrase after a value ("a 6.25% coupon rate"). */
const MAX_AFTER = 3;

/** A modal or infinitive "to" right before a word makes it a verb. */
const VERB_BEFORE = /\b(?:to|will|would|can|could|may|might|shall|should|must|did|does|do)\s+$/i;

/** A word's search term, folded as the question's words are; a compound's last ("lock-up" → lock). */
const termOf = (word: string): string | null => termsOf(word).at(-1) ?? null;

/**
 * How a word may stand in a noun phrase, per WordNet: a noun (a verb none of whose noun senses is in
 * everyday use, "sell", "put", is not: "agreed to sell $2 billion"), only a modifier, or neither. A number
 * word is a figure.
 */
function roleOf(word: string, label = false): "noun" | "modifier" | "other" {
  const lower = word.toLowerCase();
  if (isNumberWord(lower)) return "other";
  const wordNet = sharedWordNet();
  const pos = wordNet.partsOfSpeech(lower);
  if (pos.includes("noun")) {
    const verb = pos.includes("verb");
    return !verb || wordNet.taggedSenses(lower, "noun") > 0 ? "noun" : "other";
  }
  // An adjective ("annual"), not a participle ("agreed").
  if (pos.includes("adj") && !pos.includes("verb")) return "modifier";
  // A word WordNet does not know: an adverb by its ending ("approximately" is filed only as one), a name
  // when capitalised in running text (a label's first letter is always), and otherwise a noun of the
  // trade ("earnout", "overallotment").
  if (pos.length || (!label && !/^\p{Ll}/u.test(word))) return "other";
  return /ly$/.test(lower) ? "modifier" : "noun";
}

/** Whether a word may be a noun a value is of (see `roleOf`): "haircut", "earnout"; not "paying", "sell". */
export function mayBeNoun(word: string): boolean {
  return roleOf(word, true) === "noun";
}

/**
 * The noun term before a value: the last word of a label the value follows ("Coupon rate: ~6.3%"), or the
 * first noun reached over at most `MAX_GAP` function words and modifiers ("haircut of 35%", "the coupon
 * rate was 6.25%"); undefined at punctuation, a figure, a verb or a name.
 */
function nounBefore(text: string, at: number): string | undefined {
  // A few words back is all that is read: a window keeps the end-anchored patterns short in long passages.
  let rest = text.slice(Math.max(0, at - BEFORE_WINDOW), at);
  for (let step = 0; step <= MAX_GAP; step++) {
    rest = rest.replace(/[\s~≈]+$/u, "");
    const label = rest.endsWith(":");
    if (label) rest = rest.slice(0, -1).trimEnd();
    const m = /[\p{L}][\p{L}'’-]*$/u.exec(rest);
    if (!m) return undefined;
    rest = rest.slice(0, m.index);
    const word = m[0];
    const term = termOf(word);
    if (term === null) {
      if (label) return undefined;
      continue;
    }
    // "$40 million if …": a word of another figure.
    if (/\d\s*$/.test(rest)) return undefined;
    const role = roleOf(word, label);
    // "will pay $40 million", "agreed to sell 12%": after a modal or "to", a word is a verb.
    if (role === "noun") return VERB_BEFORE.test(rest) ? undefined : term;
    if (label || role === "other") return undefined;
  }
  return undefined;
}

/**
 * The head noun term of a noun phrase right after a value ("6.25% coupon rate" → rate, "$400M note
 * offering" → offering): up to `MAX_AFTER` lower-case nouns and modifiers, the last a noun.
 */
function nounAfter(text: string, end: number): string | undefined {
  let rest = text.slice(end);
  let head: string | undefined;
  for (let step = 0; step < MAX_AFTER; step++) {
    const m = /^[\s-]*(\p{Ll}[\p{L}'’-]*)/u.exec(rest);
    if (!m) break;
    const word = m[1]!;
    const term = termOf(word);
    const role = term === null ? "other" : roleOf(word);
    if (role === "other") break;
    head = role === "noun" ? (term ?? undefined) : undefined;
    rest = rest.slice(m[0].length);
  }
  return head;
}

/**
 * The noun terms a value stands beside in its passage's text, before and after it (at most one each):
 * ["haircut"] for the 35% of "Haircut: 35%", "a haircut of 35%" and "a 35% haircut".
 */
export function nounsBeside(text: string, value: Value): string[] {
  const before = nounBefore(text, value.at);
  const after = nounAfter(text, value.at + value.text.length);
  return [...new Set([before, after].filter((t): t is string => t !== undefined))];
}

/**
 * Per noun term, how many values of each kind stand beside it in some passages (an article's): the
 * contribution of those passages to the corpus's counts.
 */
export function valueKindsBeside(
  passages: readonly { text: string; values: Pick<PassageValues, ValueKind> }[],
): Map<string, KindCounts> {
  const out = new Map<string, KindCounts>();
  for (const { text, values } of passages) {
    // "180 days" is a duration, not also a count of days.
    const timed = new Set([...values.duration, ...values.date].map((v) => v.at));
    VALUE_KINDS.forEach((kind, k) => {
      for (const value of values[kind]) {
        if (kind === "count" && timed.has(value.at)) continue;
        // A milestone ("once the drug is approved") is no date of a noun.
        if (kind === "date" && (value as { kind?: string }).kind === "event") continue;
        for (const term of nounsBeside(text, value)) {
          const counts = out.get(term) ?? VALUE_KINDS.map(() => 0);
          counts[k]!++;
          out.set(term, counts);
        }
      }
    });
  }
  return out;
}

/**
 * The kind most of some counts are, when there are at least `MIN_EVIDENCE` and at least `MIN_SHARE` of them
 * are of that kind; undefined otherwise.
 */
export function dominantOf(counts: KindCounts | undefined): ValueKind | undefined {
  if (!counts) return undefined;
  const total = counts.reduce((a, b) => a + b, 0);
  const top = Math.max(...counts);
  if (total < MIN_EVIDENCE || top < total * MIN_SHARE) return undefined;
  return VALUE_KINDS[counts.indexOf(top)];
}

/** The corpus's counts of value kinds per noun term, kept up to date article by article. */
export interface ValueKindCounts {
  /** Adds (`delta` 1) or takes away (-1) one article's contribution (`valueKindsBeside`). */
  count(contribution: ReadonlyMap<string, KindCounts>, delta: number): void;
  /**
   * The kind most values beside the noun term are, when at least `MIN_EVIDENCE` values stand beside it
   * and at least `MIN_SHARE` of them are of that kind; undefined otherwise.
   */
  dominantKind(term: string): ValueKind | undefined;
  /** Every term's counts, to save with the corpus counts. */
  all(): [string, KindCounts][];
}

/** Counts of value kinds per noun term, starting from `saved` (a snapshot's) when given. */
export function createValueKindCounts(
  saved: readonly (readonly [string, KindCounts])[] = [],
): ValueKindCounts {
  const counts = new Map<string, KindCounts>(saved.map(([t, c]) => [t, [...c]]));
  return {
    count(contribution, delta) {
      for (const [term, add] of contribution) {
        const now = counts.get(term) ?? VALUE_KINDS.map(() => 0);
        add.forEach((n, k) => {
          now[k] = Math.max(0, now[k]! + delta * n);
        });
        if (now.some((n) => n > 0)) counts.set(term, now);
        else counts.delete(term);
      }
    },
    dominantKind: (term) => dominantOf(counts.get(term)),
    all: () => [...counts].map(([t, c]) => [t, [...c]]),
  };
}
