/**
 * Typed values found in a passage: amounts of money, percentages, durations, dates and milestones
 * (`extract-dates.ts`), counts, quoted speech, names. Run once per passage when it is indexed, never per
 * question.
 *
 * Amounts, durations and counts are matched by small patterns: the
 * forms news uses are few ("$38 billion", "seven-year", "hundreds of thousands of GPUs"), and compromise's
 * number and money parsing costs about 8 ms a sentence, which would make indexing a growing corpus slow.
 */

import { sharedWordNet } from "../search/related-words.js";
import { processTerm } from "../search/terms.js";
import { type DateValue, extractDates } from "./extract-dates.js";
import { namesOfficeHolder } from "./kind-noun.js";
import { isCurrencyWord, isMeasureUnit } from "./measure-unit.js";
import { isCalendarWord, isPersonName } from "./name-lexicon.js";
import { rateUnitAt } from "./rate-unit.js";

export type { DateValue };

/** A value as written in the passage, with a normalised key for comparing sources. */
export interface Value {
  /** The span as it stands in the passage. */
  text: string;
  /** Comparable form: "money:usd:38000000000", "duration:7 year", "date:end 2026". */
  key: string;
  /** Character offset in the passage. */
  at: number;
}

export interface MoneyValue extends Value {
  /** What the amount is per, when it is a rate (a unit noun, `rate-unit.ts`): "share", "year", "game". */
  per?: string;
  /** Which quantity of a deal the amount is, from the cue word nearest it in its sentence. */
  measure?: MoneyMeasure;
  /** An earlier figure ("up from $900 million last year", "a pre-money valuation of"), not the current one. */
  prior?: true;
  /**
   * Dated by its sentence two or more years before its article ("went public in 2019, raising $310
   * million"): another, older deal's figure, which no current source contradicts; it may still answer.
   */
  dated?: true;
  /** The key of the same amount restated beside it in another currency: "1.7 billion euros ($2 billion)". */
  equivalent?: string;
  /** A vague amount's span, [low, high): "tens of billions of dollars" is [1e10, 1e11). */
  range?: readonly [number, number];
}

/** An amount as a span: a vague one's range, an exact one's single point; undefined without an amount. */
export function moneyRange(v: MoneyValue): readonly [number, number] | undefined {
  if (v.range) return v.range;
  const amount = Number(v.key.split(":")[2]?.split("/")[0]);
  return Number.isFinite(amount) ? [amount, amount] : undefined;
}

/**
 * Whether two amounts of one quantity say the same where at least one is vague: "$38 billion" is among
 * "tens of billions of dollars", "$6 billion" is not. Two exact amounts agree only by their keys.
 */
export function vaguelyAgree(x: MoneyValue, y: MoneyValue): boolean {
  if (!x.range && !y.range) return false;
  if (x.key.split(":")[1] !== y.key.split(":")[1] || x.per !== y.per) return false;
  const [a, b] = [moneyRange(x), moneyRange(y)];
  if (!a || !b) return false;
  const end = (r: readonly [number, number]) => (r[0] === r[1] ? r[1] : r[1] - 1);
  return a[0] <= end(b) && b[0] <= end(a);
}

/** A deal's price and a company's valuation are often worded alike ("the value of the deal", "price tag"). */
const PRICE_LIKE: ReadonlySet<MoneyMeasure> = new Set(["price", "valuation"]);

/** Whether amounts of these two quantities may be the same figure: either unknown, equal, or price and valuation. */
export function compatibleMeasures(a: MoneyMeasure | undefined, b: MoneyMeasure | undefined): boolean {
  return !a || !b || a === b || (PRICE_LIKE.has(a) && PRICE_LIKE.has(b));
}

/** Words right before an amount that make it the starting point of a change: "up from $900 million". */
const FROM_BEFORE = /\bfrom\s+(?:the\s+|a\s+|an\s+)?(?:about\s+|roughly\s+|around\s+|some\s+)?$/i;
/**
 * Words in an amount's clause that date it before the news: "last year", "its previous round", "pre-money",
 * "two years ago", "when it last raised money", and the market's price before an offer ("undisturbed",
 * "unaffected": the field's terms for it).
 */
const PRIOR_CUES =
  /\b(?:pre-money|last year|the year before|(?:a|one|two|three|four|five|several|a few|\d+) (?:years?|months?) (?:earlier|before|ago)|previous(?:ly)?|prior|in (?:its|the) (?:last|previous)(?: private| funding)? round|(?:when|as) it last|at the time|undisturbed|unaffected|since (?:its |the )?(?:\w+ )?(?:19|20)\d{2})\b/i;

/**
 * The words an amount at [start, end) is read with: its sentence before it (up to 100 characters) and its
 * own clause after it, before the next amount (`hi`). After the amount only its clause counts: in "$14
 * billion, twice what it was worth last year" the year dates the comparison, not the amount.
 */
