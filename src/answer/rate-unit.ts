/**
 * The unit an amount is a rate of: "$25 a share", "$100 million a year", "$8.5 million per regular-season
 * game", "$720 million a season", "A$1,980 an ounce" — and the unit a money question asks per ("how much
 * is it paying per game?"). A rate answers only a question about that rate, and a total only a question
 * about the total. Which words are units is WordNet's call, not a list: after "per" any noun is one; after
 * "a"/"an" only a noun of time or quantity (lexnames(5WN): noun.time, noun.quantity) or "share", since
 * "$4 billion a record" is no rate; after "each"/"every" any noun but a person or a group ("each company"
 * asks who pays, not a rate).
 */
import { sharedWordNet } from "../search/related-words.js";

/** WordNet's lexicographer files (lexnames(5WN)). */
const NOUN_GROUP = 14;
const NOUN_PERSON = 18;
const NOUN_QUANTITY = 23;
const NOUN_TIME = 28;

/** Adverbs that say a rate by themselves: "$2 billion annually". */
const RATE_ADVERBS: Readonly<Record<string, string>> = {
  annually: "year",
  yearly: "year",
  annual: "year",
  quarterly: "quarter",
  monthly: "month",
  weekly: "week",
  daily: "day",
};

/** The Latin unit news keeps ("per annum") read as the English one. */
const UNIT_ALIASES: Readonly<Record<string, string>> = { annum: "year" };

/** Words a unit may carry before it and still be that unit: "per regular-season game", "per Merrowby share". */
const MAX_MODIFIERS = 2;

/**
 * The unit of "DETERMINER word…" (the words after "per", "a", "each"…), or undefined when they name no
 * unit: the first noun, past at most MAX_MODIFIERS words that are no noun (a compound adjective, a name).
 */
function unitNoun(determiner: string, words: readonly string[]): string | undefined {
  const wordNet = sharedWordNet();
  const unknown = (w: string) => !wordNet.partsOfSpeech(w.toLowerCase()).length;
  const first = words[0];
  // "per MWh", "per kWh": a word WordNet does not know with a capital inside, as no name or compound
  // modifier is spelt ("per Merrowby share", "per regular-season game"), is an abbreviated unit itself.
  if (determiner.toLowerCase() === "per" && first && unknown(first) && /^.\p{L}*\p{Lu}/u.test(first))
    return first.toLowerCase();
  for (let i = 0; i < words.length && i <= MAX_MODIFIERS; i++) {
    const written = words[i]!;
    const word = written.toLowerCase();
    const alias = UNIT_ALIASES[word];
    if (alias) return alias;
    // A name only says whose unit it is ("per Merrowby share").
    const named = /^\p{Lu}/u.test(written) && i < words.length - 1;
    if (named || !wordNet.partsOfSpeech(word).includes("noun")) continue;
    const files = wordNet.senses(word, "noun").map((s) => s.lexFile);
    const d = determiner.toLowerCase();
    if (d === "a" || d === "an") {
      // The commonest sense: "a deal" and "a record" have a quantity sense too, far down.
      if (word !== "share" && files[0] !== NOUN_TIME && files[0] !== NOUN_QUANTITY) return undefined;
    } else if (d === "each" || d === "every" || d === "for each") {
      if (files[0] === NOUN_PERSON || files[0] === NOUN_GROUP) return undefined;
    }
    return word;
  }
  // "per megawatt-hour": after "per", a word WordNet does not know, where no noun follows, is a unit it does
  // not list (a compound of units).
  if (determiner.toLowerCase() === "per" && first && unknown(first)) return first.toLowerCase();
  return undefined;
}

/**
 * Whether a short form abbreviates a long one, after Schwartz & Hearst (PSB 2003, "A simple algorithm for
 * identifying abbreviation definitions"): its letters appear in the long form in order, the first at the
 * start of the long form ("mwh" → megawatt-hour, "kwh" → kilowatt-hour, "yr" → year).
 */
function abbreviates(short: string, long: string): boolean {
  if (short.length < 2 || short.length >= long.length || short[0] !== long[0]) return false;
  let at = 1;
  for (const letter of short.slice(1)) {
    at = long.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * Whether two rate units (as `rateUnitAt` gives them, lower case) are the same: equal, both none, or one an
 * abbreviation of the other ("mwh" and "megawatt-hour", "hr" and "hour"; not "mt" and "month"), as
 * articles and questions write a unit either way.
 */
export function sameRateUnit(a: string | undefined, b: string | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  // WordNet lists many abbreviations with their units ("hr" with hour, "mt" with tonne): where it knows
  // both words, they are one unit only if they share a sense ("mt" is no month); the letters decide the rest.
  const wordNet = sharedWordNet();
  const senses = (w: string) => wordNet.senses(w.replace(/-/g, " "), "noun").map((s) => s.id);
  const [sa, sb] = [senses(a), senses(b)];
  if (sa.length && sb.length) return sa.some((id) => sb.includes(id));
  return a.length < b.length ? abbreviates(a, b) : abbreviates(b, a);
}

/** "a|an|per|each|every|for each" and up to three words after it. */
const RATE = /^(per|for each|each|every|an?)[\s-]+((?:[\p{L}][\p{L}-]*\s+){0,2}[\p{L}][\p{L}-]*)/iu;

/**
 * The unit of the rate written at the start of `text` ("a share", "per regular-season game",
 * "annually"), lower case and singular as written ("share", "game", "year"); undefined for none.
 */
export function rateUnitAt(text: string): string | undefined {
  const adverb = /^(\p{L}+)/u.exec(text)?.[1]?.toLowerCase();
  if (adverb && RATE_ADVERBS[adverb]) return RATE_ADVERBS[adverb];
  const m = RATE.exec(text);
  if (!m) return undefined;
  return unitNoun(m[1]!, m[2]!.split(/\s+/));
}

/**
 * The unit a money question asks per: "how much is it paying per game?" → game, "what do holders get a
 * share?" → share, "how much a year?" → year; not "a year ago" nor "in a year", which date the amount.
 */
export function askedRateUnit(question: string): string | undefined {
  for (const m of question.matchAll(
    /\b(?:per|for each|each|every|an?|annual(?:ly)?|yearly|quarterly|monthly)\b/gi,
  )) {
    const before = question.slice(0, m.index);
    const rest = question.slice(m.index);
    if (/^an?\b/i.test(m[0]) && /\b(?:in|within|over|after|for|about|nearly|almost)\s+$/i.test(before))
      continue;
    if (/^an?\s+\p{L}+\s+(?:ago|earlier|before|later|from now|back)\b/iu.test(rest)) continue;
    const unit = rateUnitAt(rest);
    if (unit) return unit;
  }
  return undefined;
}
