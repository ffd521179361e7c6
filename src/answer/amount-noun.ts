/**
 * "what is the reverse termination fee?", "what was the bridge loan?": a question asking what a thing of
 * money is wants its amount, though it says neither "how much" nor "worth". Whether the asked noun is a
 * thing of money is WordNet's call, not a word list's: its commonest sense is filed under noun.possession
 * (lexicographer file 21: fees, loans, subsidies, dividends, revenue, payments, grants, savings…).
 */
import type { RelatedWords } from "../search/related-words.js";

/** WordNet's lexicographer file of nouns denoting possession and transfer of possession (lexnames(5WN)). */
const NOUN_POSSESSION = 21;

/** "what is / was / are … <noun phrase>", the phrase ending before a preposition, a clause or the end. */
const WHAT_IS =
  /^(?:and\s+)?what(?:['’]s|\s+(?:is|was|are|were|will be|would be))\s+(?:the\s+|an?\s+|its\s+|their\s+)?(.+?)(?:\s+(?:for|of|to|in|on|at|if|under|with|from|by|that|which|when|after|before|paid|agreed)\b.*)?[?.!\s]*$/i;

/** The noun phrase a "what is the <noun phrase>?" question asks ("break-up fee"), or undefined. */
export function askedNounPhrase(question: string): string | undefined {
  return WHAT_IS.exec(question.trim())?.[1];
}

/**
 * The head noun of a "what is the <noun phrase>?" question ("fee" of "what is Quarnex's break-up fee?"),
 * or undefined for another form of question.
 */
export function askedNoun(question: string): string | undefined {
  const phrase = askedNounPhrase(question);
  const words = phrase?.split(/[\s-]+/).filter(Boolean);
  const head = words?.[words.length - 1]?.replace(/['’]s?$/, "").toLowerCase();
  return head && /^\p{L}+$/u.test(head) ? head : undefined;
}

/** Whether a "what is the <noun>?" question asks for an amount: its noun's commonest sense is a possession. */
export function asksForAmount(question: string, wordNet: Pick<RelatedWords, "senses">): boolean {
  const noun = askedNoun(question);
  return noun !== undefined && namesAmount(noun, wordNet);
}

/**
 * WordNet's lexicographer files of abstractions a word may name before its money sense: acts (4),
 * attributes (7), cognition (9) and motives (16) — "bonus" is first "a fillip", then "an additional payment";
 * "penalty" first a punishment, then a sum. A first sense that is a thing, a group or a person ("commission"
 * as a body) keeps the word from naming an amount.
 */
const ABSTRACT_FILES: ReadonlySet<number> = new Set([4, 7, 9, 16]);

/**
 * Whether a noun names a thing of money: its commonest sense is a possession ("fee", "dividend", "loan"),
 * or its second is and its first is an abstraction ("bonus", "penalty"); not "bank", "judge", "commission".
 */
export function namesAmount(noun: string, wordNet: Pick<RelatedWords, "senses">): boolean {
  const [first, second] = wordNet.senses(noun, "noun");
  if (first?.lexFile === NOUN_POSSESSION) return true;
  return first !== undefined && ABSTRACT_FILES.has(first.lexFile) && second?.lexFile === NOUN_POSSESSION;
}

/** WordNet's lexicographer files of substances ("water", "oil") and natural phenomena ("electricity", "heat"). */
const MEASURED_FILES: ReadonlySet<number> = new Set([27, 19]);

/** "how much <noun> …", the noun right after "how much". */
const HOW_MUCH = /^(?:and\s+)?how much\s+([a-z]+)\b/i;
const AUXILIARY = "is|are|was|were|does|do|did|will|would|can|could|has|have|had|should|may|might|must";
/** "how much lab space is …": the noun phrase after "how much", up to the verb's auxiliary. */
const HOW_MUCH_PHRASE = new RegExp(
  `^(?:and\\s+)?how much\\s+((?:[a-z-]+\\s+){0,2}?[a-z-]+)\\s+(?:${AUXILIARY})\\b`,
  "i",
);

/**
 * The head noun of what "how much …?" asks ("space" of "how much lab space is it adding?", "water" of
 * "how much water will it use?"), lower case; undefined for another form of question.
 */
export function measuredNounOf(question: string): string | undefined {
  const q = question.trim();
  const phrase = HOW_MUCH_PHRASE.exec(q)?.[1] ?? HOW_MUCH.exec(q)?.[1];
  const head = phrase?.split(/\s+/).pop()?.toLowerCase();
  // "how much does it cost?" names no thing.
  return head && !new RegExp(`^(?:${AUXILIARY})$`).test(head) ? head : undefined;
}

/**
 * Whether a "how much <noun> …?" question asks for a measured quantity rather than money ("how much water
 * will the plant use?"): its noun's commonest sense is a substance or a phenomenon, in WordNet's filing.
 */
export function asksForMeasure(question: string, wordNet: Pick<RelatedWords, "senses">): boolean {
  const noun = HOW_MUCH.exec(question.trim())?.[1]?.toLowerCase();
  const file = noun === undefined ? undefined : wordNet.senses(noun, "noun")[0]?.lexFile;
  return file !== undefined && MEASURED_FILES.has(file);
}

/** "how big / large …", "what size …": a size, of money or of anything counted. */
const SIZE = /\bhow (?:big|large)\b|\bsize\b/i;

/**
 * For an amount question that no amount answers, whether a count may: "how big is the greenshoe?" is
 * answered by "4.2 million shares", and "how much gold does it produce a year?" by "250,000 ounces" (a
 * noun one of whose commonest senses is a substance or a phenomenon, though the first is coins). `measured`
 * says a quantity at a rate answers it whatever it counts, `measuredNoun` that one of the noun does
 * ("250,000 ounces of gold"; without `measured`, only that one does), `anyCount` that any exact count does
 * (a size).
 * Undefined when the question asks money only.
 */
export function countInstead(
  question: string,
  wordNet: Pick<RelatedWords, "senses">,
): { measured: boolean; anyCount: boolean; measuredNoun?: string } | undefined {
  const noun = measuredNounOf(question);
  const senses = noun ? wordNet.senses(noun, "noun") : [];
  if (noun && senses.slice(0, 3).some((s) => MEASURED_FILES.has(s.lexFile))) {
    return { measured: true, anyCount: false, measuredNoun: noun };
  }
  if (SIZE.test(question)) return { measured: false, anyCount: true };
  // "how much lab space is it adding?": a thing no amount of money is, measured in units of it ("38,500
  // square feet of laboratory space"); a possession ("cash", "debt") is money, which did not answer.
  return noun && senses.length && senses[0]!.lexFile !== NOUN_POSSESSION
    ? { measured: false, anyCount: false, measuredNoun: noun }
    : undefined;
}