function amountContext(
  text: string,
  start: number,
  end: number,
  hi: number,
): { before: string; after: string } {
  const from = text.slice(0, start).search(/[.;!?]\s[^.;!?]*$/);
  const before = text.slice(Math.max(start - 100, from + 1), start);
  const afterText = text.slice(end, hi);
  const stop = afterText.search(/[,;.!?—–(](?:\s|$)|\s[—–]/);
  return { before, after: stop >= 0 ? afterText.slice(0, stop) : afterText };
}

/** Whether the amount at [start, end) is an earlier figure: "from" right before it, or a cue beside it. */
function isPrior(text: string, start: number, end: number, hi: number): boolean {
  const { before, after } = amountContext(text, start, end, hi);
  return FROM_BEFORE.test(before) || PRIOR_CUES.test(before) || PRIOR_CUES.test(after);
}

/** Whether the amount at [start, end) is dated in a year before `pastYear` by the words beside it. */
function isDatedBefore(text: string, start: number, end: number, hi: number, pastYear: number): boolean {
  const { before, after } = amountContext(text, start, end, hi);
  return datedBefore(before, pastYear) || datedBefore(after, pastYear);
}

/** A year the words date something in: "in 2019", "back in March 2021", "during late 2020". */
const DATED_IN =
  /\b(?:in|during|of|back in)\s+(?:(?:early|mid|late)[- ]?)?(?:\p{Lu}\p{Ll}+\s+)?((?:19|20)\d{2})\b(?<rest>.*)$/su;
/** A word putting what follows a dated phrase back in the present: "first agreed in 2023, is now worth …". */
const NOW = /\b(?:now|today|currently|this year|at present)\b/i;

/**
 * Whether words beside an amount date it in a year before `pastYear` — another, older deal ("since Three
 * Rivers went public in 2019, raising $310 million") — with nothing after the year bringing it back to now.
 */
function datedBefore(words: string, pastYear: number): boolean {
  const m = DATED_IN.exec(words);
  return !!m && Number(m[1]) < pastYear && !NOW.test(m.groups?.rest ?? "");
}

/**
 * The quantities deal news states in money: a company's valuation, the size of a round raised or invested,
 * the price paid for a purchase, and revenue.
 */
export type MoneyMeasure = "valuation" | "raised" | "price" | "revenue";

/**
 * Cue words that say which quantity an amount is ("valued at $5 billion", "raised $600 million", "will pay
 * $25", "$300 million in revenue"). "worth" alone is left out (a company's worth is its valuation, a deal's
 * its price); "the $1.3 billion it was worth" states what something was valued at.
 */
const MEASURE_CUES: readonly [MoneyMeasure, RegExp][] = [
  // First: on a tie, "contract value" is revenue, not a valuation.
  ["revenue", /\b(?:revenues?|sales|turnover|recurring|contract value)\b/gi],
  [
    "valuation",
    /\b(?:(?<!(?:deal|transaction|contract|order|equity|enterprise) )valu(?:e|es|ed|ation|ations|ing)(?!\s+of\s+(?:the\s+|its\s+|their\s+|this\s+)?(?:[\w-]+\s+){0,2}(?:deal|transaction|contract|order|purchase|acquisition)s?\b)|price tag|market (?:value|capitali[sz]ation|cap)|(?:it|they) (?:is|was|are|were) worth)\b/gi,
  ],
  [
    "raised",
    /\b(?:rais(?:e|es|ed|ing)|pull(?:s|ed|ing)? in|put(?:s|ting)? (?:in|into|up)\b|put(?:s|ting)?(?=\s+$)|br(?:ing|ings|inging|ought) in|round|funding|series [a-h]|invest(?:s|ed|ing|ment|ments)?|backing)\b/gi,
  ],
  [
    "price",
    /\b(?:pa(?:y|ys|id|ying)|buy(?:s|ing)?|bought|acqui(?:re|res|red|ring|sition)|purchase[sd]?|price|costs?|costing|takeover|offer(?:ed|ing)?|deal|transaction|(?:equity|enterprise) value)\b/gi,
  ],
];

/**
 * Whether the amount ending at `end` is a change of a valuation, not one: "adding nearly $140 billion to its
 * market value", "wiped $20 billion off the group's valuation" (the amount moves "to", "off" or "from" it).
 */
function movesValuation(text: string, end: number): boolean {
  return /^\s+(?:to|off|from)\s+(?:(?:its|the|their)\s+)?(?:[\p{L}\p{N}&.-]+['’]s\s+)?(?:combined\s+|total\s+)?(?:market\s+(?:value|valuation|capitali[sz]ation|cap)|valuation)\b/iu.test(
    text.slice(end, end + 60),
  );
}

/** A phrase dating an amount by an earlier round: no cue to which quantity the amount is. */
const EARLIER_ROUND = /\bin (?:its|the|a) (?:last|previous|prior)(?: private| funding)? round\b/gi;

/** What stands between an amount and its restatement in another currency: " (", " or about ", " / ". */
const CONVERSION_GAP =
  /^\s*(?:[([/]|,?\s*or)?\s*(?:about|roughly|around|some|nearly|almost|approximately|~)?\s*$/i;

/** What stands between an amount and where its change started: ", up from ", " compared with about ". */
const CHANGED_FROM =
  /^[\s,]*(?:(?:up|down|rising|falling|climbing|jumping|dropping)\s+)?(?:from|compared (?:with|to))\s+(?:about|roughly|around|some|nearly|almost)?\s*$/i;

/** Characters either side of an amount searched for its cue word (stopping at another amount). */
const MEASURE_WINDOW = 50;

/**
 * The quantity an amount in `text` at [start, end) is: the measure whose cue word stands nearest, searched
 * up to MEASURE_WINDOW characters before and after but never past a neighbouring amount (`lo`, `hi`), and
 * never across a sentence end. A cue after the amount counts slightly farther ("$2 billion round").
 */
function measureOf<M extends string>(
  cues: readonly (readonly [M, RegExp])[],
  text: string,
  start: number,
  end: number,
  lo: number,
  hi: number,
): M | undefined {
  let from = Math.max(lo, start - MEASURE_WINDOW);
  const to = Math.min(hi, end + MEASURE_WINDOW);
  const stop = text.slice(from, start).search(/[.;!?]\s[^.;!?]*$/);
  if (stop >= 0) from += stop + 1;
  // "… the $28 IPO price, and touched a high of $36.90": a cue before a coordinated clause is the
  // earlier clause's.
  const clause = text.slice(from, start).search(/,\s+(?:and|but|while)\s(?:(?!,\s+(?:and|but|while)\s).)*$/);
  if (clause >= 0) from += clause + 1;
  const afterText = text.slice(end, to);
  const afterStop = afterText.search(/[.;!?](?:\s|$)/);
  // "the $8.7bn it commanded in its last private round": the round only dates the amount.
  const undated = (t: string) => t.replace(EARLIER_ROUND, (m) => " ".repeat(m.length));
  const after = undated(afterStop >= 0 ? afterText.slice(0, afterStop) : afterText);
  const before = undated(text.slice(from, start));
  // "a US$300 million gold stream", "$600 million credit facility": an amount written before a noun
  // phrase of its own is that thing's size, whatever cue stands farther off.
  const head = ownHead(after);
  if (head && !cues.some(([, cue]) => new RegExp(cue.source, "i").test(head))) return undefined;
  let best: M | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const [measure, cue] of cues) {
    for (const m of before.matchAll(cue)) {
      if (inCompound(before, m)) continue;
      const d = before.length - (m.index + m[0].length);
      if (d < bestDistance) [best, bestDistance] = [measure, d];
    }
    for (const m of after.matchAll(cue)) {
      if (inCompound(after, m)) continue;
      const d = m.index * 1.2 + 1;
      if (d < bestDistance) [best, bestDistance] = [measure, d];
    }
  }
  return best;
}

/**
 * Whether a cue word only opens a compound modifier ("sales-based milestones", "deal-related costs"): it
 * describes another noun, which is what the amount is.
 */
function inCompound(text: string, m: RegExpExecArray | RegExpMatchArray): boolean {
  return text.charAt((m.index ?? 0) + m[0].length) === "-";
}

/** WordNet's lexicographer files of nouns that say what form money takes or when, not what it pays for. */
const NOUN_PERSON = 18;
const NOUN_POSSESSION = 21;
const NOUN_QUANTITY = 23;
const NOUN_TIME = 28;

/**
 * The noun phrase that opens a run of words: its adjectives and nouns up to the first other word (a
 * function word — "it was worth", "bid for" — or a verb), ending with a noun; empty for none.
 */
export function nounPhrase(words: readonly string[]): string[] {
  const wordNet = sharedWordNet();
  const out: string[] = [];
  for (const w of words) {
    const pos = wordNet.partsOfSpeech(w);
    if (processTerm(w) === null || !pos.some((p) => p === "noun" || p === "adj")) break;
    out.push(w);
  }
  while (out.length && !wordNet.partsOfSpeech(out[out.length - 1]!).includes("noun")) out.pop();
  return out;
}

/**
 * The noun phrase written right after an amount, when it names a thing the amount is the size of
 * ("gold stream", "credit facility"): its adjectives and nouns up to the first other word, ending in a
 * noun whose commonest sense is no form of money ("in cash", "shares"), time ("last year"), quantity or
 * person. Undefined for none.
 */
function ownHead(after: string): string | undefined {
  const m = /^\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)/u.exec(after);
  if (!m) return undefined;
  const words = nounPhrase(m[1]!.split(/\s+/));
  const last = words[words.length - 1];
  if (!last) return undefined;
  const file = sharedWordNet().senses(last, "noun")[0]?.lexFile;
  if (file === NOUN_POSSESSION || file === NOUN_TIME || file === NOUN_QUANTITY || file === NOUN_PERSON)
    return undefined;
  return words.join(" ");
}

export interface CountValue extends Value {
  /** Canonical search term of the counted thing ("chip" for "GPUs"). */
  noun: string;
  /** Whether the count is vague ("thousands of") rather than a number. */
  vague: boolean;
}

export interface QuoteSpan extends Value {
  /** Lower-cased words, for matching different wordings of one remark. */
  words: string[];
}

/** A name; `initial` when it opens the sentence or a label, where any word is capitalised. */
export interface NameValue extends Value {
  initial: boolean;
}

export interface PassageValues {
  money: MoneyValue[];
  percent: PercentValue[];
  duration: Value[];
  date: DateValue[];
  count: CountValue[];
  quotes: QuoteSpan[];
  people: Value[];
  /** Capitalised names and model numbers ("Brightwater Cloud", "VX200"), people included. */
  names: NameValue[];
}

const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};

const UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine";
const TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const TEEN_WORDS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
/** Below a hundred in words: "twenty-five", "sixty", "eleven". */
const BELOW_HUNDRED = `(?:(?:${TENS_WORDS})(?:[- ](?:${UNIT_WORDS}))?|${TEEN_WORDS}|${UNIT_WORDS})`;
/**
 * A number written in words as news spells one out: "three hundred and twenty", "eight hundred
 * thirty-five", "twenty-five", "a hundred", "a dozen". Longest alternative first.
 */
const NUMBER_PHRASE = `(?:(?:${BELOW_HUNDRED}|a)\\s+hundred(?:\\s+(?:and\\s+)?${BELOW_HUNDRED})?|${BELOW_HUNDRED}|hundred|dozen)`;

/** Whether a word writes (part of) a number: "4.2", "six", "twenty-five", "and" and "a" of "a hundred and …". */
export function isNumberWord(word: string): boolean {
  return /^(?:a|an|and)$/i.test(word) || numberOf(word) !== undefined;
}

function numberOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/,/g, "");
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  if (NUMBER_WORDS[w] !== undefined) return NUMBER_WORDS[w];
  // "three hundred and twenty": the words below a hundred add up, "hundred" multiplies what stands before it.
  let n = 0;
  for (const part of w.split(/[\s-]+/)) {
    if (part === "and" || part === "a") continue;
    if (part === "hundred") n = (n || 1) * 100;
    else if (NUMBER_WORDS[part] === undefined) return undefined;
    else n += NUMBER_WORDS[part];
  }
  return n || undefined;
}

