/**
 * Question understanding: what kind of answer is asked for, what the question is about, and which of its
 * words only signal the kind ("worth" in "how much is it worth") rather than the subject. Cheap string work
 * only: this runs on every question.
 */
import { irregularBase } from "../search/lemmatize.js";
import { sharedWordNet } from "../search/related-words.js";
import { canonicalOf, processTerm, stemsOf, termsOf, tokenize } from "../search/terms.js";
import type { AnswerType } from "../types.js";
import { kindVerbOf } from "./asked-act.js";
import type { MoneyMeasure, PercentMeasure } from "./extract-values.js";
import { namesOfficeHolder } from "./kind-noun.js";
import { stripMarkup } from "./normalize-question.js";
import { openingFiller } from "./opening-filler.js";
import { pastEventClauses } from "./past-event-clause.js";
import { asksCause, verbBase } from "./purpose-and-means.js";
import { askedRateUnit } from "./rate-unit.js";
import { askedReaction } from "./reaction-question.js";
import { COMPARING_WORDS, COMPARISON, type YesNoClause } from "./yes-no.js";

export interface QuestionAnalysis {
  /** Chat filler the question opened with before its question word ("ok,", "so"), if any. */
  opening?: string;
  /** The question as analysed (markup and control characters removed). */
  text: string;
  answerType: AnswerType;
  /** Canonical subject terms: what the answer sentence must be about. */
  terms: string[];
  /** Terms that only cue the answer type; they count for little when matching sentences. */
  cueTerms: string[];
  /** Verbs that only frame the question ("mean", "involve"); a passage may use them, never needs them. */
  frameTerms: string[];
  /** The thing asked for in "how many X" / "which X", as a canonical term. */
  focus?: string;
  /**
   * A measured quantity is asked ("what is the plant's capacity?", "how much water will it use?"): an amount
   * at a rate ("40,000 wafers a month", "20,000 cubic metres a day") answers it, whatever it counts.
   */
  measured?: boolean;
  /**
   * A size is asked whatever it counts ("how big is the greenshoe?" → "4.2 million shares"): any exact
   * count answers. Set by `answer-question.ts` when no amount of money does.
   */
  anyCount?: boolean;
  /** The substance a measured count is of ("gold"): "250,000 ounces of gold" answers. Set like `anyCount`. */
  measuredNoun?: string;
  /** For each canonical term, the stems the question actually used (a synonym match counts a little less). */
  stems: ReadonlyMap<string, readonly string[]>;
  /** Capitalised words of the question (names), as typed. */
  names: string[];
  /**
   * Each subject term of a name of two or more words, with the name's other terms ("ai" → ["mistral"] for
   * "Quanta AI"): a sentence naming it by one of its words ("Quanta has …") names it whole.
   */
  nameSiblings?: ReadonlyMap<string, readonly string[]>;
  /** For dates: whether the question asks when something starts or when it is complete. */
  aspect: "start" | "complete" | "other";
  /**
   * For dates: the question asks for a day ("what date …?", "on which day …?", "the exact date"), so a
   * year, a quarter or a milestone ("once regulators approve") does not answer it while a day is known.
   */
  asksDay?: boolean;
  /**
   * For figures: the place in a series the question asks for ("the second instalment": 2; "its final
   * payment": -1), read against a list after a colon by `select-values.ts`, and the ordinal's term.
   */
  listOrdinal?: { position: number; term: string };
  /** A yes/no question ("is Northwind expected to IPO?"). */
  yesNo: boolean;
  /** A yes/no question asking for a comparison ("is it paying less than …?"): a sentence stating one answers. */
  compares: boolean;
  /** A yes/no question's subject and predicate, read with WordNet by `answer-question.ts`. */
  clause?: YesNoClause;
  /** "which other …": names every source mentions are background, not the answer. */
  excludesMain: boolean;
  /** A money question asking for a rate: "per share", "each year". */
  per?: string;
  /**
   * For each subject term, the question's word for it and the terms of the words right before and after it
   * ("government loan": government → after loan): a sentence may write another word in that place.
   */
  slots?: ReadonlyMap<string, Slot>;
  /** The terms of the words asking that rate ("every year"): an amount at the rate states them. */
  rateTerms?: readonly string[];
  /**
   * A range of amounts is asked ("what was the original price range?"): the one a sentence gives first
   * ("initial", "original"), last ("revised", "raised") or any.
   */
  range?: "first" | "last" | "any";
  /** A bid, an offer or a market quote is asked: an amount per share answers it as well as a total. */
  anyPer?: true;
  /** For money: which quantity is asked ("valued at" → valuation, "raise" → raised, "pay" → price). */
  measure?: MoneyMeasure;
  /** For percentages: which quantity is asked ("what premium …" → premium, "what stake …" → stake). */
  percentMeasure?: PercentMeasure;
  /**
   * The terms naming the asked quantity ("premium", "stake"): a sentence whose value carries that quantity
   * ("11% above Friday's close") covers them without using the word.
   */
  measureTerms?: readonly string[];
  /** Terms of the nouns naming a deal itself ("offer", "merger"): a story that never uses one means its own deal. */
  dealTerms?: readonly string[];
  /**
   * The type was told by the question's form alone ("how big is …?", "what … did they pay?"), not by a
   * word naming a kind of value: the articles' own use of the asked noun may tell better (`learned-answer-type.ts`).
   */
  typedByForm?: true;
  /** For money: an earlier figure is asked ("worth before this round?", "the pre-money valuation"). */
  prior: boolean;
  /**
   * For money, set only after no amount answered as asked: an amount a share answers a question that names
   * no rate ("how much is the dividend?" — "18 pence a share"), and a figure its sentence dates earlier
   * answers one that asks no earlier figure ("what was the operating profit?" — "$410 million last year").
   */
  relaxed?: true;
  /** A "who" question that names no kind: people and organisations both answer it. */
  who: boolean;
  /**
   * For "who led the round?", "who will join the board?": the canonical term of the verb the answer does.
   * The answer is the names doing it in a sentence ("led by Pinecrest", "Pinecrest led"), not every name
   * beside them.
   */
  agentVerb?: string;
  /**
   * The asked verb as written ("got" in "who got the contract?", "pushed" in "which investor pushed for
   * this?"), even one search ignores: a sentence may do the act by a verb WordNet relates to it ("won").
   */
  agentAct?: string;
  /**
   * The verb a "which <kind> …?" question asks its kind to do, as written ("advised" in "which banks
   * advised the buyer?"): a sentence not naming the kind answers with the names doing it.
   */
  kindVerb?: string;
  /** For "what did X say", the lower-cased words naming the speaker X. */
  speaker: string[];
  /**
   * Corpus terms related to a subject term (WordNet synonyms and derived words of the word asked):
   * a passage using one of them is about that term, though less surely than one using it.
   */
  related?: ReadonlyMap<string, readonly string[]>;
  /**
   * An acronym's term → a term of the phrase the articles spell it as ("dip" → debtor, for
   * "debtor-in-possession"): a sentence using that names what the acronym names (see `acronymRelatives`).
   */
  spelledOut?: ReadonlyMap<string, readonly string[]>;
}