function matches(pattern: RegExp, text: string): RegExpExecArray[] {
  return [
    ...text.matchAll(
      new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`),
    ),
  ];
}

/** A currency sign or code before an amount: "$38 billion", "US$5bn", "€10 million", "EUR 2.5 billion". */
const MONEY =
  /(?:(?:US|A|C|HK)?\$|€|£|¥|₹|\b(?:USD|EUR|GBP|JPY|INR|AUD|CAD|HKD|Rs\.?)\s?)\s?(\d[\d,]*(?:\.\d+)?)(?:\s*-?\s*(trillion|billion|million|thousand|bn|mn|tn|[kmb])\b)?/gi;
/**
 * A word after an amount, maybe a currency: "38 billion dollars", "10 million euros", "2.8 billion
 * Swedish kronor" (a country's adjective may stand before it).
 */
const MONEY_WORDS =
  /\b(\d[\d,]*(?:\.\d+)?)\s+((?:[Tt]r|[Bb]|[Mm])illion|TRILLION|BILLION|MILLION)\s+(?:(\p{Lu}\p{Ll}+)\s+)?(\p{L}+)\b/gu;
/**
 * Whether a word after an amount is its currency (`after`: the text following the word): one the code is
 * read from, one WordNet files as money ("yuan", "francs") unless it is an adjective before a noun ("5
 * million real users"), or a word WordNet does not know as a noun whose amount the article restates in a
 * currency sign ("2.8 billion kronor ($265 million)"); "20 million shares ($45 million)" is none. A stop
 * word ("at" is also a currency) is none.
 */
function currencyWord(word: string, after: string): boolean {
  if (KNOWN_CURRENCY.test(word)) return true;
  if (processTerm(word) === null) return false;
  const wordNet = sharedWordNet();
  const lower = word.toLowerCase();
  if (isCurrencyWord(lower)) return !(wordNet.senses(lower, "adj").length && /^\s+\p{Ll}/u.test(after));
  return RESTATED_AFTER.test(after) && !wordNet.senses(lower, "noun").length;
}

/** Currency words the currency's code is read from (see `currencyOf`). */
const KNOWN_CURRENCY = /^(?:dollars|usd|euros?|pounds|yen|rupees)$/i;
/**
 * After an amount, its restatement in a currency sign: "2.8 billion kronor ($265 million)", "…, or about
 * $425 million": the article converts it, so the word before was a currency.
 */
const RESTATED_AFTER =
  /^\s*(?:\(|,?\s*or\s+)(?:about|roughly|around|some|nearly|almost|approximately|~)?\s*(?:US|A|C|HK)?[$€£¥₹]/;

/**
 * An amount in a currency's hundredth: "685p", "685 pence", "85 cents". "7 p.m." is a time, so "p" must
 * touch the number and not open "p.m.".
 */
const SUBUNIT = /\b(\d[\d,]*(?:\.\d+)?)(?:p\b(?!\.m)|\s?(pence|cents)\b)/gi;

/**
 * The currency an amount is in, so $10 billion and €10 billion never count as the same value, nor US$9.6
 * billion and C$13.2 billion: the dollars a sign's prefix or code names (A$, C$, HK$, AUD, CAD, HKD) are
 * their own currencies; a bare "$" is the US dollar.
 */
function currencyOf(text: string): string {
  if (/\bA\$|\baud\b/i.test(text)) return "aud";
  if (/\bC\$|\bcad\b/i.test(text)) return "cad";
  if (/\bHK\$|\bhkd\b/i.test(text)) return "hkd";
  if (/€|\beur/i.test(text)) return "eur";
  if (/£|\bgbp\b|\bpound/i.test(text)) return "gbp";
  if (/¥|\bjpy\b|\byen\b/i.test(text)) return "jpy";
  if (/₹|\binr\b|\brs\b|\brupee/i.test(text)) return "inr";
  return "usd";
}

/** Words between an amount and its rate that only say what it is of: "in cash", "of revenue", "of water". */
const BEFORE_RATE = /^\s*(?:in cash\s+|of [a-z]+\s+)?/i;

/** What an amount is counted per, written right after it: "$25 a share", "$8.5 million per game" (`rate-unit.ts`). */
function perUnitOf(after: string): MoneyValue["per"] {
  return (
    rateUnitAt(after.slice(BEFORE_RATE.exec(after)?.[0].length ?? 0)) ??
    // "$310 million of annual savings": the word after "of" may say the rate itself.
    rateUnitAt(after.replace(/^\s*of\s+/i, ""))
  );
}

function extractMoney(text: string, pastYear?: number): MoneyValue[] {
  const out: MoneyValue[] = [];
  const push = (shown: string, currency: string, amount: number, at: number, perDefault?: string) => {
    const per = perUnitOf(text.slice(at + shown.length, at + shown.length + 40)) ?? perDefault;
    const key = `money:${currency}:${amount}${per ? `/${per}` : ""}`;
    out.push(per ? { text: shown, key, at, per } : { text: shown, key, at });
  };
  const withMeasures = (found: MoneyValue[]): MoneyValue[] => {
    const out: MoneyValue[] = [];
    found.forEach((v, i) => {
      const prev = out[i - 1];
      const lo = prev ? prev.at + prev.text.length : 0;
      const hi = i + 1 < found.length ? found[i + 1]!.at : text.length;
      // The same amount in another currency, in brackets or after "or", is the same quantity:
      // "1.7 billion euros ($2 billion)".
      const restated = prev?.measure && CONVERSION_GAP.test(text.slice(lo, v.at)) ? prev.measure : undefined;
      // "values it at $2.1 billion, up from $900 million": where a change started is the same quantity.
      const startOf = prev?.measure && CHANGED_FROM.test(text.slice(lo, v.at)) ? prev.measure : undefined;
      const measure = movesValuation(text, v.at + v.text.length)
        ? undefined
        : (restated ?? measureOf(MEASURE_CUES, text, v.at, v.at + v.text.length, lo, hi) ?? startOf);
      const prior = prev && restated ? prev.prior : isPrior(text, v.at, v.at + v.text.length, hi);
      const dated =
        !prior && pastYear !== undefined && isDatedBefore(text, v.at, v.at + v.text.length, hi, pastYear);
      out.push({
        ...v,
        ...(measure ? { measure } : {}),
        ...(prior ? { prior: true as const } : {}),
        ...(dated ? { dated: true as const } : {}),
        ...(restated && prev ? { equivalent: prev.key } : {}),
      });
      if (restated && prev) out[i - 1] = { ...prev, equivalent: v.key };
    });
    return out;
  };
  for (const m of matches(MONEY, text)) {
    const amount = Number(m[1]!.replace(/,/g, "")) * (m[2] ? (SCALE[m[2].toLowerCase()] ?? 1) : 1);
    push(m[0].trim(), currencyOf(m[0]), amount, m.index);
  }
  for (const m of matches(MONEY_WORDS, text)) {
    // "$425 million at …": an amount a sign already marks.
    if (/[$€£¥₹]\s*$/.test(text.slice(0, m.index))) continue;
    // "38 Billion Dollars in cash": a capitalised word taken for a country's adjective may be the currency.
    const adjective = m[3];
    const [word, end] =
      adjective &&
      !currencyWord(m[4]!, text.slice(m.index + m[0].length)) &&
      currencyWord(adjective, ` ${m[4]}`)
        ? [adjective, m[0].length - m[4]!.length - 1]
        : [m[4]!, m[0].length];
    if (!currencyWord(word, text.slice(m.index + end))) continue;
    const amount = Number(m[1]!.replace(/,/g, "")) * SCALE[m[2]!.toLowerCase()]!;
    push(
      m[0].slice(0, end).trimEnd(),
      KNOWN_CURRENCY.test(word) ? currencyOf(word) : word.toLowerCase(),
      amount,
      m.index,
    );
  }
  for (const m of matches(SUBUNIT, text)) {
    const amount = Number(m[1]!.replace(/,/g, "")) / 100;
    // Deal news writes share prices and offers in pence or cents ("closed at 662p", "a 23p discount"),
    // seldom anything else: such an amount is per share unless it says otherwise.
    push(m[0], /^cents$/i.test(m[2] ?? "") ? "usd" : "gbp", amount, m.index, "share");
  }
  for (const m of matches(VAGUE_MONEY, text)) {
    const range = vagueRange(m[0].toLowerCase());
    if (!range) continue;
    const phrase = m[0]
      .toLowerCase()
      .replace(/\s+of\s+(?:dollars|euros|pounds)$|\s+(?:dollars|euros|pounds)$/, "");
    out.push({ text: m[0], key: `money:${currencyOf(m[0])}:~${phrase}`, at: m.index, range });
  }
  return withMeasures(
    sharedRates(
      text,
      out.sort((a, b) => a.at - b.at),
    ),
  );
}

/** "from $30 million a year" before, "to" (with a hedge) between: the second amount of a change. */
const FROM_RATE = /\bfrom\s+(?:about\s+|roughly\s+|around\s+|some\s+)?$/i;
const TO_AMOUNT = /\bto\s+(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+|almost\s+)?$/i;

/**
 * Amounts of a change written with the rate once: "goes from about $30mn a year of TV money to about
 * $75mn" makes the $75mn a year too.
 */
function sharedRates(text: string, found: MoneyValue[]): MoneyValue[] {
  return found.map((v, i) => {
    const prev = found[i - 1];
    if (v.per || !prev?.per || !FROM_RATE.test(text.slice(0, prev.at))) return v;
    const between = text.slice(prev.at + prev.text.length, v.at);
    if (/[.;!?]/.test(between) || !TO_AMOUNT.test(between)) return v;
    return { ...v, key: `${v.key}/${prev.per}`, per: prev.per };
  });
}

/** Vague amounts news writes in words: "tens of billions of dollars", "several billion euros", "millions of dollars". */
const VAGUE_MONEY =
  /\b(?:(?:tens|hundreds)\s+of\s+(?:billions|millions)|(?:several|a few|many|multiple)\s+(?:billion|million)|billions|millions)\s+(?:of\s+)?(?:dollars|euros|pounds)\b/gi;

/** The span a vague amount stands for. */
function vagueRange(phrase: string): readonly [number, number] | undefined {
  const scale = /billion/.test(phrase) ? 1e9 : 1e6;
  if (/^tens of/.test(phrase)) return [10 * scale, 100 * scale];
  if (/^hundreds of/.test(phrase)) return [100 * scale, 1000 * scale];
  if (/^(?:several|a few|many|multiple)/.test(phrase)) return [2 * scale, 10 * scale];
  if (/^(?:billions|millions)/.test(phrase)) return [scale, 1000 * scale];
  return undefined;
}

const PERCENT = /\b(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)/gi;

/**
 * What a percentage of deal news measures: a premium over a price (a discount is not one), a stake held, or a change
 * (a share price's move, growth).
 */
export type PercentMeasure = "premium" | "stake" | "change";

export interface PercentValue extends Value {
  /** Which quantity the percentage is, from the cue word nearest it in its sentence. */
  measure?: PercentMeasure;
}

/** Cue words of each percentage quantity ("11% above Friday's close", "will own 11%", "shares rose 5%"). */
export const PERCENT_CUES: readonly (readonly [PercentMeasure, RegExp])[] = [
  ["premium", /\b(?:premium|premiums|markup|above)\b/gi],
  [
    "stake",
    /\b(?:stakes?|own(?:s|ed|ing|ership)?|hold(?:s|ing|ings)?|control(?:s|led|ling)?|voting power|equity)\b/gi,
  ],
  [
    "change",
    /\b(?:r(?:ise|ises|ose|isen|ising)|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|f(?:all|alls|ell|allen|alling)|drop(?:s|ped|ping)?|gain(?:s|ed|ing)?|lost|los(?:e|es|ing)|declin(?:e|es|ed|ing)|surg(?:e|es|ed|ing)|slump(?:s|ed|ing)?|soar(?:s|ed|ing)?|plung(?:e|es|ed|ing)|tumbl(?:e|es|ed|ing)|grew|grow(?:s|ing|th)?|shr[ai]nk(?:s|ing)?|shrunk|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|up|down)\b/gi,
  ],
];

/** What a fraction's words stand for, in per cent. */
const FRACTION_NUMERATOR: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4 };
const FRACTION_DENOMINATOR: Record<string, number> = { half: 2, third: 3, quarter: 4, fifth: 5 };

/**
 * A share written as a fraction: "two-thirds of the votes cast", "a two-thirds majority", "half of its
 * output". Read as a percentage ("66.7"), shown as written.
 */
const FRACTION =
  /\b(?:(a|one|two|three|four)[- ](half|thirds?|quarters?|fifths?)(?=\s+(?:of|majority|stake|share)\b)|(half)(?=\s+of\b))/gi;

function fractionPercent(m: RegExpExecArray): number | undefined {
  const numerator = m[1] ? FRACTION_NUMERATOR[m[1].toLowerCase()] : 1;
  const denominator = FRACTION_DENOMINATOR[(m[2] ?? m[3]!).toLowerCase().replace(/s$/, "")];
  if (numerator === undefined || denominator === undefined || numerator >= denominator) return undefined;
  return Math.round((1000 * numerator) / denominator) / 10;
}

/**
 * A part of a company's shares, written right after a percentage: "6% of Norvale's outstanding shares",
 * "about 9% of the common stock". Whoever holds it, it is a stake, whatever verb is near ("shares rose").
 */
const OF_SHARES =
  /^\s+of\s+(?:the\s+|its\s+|their\s+|\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*['’]s?\s+)?(?:(?:outstanding|issued|common|ordinary|voting|class\s+\w)\s+)*(?:shares|stock|share capital)\b/u;

function extractPercent(text: string): PercentValue[] {
  const found = [
    ...matches(PERCENT, text).map((m) => ({ text: m[0], at: m.index, n: Number(m[1]) })),
    ...matches(FRACTION, text).flatMap((m) => {
      const n = fractionPercent(m);
      return n === undefined ? [] : [{ text: m[0], at: m.index, n }];
    }),
  ].sort((a, b) => a.at - b.at);
  const out: PercentValue[] = [];
  found.forEach((m, i) => {
    const lo = i > 0 ? found[i - 1]!.at + found[i - 1]!.text.length : 0;
    const hi = i + 1 < found.length ? found[i + 1]!.at : text.length;
    // "A holders will own 64% and B holders about 36%": a percentage coordinated after another with its
    // verb left out measures the same.
    const elided = i > 0 && /^[^.;:!?]*\sand\s[^.;:!?,]*$/.test(text.slice(lo, m.at));
    const measure =
      (OF_SHARES.test(text.slice(m.at + m.text.length)) ? "stake" : undefined) ??
      measureOf(PERCENT_CUES, text, m.at, m.at + m.text.length, lo, hi) ??
      (elided ? out[i - 1]?.measure : undefined);
    const value = { text: m.text, key: `percent:${m.n}`, at: m.at };
    out.push(measure ? { ...value, measure } : value);
  });
  return out;
}

const NUM_WORD = `\\d+(?:\\.\\d+)?|${NUMBER_PHRASE}`;
const DURATION = new RegExp(`\\b(${NUM_WORD})[- ](year|month|week|day|decade)s?(?:[- ]long)?\\b`, "gi");

/**
 * One unit written with the article, as a span of time: "within a year", "for a decade", "a year-long
 * lock-up". A preposition of extent (or "-long") must make it one: "$660 million a year" is a rate, and
 * "after a day of trading" a point in time.
 */
const ONE_UNIT =
  /\b(?:(?:within|for|over|under|than|about|nearly|almost|roughly|(?:up|close) to)\s+(an?)\s+(year|month|week|day|decade)\b(?![-\s]+(?:ago|earlier|later|before|old|long)\b)|(an?)\s+(year|month|week|decade)-long\b)/gi;
/** Where the article opens in a match of ONE_UNIT ("about a month": not the "a" of "about"). */
const ARTICLE_AT = /\ban?\s/i;

function extractDuration(text: string): Value[] {
  const out: Value[] = [];
  for (const m of matches(DURATION, text)) {
    const n = numberOf(m[1]!);
    if (n === undefined) continue;
    // "in 2 years' time" is a date, "a 7-year deal" and "over seven years" are durations; both are fine here.
    out.push({ text: m[0], key: `duration:${n} ${m[2]!.toLowerCase()}`, at: m.index });
  }
  for (const m of matches(ONE_UNIT, text)) {
    const unit = (m[2] ?? m[4])!.toLowerCase();
    const at = m.index + m[0].search(ARTICLE_AT);
    out.push({ text: text.slice(at, m.index + m[0].length), key: `duration:1 ${unit}`, at });
  }
  return out.sort((a, b) => a.at - b.at);
}

const VAGUE_COUNT =
  /\b((?:(?:tens|hundreds|thousands|millions|billions|dozens)\s+of\s+)*(?:tens|hundreds|thousands|millions|billions|dozens))["”]?\s+of\s+((?:[\w-]+\s+){0,3}?)([A-Za-z][\w-]*s|people|staff|personnel)\b/g;
// Thousands separators only between digits: in "in 2026, and the plants" the comma ends the number. The
// counted noun is a plural: not a word ending in "ss", "is" or "us" ("3.3 million wireless subscribers",
// "20 famous brands", "a 15-year thesis"). A
// measure may stand between the count and its noun ("40,000 300-millimetre wafers", "12 28-nanometre lines"),
// and a maker's name before two more words ("60 Aurora Vela narrow-body jets"), two joined by "&" too
// ("260 Rusk & Dorne stores").
const NUMBER_COUNT =
  /\b(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(\s+(?:thousand|million|billion))?\s+((?:(?:[A-Z][\w.-]*\s+&\s+)?[A-Z][\w.-]*[^s\W]\s+)?(?:(?:[A-Za-z][\w.-]*|\d+(?:\.\d+)?-[A-Za-z][\w-]*)\s+){0,2}?)([A-Za-z][\w-]*[^siu\W]s|people|staff|personnel)\b/g;
/**
 * A count written in words: "three distilleries", "two new plants", "a dozen sites". Not "one of its
 * plants" (a part, not a count); the counted noun is a plural.
 */
const WORD_COUNT = new RegExp(
  String.raw`\b(?:an?\s+)?(${NUMBER_PHRASE})\s+(?!of\b)((?:[A-Z][\w.-]*[^s\W]\s+)?(?:[A-Za-z][\w.-]*\s+){0,2}?)([A-Za-z][\w-]*[^s\W]s|people|staff|personnel)\b`,
  "gi",
);

/**
 * A part of a counted whole: "close 290 of its 1,040 branches", "120 of the plant's workers". The part
 * counts the whole's noun; the whole's own count stays a count too.
 */
const PARTITIVE_COUNT =
  /\b(\d{1,3}(?:,\d{3})+|\d+)\s+of\s+(?:its|their|the|his|her|our|these|those)\s+(?:[\w-]+['’]s?\s+)?(?:(?:\d{1,3}(?:,\d{3})+|\d+)\s+)?((?:[A-Za-z][\w.-]*\s+){0,2}?)([A-Za-z][\w-]*s|people|staff|personnel)\b/g;

/**
 * A number and the unit of measure it is in, singular or abbreviated as news writes them ("20 MHz",
 * "38,500 square feet", "a 38,500-square-foot lab", "2,600 km"); whether the word is a unit is WordNet's
 * call (`measure-unit.ts`). Plural units ("tonnes", "barrels") are read as counts of their noun already.
 */
const MEASURED =
  /\b(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(\s+(?:thousand|million|billion))?(?:\s+|-)((?:square|cubic)[\s-])?([A-Za-z]+)\b/g;

/** Power and energy written with a unit symbol or word: "2GW", "1.5 gigawatts", "500 MW". */
const POWER =
  /\b(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(GW|MW|kW|TWh|GWh|MWh|gigawatts?|megawatts?|kilowatts?|terawatt[- ]hours?|gigawatt[- ]hours?|megawatt[- ]hours?)\b/g;
const POWER_SCALE: Record<string, [number, string]> = {
  kw: [1e-3, "mw"],
  kilowatt: [1e-3, "mw"],
  mw: [1, "mw"],
  megawatt: [1, "mw"],
  gw: [1e3, "mw"],
  gigawatt: [1e3, "mw"],
  mwh: [1, "mwh"],
  "megawatt-hour": [1, "mwh"],
  gwh: [1e3, "mwh"],
  "gigawatt-hour": [1e3, "mwh"],
  twh: [1e6, "mwh"],
  "terawatt-hour": [1e6, "mwh"],
};

/** The search term every power unit is counted under, so "2GW" answers "how much power". */
export const POWER_NOUN = "power";

function extractPower(text: string): CountValue[] {
  return [...text.matchAll(POWER)].flatMap((m) => {
    const unit = m[2]!.toLowerCase().replace(/ /g, "-").replace(/s$/, "");
    const scale = POWER_SCALE[unit];
    if (!scale) return [];
    const amount = Number(m[1]!.replace(/,/g, "")) * scale[0];
    return [{ text: m[0], key: `count:${amount}${scale[1]}`, at: m.index, noun: POWER_NOUN, vague: false }];
  });
}

/** What each word of a vague count stands for: "hundreds of thousands" is hundreds × thousands. */
const VAGUE_SCALE: Record<string, number> = {
  tens: 10,
  dozens: 12,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
};

/**
 * The numbers a count may stand for, [low, high): "600,000 chips" is [600000, 600000]; "hundreds of
 * thousands" is [100000, 1000000); "thousands" alone [1000, 1000000), as loosely as news uses it.
 * Undefined for a count it cannot read.
 */
export function countRange(c: CountValue): readonly [number, number] | undefined {
  const spoken = c.key.slice("count:".length);
  const exact = /^(\d+(?:\.\d+)?)\s*(thousand|million|billion)?$/.exec(spoken);
  if (exact) {
    const n = Number(exact[1]) * (exact[2] ? SCALE[exact[2]]! : 1);
    return [n, n];
  }
  const words = spoken.split(/\s+of\s+/);
  if (!words.every((w) => VAGUE_SCALE[w])) return undefined;
  const low = words.reduce((n, w) => n * VAGUE_SCALE[w]!, 1);
  return [low, low * (words.length > 1 ? 10 : 1000)];
}

function extractCounts(text: string, termOf: (word: string) => string | null): CountValue[] {
  const out: CountValue[] = extractPower(text);
  for (const m of text.matchAll(VAGUE_COUNT)) {
    const noun = termOf(m[3]!);
    const shown = m[0].replace(/["”]/g, "");
    if (noun) out.push({ text: shown, key: `count:${m[1]!.toLowerCase()}`, at: m.index, noun, vague: true });
  }
  for (const m of text.matchAll(NUMBER_COUNT)) {
    // "$5", a year, and the end of a span of years ("the 2027-28 through 2034-35 seasons") count nothing.
    if (
      text[m.index - 1] === "$" ||
      (/^(?:19|20)\d{2}$/.test(m[1]!) && !m[2]) ||
      /\d[-–/]$/.test(text.slice(0, m.index))
    )
      continue;
    const noun = termOf(m[4]!);
    if (noun && !covered(out, m.index)) out.push(digitCount(m, noun));
  }
  for (const m of text.matchAll(PARTITIVE_COUNT)) {
    if (/^(?:19|20)\d{2}$/.test(m[1]!) || out.some((c) => c.at === m.index)) continue;
    const noun = termOf(m[3]!);
    if (noun)
      out.push({ text: m[0], key: `count:${m[1]!.replace(/,/g, "")}`, at: m.index, noun, vague: false });
  }
  for (const m of text.matchAll(WORD_COUNT)) {
    const n = numberOf(m[1]!);
    const noun = termOf(m[3]!);
    // "two-year", "seven years": durations, not counts.
    if (n === undefined || !noun || /^(?:years|months|weeks|days|decades|times)$/i.test(m[3]!)) continue;
    // Keyed like digits, so "three distilleries" and "3 distilleries" agree.
    out.push({ text: m[0], key: `count:${n}`, at: m.index, noun, vague: false });
  }
  for (const m of text.matchAll(MEASURED)) {
    if ((/^(?:19|20)\d{2}$/.test(m[1]!) && !m[2]) || covered(out, m.index)) continue;
    const noun = termOf(m[4]!);
    if (noun && isMeasureUnit(`${m[3] ?? ""}${m[4]!}`)) out.push(digitCount(m, noun));
  }
  for (const m of text.matchAll(COUNT_MODIFIER)) {
    if (covered(out, m.index) || !countableModifier(m[2]!)) continue;
    const noun = termOf(m[2]!);
    if (noun)
      out.push({ text: m[0], key: `count:${m[1]!.replace(/,/g, "")}`, at: m.index, noun, vague: false });
  }
  return out;
}

/** A count written as a compound modifier before a noun: "the 9,500-seat stadium", "a 1,200-bed hospital". */
const COUNT_MODIFIER = /\b(\d{1,3}(?:,\d{3})+|\d+)-(\p{Ll}+)\b(?=\s+\p{L})/gu;

/**
 * Whether the word of a compound modifier after a number is a thing counted ("seat", "bed", "member"),
 * not a time ("20-year"), a unit ("3-nanometre"; `measure-unit.ts` reads those) or no noun: WordNet's
 * commonest noun sense, outside noun.time and noun.quantity.
 */
function countableModifier(word: string): boolean {
  const sense = sharedWordNet().senses(word, "noun")[0];
  return (
    sense !== undefined &&
    sense.lexFile !== NOUN_TIME &&
    sense.lexFile !== NOUN_QUANTITY &&
    !isMeasureUnit(word)
  );
}

/** Whether a count found already spans the offset. */
function covered(counts: readonly CountValue[], at: number): boolean {
  return counts.some((c) => c.at <= at && at < c.at + c.text.length);
}

/** A count written in digits ("3.3 million subscribers", "20 MHz"): its number and scale are groups 1 and 2. */
function digitCount(m: RegExpExecArray, noun: string): CountValue {
  const key = `count:${m[1]!.replace(/,/g, "")}${(m[2] ?? "").toLowerCase()}`;
  return { text: m[0], key, at: m.index, noun, vague: false };
}

const QUOTED = /[“"]([^”"]{12,}?)[”"]/g;

function extractQuotes(text: string): QuoteSpan[] {
  return [...text.matchAll(QUOTED)]
    .map((m) => ({
      text: m[1]!.replace(/[.,]$/, ""),
      key: `quote:${m[1]!.toLowerCase().replace(/[^a-z0-9 ]/g, "")}`,
      at: m.index,
      words: m[1]!.toLowerCase().match(/[a-z0-9]+/g) ?? [],
    }))
    .filter((q) => q.words.length >= 3);
}

/** Verbs introducing reported speech, as deal news writes it ("Obiora said …", "He added that …"). */
export const SPEECH_VERBS =
  "said|says|added|adds|stated|states|noted|notes|argued|argues|warned|warns|explained|explains|believes|thinks|expects|announced|announces|promised|promises|insisted|insists|predicted|predicts|acknowledged|acknowledges|cautioned|cautions";
/**
 * Reported speech without quotation marks: "Obiora said in a statement that the deal marks …", "He added
 * that …", "according to the filing, …". The remark is the clause after the verb (after "that" when an
 * adverbial stands between), up to the end of the sentence.
 * "told Harbour Wire that …": the listener's name stands between the verb and the remark.
 */
const REPORTED = new RegExp(
  `\\b(?:${SPEECH_VERBS}|told \\p{Lu}[\\p{L}\\p{N}_.]*(?: \\p{Lu}[\\p{L}\\p{N}_.]*)*)(?:,?\\s+(?:[^,.;:"“”]{0,60}?\\s)?that\\b|\\s+(?=[a-z]))\\s*([^"“”]+?)[.!?]?$`,
  "gu",
);

function extractReportedSpeech(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const m of text.matchAll(REPORTED)) {
    const clause = m[1]!.trim().replace(/[.,;:]$/, "");
    const words = clause.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    if (words.length < 4) continue;
    out.push({
      text: clause,
      key: `quote:${clause.toLowerCase().replace(/[^a-z0-9 ]/g, "")}`,
      at: m.index + m[0].indexOf(m[1]!),
      words,
    });
  }
  // "According to X, the deal …": the clause after the comma.
  const according = /\baccording to [^,]{2,60}, ([^"“”]+?)[.!?]?$/.exec(text);
  if (according) {
    const clause = according[1]!.trim();
    const words = clause.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    if (words.length >= 4)
      out.push({
        text: clause,
        key: `quote:${clause.toLowerCase().replace(/[^a-z0-9 ]/g, "")}`,
        at: according.index + according[0].indexOf(according[1]!),
        words,
      });
  }
  return out;
}

/** Remarks in quotation marks first, then reported speech where the sentence quotes nothing. */
function extractRemarks(text: string): QuoteSpan[] {
  const quoted = extractQuotes(text);
  return quoted.length ? quoted : extractReportedSpeech(text);
}

/** Words that start sentences capitalised without naming anything. */
const CAPITALISED_FUNCTION_WORDS = new Set(
  (
    "a an the this that these those it its in on at for from by with and but or so if as while when where what which who " +
    "however furthermore moreover conversely therefore thus essentially crucially additionally meanwhile indeed well " +
    "now then here there yet still also even just our their his her they we you he she i think see read share " +
    "introduction conclusion background details breakdown disclaimer according under despite although though because " +
    "after before during since until unlike many some most several each every all both few no not one two three " +
    "first second third next last big major key such open chief executive ceo"
  ).split(" "),
);

// "of" may join a name ("Bank of America"); "and" separates two ("Brightwater Cloud and Quarnex").
// A surname's lower-case particle joins it when a capitalised word follows ("Maria de la Cruz", "Jan van
// der Berg", "Banco do Brasil"): the particles are the closed class of European names', not words of a story.
// Letters of any script: "Wrocław", "Škoda", "Société Générale" are names whole.
// A possessive ends a name ("Harlow Capital's chief", "Northwind's Ada Voss" is two names).
const NAME =
  /(?<![\p{L}\p{N}_])(?:\p{Lu}[\p{L}\p{N}_&.-]*[\p{L}\p{N}]|\p{Lu})(?:\s+(?:\p{Lu}[\p{L}\p{N}_&.-]*[\p{L}\p{N}]|of|(?:de|del|della|la|las|los|van|von|der|den|ter|du|des|da|do|dos|das|di|bin|al|y)(?:\s+(?:la|las|los|der|den|de|del))?(?=\s+\p{Lu}))(?=[\s,.;:)'’]|$))*(?:['’]s)?/gu;

/** Titles inside a run of capitalised words ("Harbor CEO Jane Doe") separate two names. */
const ROLE_WORD =
  /^(?:ceo|cto|cfo|coo|chief|executive|president|founder|chairman|chairwoman|director|officer|analyst|minister|spokesperson)$/i;

const officeTitles = new Map<string, boolean>();
/** Whether a capitalised word is an office's title WordNet knows (`namesOfficeHolder`), read once per word. */
function isOfficeTitle(word: string): boolean {
  let known = officeTitles.get(word);
  if (known === undefined) {
    known = namesOfficeHolder(word.toLowerCase(), sharedWordNet());
    officeTitles.set(word, known);
  }
  return known;
}

/** Words that make a month or day after them a time ("in April", "since Monday", "by March"). */
const TIME_BEFORE = /\b(?:in|since|by|until|from|before|after|during|early|late|mid|last|next|on)\s+$/i;

function extractNames(text: string): NameValue[] {
  const out: NameValue[] = [];
  for (const m of text.matchAll(NAME)) {
    // Capitalised because it opens the sentence or a label ("Diversification for Northwind: …")?
    const initial = /(?:^|[:“"(—–]|\s-|[.!?]["”]?)\s*$/.test(text.slice(0, m.index));
    // "GPU Access: The core of …" — a list item's label, not a name.
    if (initial && text[m.index + m[0].length] === ":") continue;
    const chunks: string[][] = [[]];
    const run = m[0].replace(/['’]s$/, "").split(/\s+/);
    // "Commissioner Ysolde Salvera", "Calgary Mayor Brisa Penworth": an office's title before a person's
    // name (two or three words) parts it from the name, and from a place or company before it.
    // The name is a person's by the name lists, or by a given name no dictionary knows ("Brisa Penworth";
    // "General Motors Holdings" is no title and name: "Motors" is a word).
    const titled = [run.length - 3, run.length - 4].find(
      (j) =>
        j >= 0 &&
        isOfficeTitle(run[j]!) &&
        (isPersonName(run.slice(j + 1).join(" "), "") ||
          (/^\p{Lu}\p{Ll}+$/u.test(run[j + 1]!) &&
            !sharedWordNet().partsOfSpeech(run[j + 1]!.toLowerCase()).length)),
    );
    run.forEach((word, i) => {
      if (ROLE_WORD.test(word) || i === titled) chunks.push([]);
      else chunks[chunks.length - 1]!.push(word);
    });
    let offset = 0;
    chunks.forEach((chunk, i) => {
      // Words between two role words are part of a title ("Chief Financial Officer"), not a name.
      if (i > 0 && i < chunks.length - 1 && chunk.length <= 2) return;
      let words = chunk;
      // Trim connecting words at the edges, and capitalised function words at the front.
      while (words.length && CAPITALISED_FUNCTION_WORDS.has(words[0]!.toLowerCase())) words = words.slice(1);
      // "In April Wexcombe said …": a month or day after a word of time dates the sentence; the name follows.
      if (
        i === 0 &&
        words.length > 1 &&
        isCalendarWord(words[0]!) &&
        TIME_BEFORE.test(text.slice(0, m.index + m[0].indexOf(words[0]!)))
      )
        words = words.slice(1);
      while (words.length && words[words.length - 1] === "of") words = words.slice(0, -1);
      if (!words.length) return;
      // "Ines Duarte of Lisle Savings": "of" after a person's name says where they work, two names ("Bank
      // of America" is one).
      const of = words.indexOf("of");
      const named =
        of > 1 && isPersonName(words.slice(0, of).join(" "), "")
          ? [words.slice(0, of), words.slice(of + 1)]
          : [words];
      for (const each of named) {
        const name = each.join(" ").replace(/['’]s$/, "");
        const at = m.index + m[0].indexOf(each[0]!, offset);
        offset = at - m.index + name.length;
        // "Harbor-Northwind deal" names two parties.
        const parts = /^\p{Lu}[\p{L}\p{N}_]{2,}(?:-\p{Lu}[\p{L}\p{N}_]{2,})+$/u.test(name)
          ? name.split("-")
          : [name];
        for (const part of parts) {
          if (part.length < 2 && !/\d/.test(part)) continue;
          out.push({
            text: part,
            key: `name:${part.toLowerCase()}`,
            at,
            initial: initial && i === 0 && each === named[0],
          });
        }
      }
    });
  }
  return out;
}

/**
 * A noun phrase set off by a comma after a name, up to its head noun: "X, the general manager of …",
 * "X, the authority's treasurer,", "X, chief executive of …".
 */
const APPOSED =
  /^,\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}\p{N}&.-]+['’]s\s+)?(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+)(?=\s*[,;.]|\s+(?:of|at|for|in)\b)/u;

/** Whether the phrase set off after a name ends in an office WordNet knows (`isOfficeTitle`): the name is a person's. */
function officeAfter(text: string, name: Value): boolean {
  const head = APPOSED.exec(text.slice(name.at + name.text.length))?.[1];
  return head !== undefined && isOfficeTitle(head);
}

/**
 * People among the names: those whose first or last word is a known given or family name, beside a role,
 * or with an office in apposition after them.
 */
function extractPeople(text: string, names: readonly NameValue[]): Value[] {
  return names
    .filter((n) => isPersonName(n.text, text.slice(0, n.at), officeAfter(text, n)))
    .map((n) => ({ text: n.text, key: `person:${n.text.toLowerCase()}`, at: n.at }));
}

/** All typed values in a passage. `termOf` maps a word to its canonical search term. */
export function extractValues(
  text: string,
  termOf: (word: string) => string | null,
  /** The article's publication date ("2026-11-12"): an amount dated two or more years before it is `dated`. */
  published?: string,
): PassageValues {
  const names = extractNames(text);
  const year = Number(published?.slice(0, 4));
  return {
    money: extractMoney(text, Number.isFinite(year) && year > 0 ? year - 1 : undefined),
    percent: extractPercent(text),
    duration: extractDuration(text),
    date: extractDates(text),
    count: extractCounts(text, termOf),
    quotes: extractRemarks(text),
    people: extractPeople(text, names),
    names,
  };
}