/** A subject word of a question and its neighbours' terms (see `QuestionAnalysis.slots`). */
export interface Slot {
  word: string;
  before?: string;
  after?: string;
}

/** Each subject term's word and neighbours in the question. */
function slotsOf(text: string, subject: ReadonlySet<string>): Map<string, Slot> {
  const tokens = tokenize(text);
  const out = new Map<string, Slot>();
  tokens.forEach((token, i) => {
    const term = processTerm(token);
    if (!term || !subject.has(term) || out.has(term) || !/^\p{Ll}+$/u.test(token)) return;
    const before = i > 0 ? processTerm(tokens[i - 1]!) : null;
    const after = i + 1 < tokens.length ? processTerm(tokens[i + 1]!) : null;
    if (before || after)
      out.set(term, { word: token, ...(before ? { before } : {}), ...(after ? { after } : {}) });
  });
  return out;
}

/** The words naming who spoke in "what did Jane Doe say …" (lower case, without "'s"). */
function speakerOf(q: string): string[] {
  const m =
    /\bwhat (?:did|does|has|have)\s+(.+?)\s+(?:say|said|state|stated|tell|told|claim|write|wrote)\b/.exec(q);
  // Only words that name: "the" of "the regulator" stands in every remark too.
  return m
    ? m[1]!
        .split(/\s+/)
        .map((w) => w.replace(/['’]s$/, ""))
        .filter((w) => processTerm(w) !== null)
    : [];
}

/**
 * The verb a "who" question asks the doer of: the word right after "who" ("who led"), after a modal or
 * "do" ("who will join", "who did buy"), or a participle after "be" or "have" ("who is buying", "who has
 * invested"). "who is the CEO" asks no verb.
 */
function agentVerbOf(text: string): { agentVerb?: string; agentAct?: string } {
  const word = agentWordOf(text);
  if (!word) return {};
  const term = processTerm(word);
  return { ...(term ? { agentVerb: term } : {}), agentAct: word };
}

function withKindVerb(text: string): { kindVerb?: string } {
  const verb = kindVerbOf(text, sharedWordNet());
  return verb ? { kindVerb: verb } : {};
}

function agentWordOf(text: string): string | undefined {
  const m =
    /^(?:and\s+)?who\s+(?:else\s+)?(?:(will|would|can|could|may|might|should|did|does|do|is|are|was|were|has|have|had)\s+(?:also\s+|else\s+)?)?([a-z][a-z-]*)\b/.exec(
      (text.charAt(0).toLowerCase() + text.slice(1))
        .replace(/[’‘]/g, "'")
        // "who's chairing" is "who is chairing", "who're buying" "who are buying".
        .replace(/^((?:and\s+)?who)'s\b/, "$1 is")
        .replace(/^((?:and\s+)?who)'re\b/, "$1 are"),
    );
  if (!m) return undefined;
  const [, aux, word] = m as unknown as [string, string | undefined, string];
  // A participle after "be" or "have", irregular ones too ("who has got …").
  if (
    aux &&
    /^(?:is|are|was|were|has|have|had)$/.test(aux) &&
    !/(?:ing|ed|en)$/.test(word) &&
    irregularBase(word) === word
  )
    return undefined;
  // "who got …", "who has …": a verb search ignores is still asked; "who is the CEO" asks none.
  if (!processTerm(word) && !verbBase(word, sharedWordNet())) return undefined;
  return word;
}

/**
 * "per share", "a share", and "per Merrowby share" once names are masked (see withoutNames): the company
 * named between only says whose shares.
 */
const PER_SHARE = /\b(?:per|a|each|every)[- ](?:_\s+){0,3}share\b/;

/**
 * Whether a question asks how far one level stands above or below another ("how much higher was the bid
 * than the first one?"): a percentage answers it ("36% above"), or else an amount ("$75 million more").
 */
export function asksDifference(question: string): boolean {
  return /\bhow much (?:higher|lower)\b.*\bthan\b/i.test(question);
}

/**
 * "how much is X paying / did X pay / will X spend …": a verb of paying asks an amount, whatever it buys
 * ("how much of a premium is it paying?" still asks the premium).
 */
const PAID_FOR =
  /\bhow much (?:is|are|was|were|did|does|do|will|would|has|have|had)\b(?: [\w'-]+){1,5}? (?:pay|pays|paying|paid|spend|spends|spending|spent)\b/;
/** "what share price is it paying?", "what share price did they pay?": a price paid a share. */
const SHARE_PRICE_PAID = /\bshare price\b.*\b(?:pay|pays|paying|paid)\b/;

/**
 * "what was the opening bid?", "what is the final offer?": a bid is stated as its price, per share or in
 * total ("an offer of 685p a share", "a £4.2 billion bid"), and either answers.
 */
const BID_PRICE = /^(?:and\s+)?what(?:'s| is| was| are| were)\s+(?:[\w'-]+\s+){0,3}?(?:bid|offer)s?[?.!\s]*$/;

/**
 * "where did the shares close?", "where is the stock trading?": a market quote, an amount per share
 * however it is written ("closed at 662p", "opened at $35.50").
 */
const STOCK_QUOTE =
  /^(?:and\s+)?where\s+(?:did|does|do|will|is|are|was|were|has|have)\b.*\b(?:shares?|stock)\b.*\b(?:close|closed|closing|end|ended|finish|finished|settle|settled|open|opened|trade|traded|trading)\b/;
/**
 * "what did the stock close at?", "what were the units trading at?": a level a trading day ends or stands
 * at is a market quote too, whatever trades. "at" ends the question or a time follows it ("close at after
 * the deal was announced?"); "what did the company open at its new plant?" asks no quote.
 */
const QUOTED_AT =
  /^(?:and\s+)?what\s+(?:did|does|do|will|is|are|was|were|has|have)\b.*\b(?:close|closed|closing|end|ended|finish|finished|settle|settled|open|opened|opening|trade|traded|trading)\s+at\b(?=\s*(?:[?.!]|$|(?:on|after|before|when|once|following|the day|yesterday|today|last|that day)\b))/;

/** Whether a question asks a market quote or a bid (see BID_PRICE, STOCK_QUOTE, QUOTED_AT, PRONOUN_QUOTE). */
function asksQuote(q: string): boolean {
  return BID_PRICE.test(q) || STOCK_QUOTE.test(q) || QUOTED_AT.test(q) || PRONOUN_QUOTE.test(q);
}

/**
 * "where did it open?", "where will they close?": a verb of a trading day with a pronoun for its subject
 * and no object is a market quote too ("where did the plant open?" names what opened, and is a place).
 */
const PRONOUN_QUOTE =
  /^(?:and\s+)?where\s+(?:did|does|do|will|is|are|was|were|has|have)\s+(?:it|they)\s+(?:close|closed|closing|end|ended|finish|finished|settle|settled|open|opened|opening|trade|traded|trading)(?:\s+(?:on|at|in)\s+[\w\s'-]+)?[?.!\s]*$/;

/** "how did the regulator react / respond …", "how was the offer received?": how someone took something. */
const REACTION =
  /^(?:and\s+)?how\s+(?:did|does|do|has|have|had|is|are|was|were|will|would)\b.*\b(?:react|reacted|reacting|respond|responded|responding|received|greeted)\b/;

/** Whom a remark was told: the words after "tell"/"told" up to a word of time or place, or the end. */
const ADDRESSEE =
  /\b(?:tell|told)\s+(.+?)\s*(?:\b(?:about|on|in|at|during|when|after|before|regarding)\b.*)?[?.!]*$/;

/**
 * The unit a money question asks per ("what do holders get per share?", "how much per game?"), from the
 * question with its names masked and its case kept: an abbreviated unit is told by its capitals ("per MWh").
 */
function perOf(text: string): QuestionAnalysis["per"] {
  const masked = text.replace(/(?<=\S\s+)\p{Lu}\p{Ll}[\p{L}\p{N}'’-]*/gu, "_").replace(/[’‘]/g, "'");
  const q = masked.toLowerCase();
  // "what share price is it paying?": a price paid for shares is paid per share.
  return PER_SHARE.test(q) || SHARE_PRICE_PAID.test(q) ? "share" : askedRateUnit(masked);
}

/**
 * The quantity a money question names. "worth" is a valuation for a company but a price for a deal
 * ("how much is the deal worth?"), so with a deal word it names none.
 */
/** Nouns naming a deal itself ("the offer", "the merger"). */
const DEAL_WORDS = [
  "deal",
  "transaction",
  "acquisition",
  "purchase",
  "takeover",
  "offer",
  "merger",
  "buyout",
  "contract",
  "bid",
];
/** An ordinal the question counts a series with: "the second instalment", "its final payment", "X's last". */
const ASKED_ORDINAL =
  /(?:\b(?:the|its|their)|['’]s)\s+(first|second|third|fourth|fifth|last|final)\s+\p{L}/iu;
const POSITIONS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  last: -1,
  final: -1,
};

/** "what date", "which day", "on what exact date", "the exact date", "date exactly". */
const ASKS_DAY =
  /\b(?:what|which)\s+(?:exact\s+|precise\s+)?(?:date|day)\b|\b(?:exact|precise)\s+(?:date|day)\b|\bdate\s+exactly\b/;

const DEAL_NOUN = new RegExp(`\\b(?:${DEAL_WORDS.join("|")})\\b`, "g");
/** A deal's, a round's or an offering's size (`answerTypeOf`): its amount of money. */
const DEAL_SIZE = new RegExp(
  `\\b(?:${DEAL_WORDS.join("|")}|round|offering|ipo|raise|financing|loan|bond|fund)s? size\\b|\\bsize of (?:the|this|its|their) (?:[\\w'-]+ )?(?:${DEAL_WORDS.join("|")}|round|offering|ipo|raise|financing|loan|bond|fund)s?\\b`,
);
/** The search terms of every noun naming a deal (synonyms folded: "agreement", "partnership" are "deal"). */
export const DEAL_TERMS: ReadonlySet<string> = new Set(termsOf(DEAL_WORDS.join(" ")));

function measureOf(q: string): MoneyMeasure | undefined {
  const deal = new RegExp(DEAL_NOUN.source).test(q);
  if (/\bvalu(?:ed|ation|ations|e)\b|\bprice tag\b|\bmarket (?:value|cap)/.test(q)) return "valuation";
  // "what was it worth before this round?" asks a company's worth, though it names the round.
  if (/\bworth\b/.test(q) && !deal) return "valuation";
  if (/\b(?:revenues?|sales|turnover)\b/.test(q)) return "revenue";
  if (
    /\brais(?:e|es|ed|ing)\b|\bround\b|\bseries [a-h]\b|\bfunding\b|\binvest(?:s|ed|ing|ment)?\b|\bstake\b/.test(
      q,
    )
  ) {
    return "raised";
  }
  if (/\bworth\b/.test(q)) return undefined;
  // A stock or share price is a market quote, not what a buyer pays.
  if (/\b(?:stock|share|opening|closing|trading|market) price\b/.test(q)) return undefined;
  if (/\b(?:pa(?:y|ys|id|ying)|buy(?:s|ing)?|price[ds]?|cost(?:s|ing)?)\b/.test(q)) return "price";
  return undefined;
}

/** The words of a percentage question naming each quantity (see PERCENT_CUES in `extract-values.ts`). */
const PERCENT_MEASURE_WORDS: readonly (readonly [PercentMeasure, RegExp])[] = [
  ["premium", /\b(?:premium|markup)\b/g],
  ["stake", /\b(?:stake|own|owns|ownership|holding|control|voting power)\b/g],
  [
    "change",
    /\b(?:rise|rose|risen|jump|jumped|climb|climbed|fall|fell|fallen|drop|dropped|gain|gained|decline|declined|surge|surged|grow|grew|growth|change|changed|move|moved|react|reacted|respond|responded|fare|fared|perform|performed|(?:go|goes|going|gone|went) (?:up|down))\b/g,
  ],
];

/**
 * What a premium is measured against ("over the share price", "to Friday's close"): the quantity's
 * definition, so it only cues the answer ("11% above the $22.55 at which the stock closed").
 */
const PREMIUM_BASE =
  /\b(?:over|above|to|on)\s+(?:the|its|their|[\w'’-]+['’]s)\s+(?:(?:current|last|closing|recent|share|stock|market|trading|unaffected|undisturbed)\s+)*(?:price|close|value|level)\b/g;

/** The asked percentage quantity and the question's words naming it. */
function percentMeasureOf(q: string): { measure?: PercentMeasure; words: string[]; base: string[] } {
  for (const [measure, pattern] of PERCENT_MEASURE_WORDS) {
    const words = q.match(pattern);
    if (words) return { measure, words, base: measure === "premium" ? (q.match(PREMIUM_BASE) ?? []) : [] };
  }
  return { words: [], base: [] };
}

/** The words asking a rate of `unit` ("every year", "per regular-season game", "annually" for a year). */
function rateWordsOf(unit: string): RegExp {
  const adverb = unit === "year" ? "|annual(?:ly)?|yearly" : "";
  return new RegExp(
    `\\b(?:(?:per|for each|each|every|an?)\\s+(?:[\\w-]+\\s+){0,2}?${unit}s?${adverb})\\b`,
    "g",
  );
}

/** Words that only say which kind of answer is wanted; matching them proves little about the subject. */
const CUES: Partial<Record<AnswerType, string[]>> = {
  // "how big / large is the deal?" asks its size in money: the adjective only cues the type.
  money: [
    "value",
    "worth",
    "cost",
    "price",
    "much",
    "valued",
    "amount",
    "money",
    "pay",
    "paid",
    "big",
    "large",
    "size",
  ],
  date: ["when", "date", "day", "month", "time", "year", "timeframe", "timeline", "schedule", "deadline"],
  duration: ["year", "long", "duration", "month", "run", "last"],
  // "how big is the workforce?": a size asked of a count.
  count: ["number", "big", "large", "size"],
  quote: ["say", "said", "quote"],
  place: ["where", "based", "located", "location", "headquartered", "headquarters", "site"],
  person: ["ceo"],
  percent: ["percent", "percentage", "level", "proportion", "fraction", "portion", "fast", "quickly"],
};

/** Verbs that frame a question ("what does it mean for", "which … does Northwind use") more than name its subject. */
const FRAME_VERBS = [
  "mean",
  "represent",
  "constitute",
  "use",
  "happen",
  "make",
  "involve",
  "include",
  "affect",
  "move",
  "react",
  "go",
  "see",
  "look",
  "change",
  "matter",
  "cover",
  "contain",
  "give",
  "bring",
  "get",
  // Irregular forms stem apart from their verb ("goes" is "goe", "made" is "made").
  "got",
  "goes",
  "went",
  "made",
  "meant",
  "gave",
  "brought",
];

const AUXILIARIES = new Set(
  "is are was were does do did has have had will would can could should may might be been being about of in on for to with".split(
    " ",
  ),
);

const ARTICLES = new Set(["the", "a", "an", "its", "their", "his", "her", "must", "shall", "need", "needs"]);

const PERSON_CUES =
  /\b(c[a-z]o|chief|executive|founder|chairman|president|head|heading|leader|boss|runs?|running|leads|analyst|spokes\w*|said|say|says|quoted|believes|thinks)\b/;

/** Kinds of person a "which" question asks for that hold no office WordNet lists (`namesOffice`). */
const PERSON_KIND = /^(?:people|persons?|executives?|analysts?|ceos?|leaders?)$/;

/**
 * Whether a question's words (names masked) name an office a person holds, as WordNet files it below
 * "leader" or "official" (`namesOfficeHolder`): "who is the company's top officer?", "who's the
 * commissioner?". A buyer, bidder, lender or adviser is a role companies fill, and no office.
 */
function namesOffice(q: string): boolean {
  const wordNet = sharedWordNet();
  return (q.match(/[a-z][a-z-]*/g) ?? []).some((w) => namesOfficeHolder(w, wordNet));
}

/** A word that can be a counted thing: a plural or a collective noun for people (as `extract-values.ts` counts). */
const COUNTED_NOUN = /^(?:[a-z][\w-]*[^s]s|people|staff|personnel|workforce)$/;

/**
 * The lower-cased question with its title-case words after the first masked ("what stake will _ _ own?"):
 * a word of a name ("Elstow Energy", "Nordic Power") is no word of what is asked.
 */
function withoutNames(text: string): string {
  return text
    .replace(/(?<=\S\s+)\p{Lu}\p{Ll}[\p{L}\p{N}'’-]*/gu, "_")
    .toLowerCase()
    .replace(/[’‘]/g, "'");
}

/** A name of several capitalised words ("Solbeck Invest"); "Series A" is a round's name, and kept. */
const NAME_OF_WORDS = /\p{Lu}\p{Ll}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}\p{N}'’-]*)+/gu;

/** Nouns naming an amount of money ("what is Northwind's revenue?"). */
const MONEY_NOUN =
  /\b(?:revenues?|sales|income|profits?|losses|funding|investment|budget|spending|valuation|market value|debt|cash)\b/;

/**
 * WordNet's lexicographer files of nouns for acts, artifacts, cognition, communication and people
 * (lexnames(5WN)): an acronym whose commonest sense is one of them ("TV", "IPO", "CEO") abbreviates a
 * common noun; organisations ("EPA") and places are names by themselves.
 */
const COMMON_NOUN_FILES = new Set([4, 6, 9, 10, 18]);

/**
 * The words a capitalised abbreviation of a common noun stands for ("TV" → television, telecasting;
 * "IPO" → initial public offering), lower case; [] for any other word. A sentence writing "television"
 * names what the question's "TV" does.
 */
export function acronymExpansions(word: string): string[] {
  if (!/^\p{Lu}{2,5}$/u.test(word)) return [];
  const sense = sharedWordNet().senses(word.toLowerCase(), "noun")[0];
  if (!sense || !COMMON_NOUN_FILES.has(sense.lexFile)) return [];
  return sense.words.map((w) => w.replace(/_/g, " ")).filter((w) => w !== word.toLowerCase());
}

function answerTypeOf(
  q: string,
  text: string,
): {
  type: AnswerType;
  focusWords: string[];
  cueWords?: string[];
  measured?: boolean;
  typedByForm?: true;
} {
  // "why did the regulator want a new carrier instead of price promises?" asks a reason, whatever value
  // its words name.
  if (/^(?:and\s+)?why\b/.test(q) || asksCause(q, sharedWordNet())) return { type: "none", focusWords: [] };
  // "who's the advocate criticising the price freeze?", "who got the stake?": "who" asks for a doer,
  // whatever value its other words name (the values are asked with "how much", "what").
  if (/^(?:and\s+)?(?:who|whom)\b/.test(q) && !/\bhow (?:much|many)\b/.test(q)) {
    return {
      type: PERSON_CUES.test(q) || namesOffice(withoutNames(text)) ? "person" : "organization",
      focusWords: [],
    };
  }
  // "which judge approved the sale?", "which analyst put a number on what it is worth?": a kind of person
  // asks for a person, whatever value its other words name.
  const kind = /^(?:and\s+)?(?:which|what)\s+(?:other\s+)?([a-z-]+)\b/.exec(q)?.[1];
  if (kind && (PERSON_KIND.test(kind) || namesOffice(kind))) return { type: "person", focusWords: [kind] };
  // Power and capacity are counted in watts: "how much power", "what capacity", "how many gigawatts";
  // a price per unit of it ("what's the price per megawatt-hour?") is money.
  if (
    !/\b(?:prices?|costs?|pay|pays|paying|paid|charge[sd]?|tariff|rate)\b/.test(q) &&
    /^(?:and\s+)?(?:how much|how many|what(?:'s| is| was| are)?(?: the)?)\s+(?:[\w'-]+\s+){0,3}?(?:power|electricity|energy|capacity|gigawatts?|megawatts?|gw|mw)\b/.test(
      withoutNames(text),
    )
  ) {
    return { type: "count", focusWords: ["power"], measured: /\bcapacity\b/.test(q) };
  }
  // "how many stores survive under …": with no auxiliary after the counted words, up to three words.
  // "how many Rusk & Dorne stores": a name joined by "&" is one word before the counted noun.
  const joined = q.replace(/(\w)\s+&\s+(?=\w)/g, "$1&");
  const howMany =
    joined.match(
      /\bhow many\s+((?:[\w&-]+\s+){0,2}?[\w&-]+?)(?=\s+(?:is|are|was|were|does|do|did|has|have|will|would|can|could|in|of|for|on|at|to)\b|[?.!]|$)/,
    ) ?? joined.match(/\bhow many\s+((?:[\w&-]+\s+){0,2}[\w&-]+)/);
  if (howMany) {
    const words = howMany[1]!.split(/\s+/);
    if (/^(years?|months?|weeks?|days?|decades?)$/.test(words[0]!))
      return { type: "duration", focusWords: words };
    // The counted thing is a plural noun, as the articles write counts ("2,400 people"); a verb after it
    // ("how many people work at …") is not what is counted.
    // That verb only cues the count, like "number": the sentence may say "employs".
    const plural = words.findLastIndex((w) => COUNTED_NOUN.test(w));
    if (plural < 0) return { type: "count", focusWords: words };
    return { type: "count", focusWords: words.slice(0, plural + 1), cueWords: words.slice(plural + 1) };
  }
  if (/\bhow long\b|\bduration\b|\bfor how (?:many|long)\b|\bwhat (?:is|was) the (?:term|length)\b/.test(q)) {
    return { type: "duration", focusWords: [] };
  }
  if (
    // "how much higher was the bid than …?": a level compared is told as a percentage ("36% above") first.
    asksDifference(q) ||
    /\b(?:what|which) (?:percent|percentage)\b|\bby how much\b|\bhow much .*\b(?:percent|%)|\b(?:rate|share) of\b/.test(
      // A percentage the question writes ("pay for its 20% stake?") names what is bought, not what is asked.
      q.replace(/\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)/g, ""),
    )
  ) {
    return { type: "percent", focusWords: [] };
  }
  // "how much did the shares rise?", "how fast does the rent go up?": a move, or its pace, is a percentage.
  if (
    /\bhow (?:much|fast|quickly) (?:did|does|do|has|have|had|will|would|could|is|are|was|were)\b.*\b(?:(?:rise|rose|risen|jump|climb|fall|fell|fallen|drop|gain|decline|surge|grow|grew|shrink|shrank|slump|soar|plunge|tumble|move|increas|escalat)\w*|(?:go|goes|going|gone|went) (?:up|down))\b/.test(
      q,
    )
  ) {
    return { type: "percent", focusWords: [] };
  }
  // "how did the stock react?", "how did the units trade?": a market's verdict is the move, a percentage;
  // "how did the regulator react to the price?": a party's is what it said or did, not the price.
  const reaction = askedReaction(q, sharedWordNet());
  if (reaction?.market) return { type: "percent", focusWords: [] };
  if (reaction || REACTION.test(q)) return { type: "none", focusWords: [] };
  // "how much voting control will she have?", "what level of acceptances …?": a share of the votes or
  // of the shares is a percentage.
  if (
    /\bhow much (?:[\w-]+\s+)?(?:control|voting power|of the votes?)\b/.test(q) ||
    (/\b(?:level|proportion|fraction|portion) of\b/.test(q) && !MONEY_NOUN.test(q))
  ) {
    return { type: "percent", focusWords: [] };
  }
  if (/\b(?:interest|growth|tax|exchange|discount) rates?\b|\bmarket share\b/.test(q)) {
    return { type: "percent", focusWords: [] };
  }
  // A stake, premium or margin is a share of something: asked for, it is a percentage ("what stake does
  // the fund get?", "how big is the premium?", "how much of the plant will it own?"), unless the question
  // asks for money outright ("how much is the family's stake worth?").
  if (
    (/\b(?:stake|premium|margin|discount|percentage|proportion|ownership)\b/.test(q) ||
      /\bhow much of\b.*\b(?:own|owns|owned|hold|holds|held|control|controls|keep|keeps)\b/.test(q) ||
      // "how much of Varnell is it hanging on to?": a part of a company is a share of it.
      /\bhow much of\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*)*(?!['’]s)\b(?![\w'’-])/u.test(
        text,
      )) &&
    !/\b(?:how much (?:money|cash)|cost|dollars?|euros?|pounds?|worth|valued)\b/.test(q) &&
    // "how much is the fund paying for the stake?", "what share price is it paying?": what is paid for a
    // stake is an amount of money.
    !PAID_FOR.test(q) &&
    !SHARE_PRICE_PAID.test(q)
  ) {
    return { type: "percent", focusWords: [] };
  }
  // "what is Northwind's revenue?": the noun asked about is an amount of money.
  if (/^(?:and\s+)?what(?:'s| is| was| are| were)\b/.test(q) && MONEY_NOUN.test(q)) {
    return { type: "money", focusWords: [] };
  }
  // "what was the opening bid?", "what is the final offer?": a bid or an offer is stated as its price.
  if (asksQuote(q)) return { type: "money", focusWords: [] };
  // "what do holders get per share?": what is paid for each share is an amount.
  if (PER_SHARE.test(withoutNames(text))) return { type: "money", focusWords: [] };
  const priced = /\b(?:worth|valued?|valuation|price[ds]?|costs?)\b/.test(q);
  if (/\bhow much\b|\bhow big\b|\bhow large\b/.test(q) || priced) {
    // "how big is the haircut?" is money by its form alone: the articles may state the noun otherwise.
    return {
      type: "money",
      focusWords: [],
      ...(!priced && !/\bhow much\b/.test(q) ? { typedByForm: true } : {}),
    };
  }
  // "total deal size?", "what's the size of the round?": a deal's size is its amount; "and if it falls
  // through, what do they pay?", "what does the buyer owe?": what is paid is an amount.
  if (
    DEAL_SIZE.test(q) ||
    /\bwhat (?:do|does|did|will|would|must|should|could|has|have)\b[^?]*\b(?:pay|owe)\b|\bwhat(?:'s| is| are| was| were)\b[^?]*\b(?:paying|owing|charging)\b/.test(
      q,
    )
  ) {
    // "what coupon did they pay?": what is paid is money by the verb alone, whatever the noun asked.
    return { type: "money", focusWords: [], ...(DEAL_SIZE.test(q) ? {} : { typedByForm: true as const }) };
  }
  if (
    /^(?:and\s+)?(?:by |until |since )?when\b|\b(?:what|which) (?:date|day|month|year|time)\b|\bwhen (?:will|does|did|is|was|are|were|do)\b|\b(?:timeframe|time frame|timeline|schedule|deadline)\b/.test(
      q,
    )
  ) {
    return { type: "date", focusWords: [] };
  }
  // "where will the plants be built?", "in which country …": a place. "Where is the money coming from?"
  // asks for a source of funds, not a place.
  if (
    /^(?:and\s+)?(?:where\b|(?:in )?(?:which|what) (?:country|countries|city|cities|state|states|region|regions|town|towns|location|locations|territory|territories|markets?)\b)/.test(
      q,
    ) &&
    !/\b(?:money|cash|funds?|funding|financing|capital)\b.*\bfrom\b/.test(q)
  ) {
    return { type: "place", focusWords: [] };
  }
  const said = q.match(
    /\bwhat (?:did|does|has|have)\s+(.+?)\s+(?:say|said|state|stated|tell|told|claim|write|wrote)\b|\bhow did\s+(.+?)\s+describe\b/,
  );
  if (said) return { type: "quote", focusWords: [] };
  if (/^(?:and\s+)?(?:who|whom|whose)\b/.test(q)) {
    return { type: PERSON_CUES.test(q) ? "person" : "organization", focusWords: [] };
  }
  const which = q.match(/^(?:and\s+)?(?:which|what)\s+((?:[\w'-]+\s*){1,4})/);
  if (which) {
    const words: string[] = [];
    for (const w of which[1]!.trim().split(/\s+/)) {
      // "which banks provided the loan", "which regulators must approve it": the kind ends at its verb, a
      // modal, or the next noun phrase's article.
      if (AUXILIARIES.has(w) || (words.length && (/ed$/.test(w) || ARTICLES.has(w)))) break;
      words.push(w);
    }
    // "what happened", "what changed", "what sent it into bankruptcy": a verb, not a kind of thing.
    if (words.length && !/(?:ed|ens)$/.test(words[0]!) && irregularBase(words[0]!) === words[0]) {
      const joined = words.join(" ");
      if (
        /\b(?:compan(?:y|ies)|firms?|providers?|vendors?|partners?|investors?|backers?|rivals?|competitors?|clouds?)\b/.test(
          joined,
        )
      ) {
        return { type: "organization", focusWords: words };
      }
      return { type: "things", focusWords: words };
    }
  }
  return { type: "none", focusWords: [] };
}

const CUE_TERMS = new Map(
  Object.entries(CUES).map(([type, words]) => [
    type,
    new Set(words.map((w) => processTerm(w)).filter((t): t is string => Boolean(t))),
  ]),
);
const FRAME_TERMS = new Set(FRAME_VERBS.map((w) => processTerm(w)).filter((t): t is string => Boolean(t)));

function stemMap(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of stemsOf(text)) {
    const c = canonicalOf(s);
    out.set(c, [...(out.get(c) ?? []), s]);
  }
  return out;
}

/**
 * A phrase that only places the asked fact in time: "before the Korva round", "after the merger", "a year
 * ago", "last quarter". A sentence stating the fact seldom repeats it ("valued at €5.8 billion in mid-2024"
 * answers "valued at before the Korva round?"), so its words only cue the answer; the round's name is no
 * subject the sentence must hold.
 */
const TIME_QUALIFIER = new RegExp(
  [
    String.raw`\b(?:before|after|prior to|following|since|ahead of|at the time of|until)\s+(?:the|this|its|that|their|his|her|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:round|deal|raise|funding|investment|acquisition|merger|ipo|offering|listing|announcement|takeover|purchase|transaction|agreement|sale|talks|news)\b`,
    String.raw`\b(?:a|an|one|two|three|four|five|six|\d+)\s+(?:years?|months?|weeks?|days?|quarters?|decades?)\s+(?:ago|earlier|before)\b`,
    // "did the stock rise on the news?": when it moved, which the sentence tells by the move alone.
    String.raw`\bon\s+(?:the|this|that)\s+(?:news|announcement)\b`,
    String.raw`\b(?:last|previous|prior)\s+(?:year|month|week|quarter)\b`,
    // "how much does it already own?", "what has it received so far?": the state now, which a sentence
    // states without saying "already"; "what did it pay originally?": the first, which it states by its year.
    String.raw`\b(?:already|so far|to date|thus far|currently|at present|as of now|at the moment|originally|initially|at first|in the first place)\b`,
  ].join("|"),
  "g",
);

/** The terms of a question's time qualifiers (see TIME_QUALIFIER). */
function qualifierTerms(q: string): Set<string> {
  return new Set([...q.matchAll(TIME_QUALIFIER)].flatMap((m) => termsOf(m[0])));
}

/**
 * "when can people start trading …?", "what do people get?": a subject naming humans at large (WordNet's
 * commonest sense is "people" or "person", or directly below one: "folks", "the public") says who may do
 * it, anyone; the sentence tells the act without it. Its word (as written, lower case), or undefined.
 */
function genericSubject(q: string): string | undefined {
  const word =
    /^(?:and\s+)?(?:when|where|how|why|what)\s+(?:can|could|will|would|do|does|did|may|might|should|must)\s+([a-z]+)\s+[a-z]/.exec(
      q,
    )?.[1];
  const sense = word ? sharedWordNet().senses(word, "noun")[0] : undefined;
  if (!sense) return undefined;
  const human = (words: readonly string[]) => words.includes("people") || words.includes("person");
  return human(sense.words) ||
    sense.hypernyms.slice(0, 1).some((id) => human(sharedWordNet().synset(id, "noun")?.words ?? []))
    ? word
    : undefined;
}

/**
 * The terms only a past event's clause of time holds (see `past-event-clause.ts`), when the question's
 * other words keep a subject term (not `isCue`) of their own; [] otherwise: "what happened after the deal
 * was announced?" asks about the event itself.
 */
function locatingTerms(q: string, all: readonly string[], isCue: (t: string) => boolean): string[] {
  const clauses = pastEventClauses(q, sharedWordNet());
  if (!clauses.length) return [];
  const main = new Set(termsOf(clauses.reduce((rest, c) => rest.replace(c, " "), q)));
  const located = all.filter((t) => !main.has(t));
  return all.some((t) => main.has(t) && !isCue(t)) ? located : [];
}

/** For each term of a multi-word name in the text (capitalised runs, not the opening word), the name's other terms. */
function nameSiblingsOf(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of text.matchAll(/\p{Lu}[\p{L}\p{N}_'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}_'’.-]*)+/gu)) {
    const words = m[0].split(/\s+/);
    const terms = termsOf((m.index === 0 ? words.slice(1) : words).join(" "));
    if (terms.length < 2) continue;
    for (const t of terms) out.set(t, [...new Set([...(out.get(t) ?? []), ...terms.filter((o) => o !== t)])]);
  }
  return out;
}

/** Words placing a range in a series: the first one set, or a later one. */
const FIRST_OF_SERIES = /\b(?:original|originally|initial|initially|first|opening|earlier|starting)\b/g;
const LATER_OF_SERIES =
  /\b(?:revised|raised|lifted|increased|new|final|latest|updated|narrowed|cut|lowered)\b/g;

/** Which range a money question asks for, and the words saying so (they only cue: "the initial range"). */
function rangeOf(q: string): { range?: QuestionAnalysis["range"]; words: string[] } {
  if (!/\branges?\b/.test(q)) return { words: [] };
  const first = q.match(FIRST_OF_SERIES) ?? [];
  const later = q.match(LATER_OF_SERIES) ?? [];
  return { range: first.length ? "first" : later.length ? "last" : "any", words: [...first, ...later] };
}

/** "runs", "leads", "heads" a company, not a part its possessive names ("X's site", "its lab"). */
const RUNS_COMPANY =
  /\b(?:runs|leads|heads|is in charge of)\b(?!\s+(?:(?:its|their|his|her)\s|[\p{L}\p{N}&.-]+(?:['’]s|s['’])\s))/iu;

/** Analyses a question (already stripped of markup). */
export function analyzeQuestion(question: string): QuestionAnalysis {
  // Its reading rests on the first word, past chat's opening filler ("ok, who …"), which is kept apart:
  // it may tell a follow-up ("so when?").
  const { opening, rest: text } = openingFiller(stripMarkup(question));
  const q = text.toLowerCase().replace(/[’‘]/g, "'");
  const { type, focusWords, cueWords = [], measured, typedByForm } = answerTypeOf(q, text);
  const yesNo = /^(?:is|are|was|were|does|do|did|will|would|can|could|has|have|had|should)\b/.test(q);
  const compares = yesNo && COMPARISON.test(q);
  // "who runs / leads / heads X" asks for its chief executive; "who runs X's site / its lab" for whoever
  // runs that part of it, by whatever title ("general manager").
  const percent = type === "percent" ? percentMeasureOf(q) : { words: [], base: [] };
  const reaction = askedReaction(q, sharedWordNet());
  const all = termsOf(
    type === "person"
      ? text.replace(RUNS_COMPANY, "CEO of")
      : // "how much did the stock go up?": a stock moves as its shares do, and news tells the move by the
        // shares ("shares jumped 14%"), where "stock" more often names what is sold ("common stock"). A
        // reaction asked ("how did the stock react?") reads the word as the move's already (below).
        percent.measure === "change" && !reaction?.market
        ? text.replace(/\bstock\b/gi, "shares")
        : text,
  );
  // "what did Brandvold tell the local paper?": whom it was told only frames the remark; the sentence
  // names the paper ("told the Ledger-Dispatch"), or nobody.
  const toldWhom = type === "quote" ? (ADDRESSEE.exec(q)?.[1] ?? "") : "";
  // "how did the stock react to the news?": a move of the shares is what the stock's reaction is, so a
  // sentence stating one ("Pellmore shares jumped 21%") covers those words however it names the shares.
  if (type === "percent" && reaction?.market) {
    percent.measure ??= "change";
    percent.words.push(
      ...reaction.security,
      ...reaction.stimulus,
      ...(q.match(/\bto (?:the )?(?:news|announcement|deal|offer|bid)\b/g) ?? []),
      // The verb asking how they moved ("trade", "fare") is the move itself, however a sentence tells it.
      reaction.verb,
    );
  }
  const range = type === "money" ? rangeOf(q) : { words: [] };
  // "how much does it cost every year?": the rate's words are said by an amount at that rate ("$45 million
  // a year"), however the sentence writes it (`rateTerms`).
  const per = type === "money" ? perOf(text) : undefined;
  const rateWords = per ? (q.match(rateWordsOf(per)) ?? []) : [];
  // Figures only: a list's times are not all read as times ("on signing"), so their places would slip.
  const ordinal =
    type === "money" || type === "percent" || type === "count" ? ASKED_ORDINAL.exec(q)?.[1] : undefined;
  const cueSet = new Set([
    ...termsOf(percent.base.join(" ")),
    ...termsOf(range.words.join(" ")),
    ...(CUE_TERMS.get(type) ?? []),
    ...termsOf(cueWords.join(" ")),
    ...qualifierTerms(q),
    ...termsOf(genericSubject(q) ?? ""),
    // "what sent the chain into bankruptcy?": the cause is told by its own verb ("blaming", "after"), never
    // the question's.
    ...termsOf(asksCause(q, sharedWordNet()) ?? ""),
    // "how did the landlords respond?", "how did investors take the news?": what a party said or did
    // answers, in its own verb; news reacted to is what every reaction is to.
    ...(reaction && !reaction.market ? termsOf([reaction.verb, ...reaction.stimulus].join(" ")) : []),
    ...(compares ? termsOf((q.match(COMPARING_WORDS) ?? []).join(" ")) : []),
    // "what share of the money …?" asks a percentage as "what percentage of" does: "share" names the type.
    ...(type === "percent" && /\bshare of\b/.test(q) ? termsOf("share") : []),
    // "where will the plants be built / be located?": the participle only says what being there is; the
    // sentence may say "build two plants in Georgia" or nothing of building at all.
    ...(type === "place"
      ? termsOf((q.match(/\b(?:be|is|are|was|were|been)\s+[a-z]+\b/g) ?? []).join(" "))
      : []),
  ]);
  const addressee = new Set(termsOf(toldWhom));
  const isFrame = (t: string) => FRAME_TERMS.has(t) || addressee.has(t);
  // "where did the shares close after the board approved the plan?": a past event's clause only places
  // the fact in time, where the rest of the question still says what is asked.
  for (const t of locatingTerms(q, all, (t) => cueSet.has(t) || isFrame(t))) cueSet.add(t);
  const focusTerms = termsOf(focusWords.join(" "));
  const focus = focusTerms[focusTerms.length - 1];
  const names = tokenize(text)
    .slice(1)
    // The unit a rate is asked per, written as its abbreviation ("per MWh"), is no name.
    .filter((t) => /^\p{Lu}/u.test(t) && !/^(I|AI)$/.test(t) && t.toLowerCase() !== per);
  const terms = all.filter((t) => !cueSet.has(t) && !isFrame(t));
  return {
    text,
    ...(opening ? { opening } : {}),
    answerType: type,
    terms,
    slots: slotsOf(text, new Set(terms)),
    cueTerms: all.filter((t) => cueSet.has(t) && !isFrame(t)),
    frameTerms: all.filter(isFrame),
    focus,
    stems: stemMap(text),
    names,
    nameSiblings: nameSiblingsOf(text),
    aspect: /\b(begin|start|commence|first|initial|launch)\w*\b/.test(q)
      ? "start"
      : /\b(all|fully|complete\w*|finish\w*|operational|online|full)\b/.test(q)
        ? "complete"
        : "other",
    ...(type === "date" && ASKS_DAY.test(q) ? { asksDay: true } : {}),
    ...(ordinal
      ? { listOrdinal: { position: POSITIONS[ordinal.toLowerCase()]!, term: termsOf(ordinal)[0]! } }
      : {}),
    ...(measured ? { measured } : {}),
    ...(typedByForm ? { typedByForm } : {}),
    excludesMain: /\b(?:other|else|besides|apart from|aside from|additional|alternative|another)\b/.test(q),
    per,
    ...(rateWords.length ? { rateTerms: termsOf(rateWords.join(" ")) } : {}),
    ...(range.range ? { range: range.range } : {}),
    ...(type === "money" && asksQuote(q) ? { anyPer: true as const } : {}),
    percentMeasure: percent.measure,
    dealTerms: termsOf((q.match(DEAL_NOUN) ?? []).join(" ")),
    measureTerms: termsOf(percent.words.join(" ")),
    // A rate names its quantity itself: "$25 a share" is a price whatever word stands beside it.
    // A word of a name of several words ("Solbeck Invest", "Value Partners") names no quantity.
    measure:
      type === "money" && !perOf(text)
        ? measureOf(text.replace(NAME_OF_WORDS, "_").toLowerCase().replace(/[’‘]/g, "'"))
        : undefined,
    prior:
      type === "money" &&
      // "what was it worth before this round?" asks an earlier figure; "how much does it pay before the
      // spin-off?" orders two acts to come, and asks the one figure there is.
      ((/\bbefore (?:the|this|its|that) \w+/.test(q) && /\b(?:did|was|were|had|used to)\b/.test(q)) ||
        /\bpre-money\b|\bprevious(?:ly)?\b|\bprior\b|\blast year\b|\ba year (?:ago|earlier)\b|\bused to be\b|\b(?:last|previous) private\b|\boriginally\b/.test(
          q,
        )),
    who: type === "organization" && /^(?:and\s+)?(?:who|whom)\b/.test(q),
    speaker: type === "quote" ? speakerOf(q) : [],
    ...(type === "organization" || type === "person" ? agentVerbOf(text) : {}),
    ...withKindVerb(text),
    yesNo,
    compares,
  };
}

/** Terms a time's clause must hold one of to be the time of the asked event: not a deal's noun, not a name. */
export function eventTerms(analysis: QuestionAnalysis): string[] {
  const deal = new Set(analysis.dealTerms);
  const names = new Set(analysis.names.flatMap((n) => processTerm(n.replace(/['’]s$/, "")) ?? []));
  return analysis.terms.filter((t) => !deal.has(t) && !names.has(t));
}
