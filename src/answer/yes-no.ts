/**
 * Yes/no questions: which sentence answers "will Harbor's holders vote on the merger?". A sentence answers
 * it when it says whether the question's subject does what the question asks, not merely when it shares
 * its words: "Harbor's board voted for the merger" is about the board. The question is read as auxiliary +
 * subject + predicate (the first word WordNet knows as a verb after the subject); in a passage, the word
 * before the predicate used as a verb (inflected, or after an auxiliary) is its subject. A comparison
 * asked ("is X paying less than …?", "as valuable as …?") is answered by a sentence stating one.
 */
import { processTerm, STOP_WORDS, stemTerm } from "../search/terms.js";

export interface YesNoClause {
  /** Canonical terms of the question's subject ("harbor", "holder"). */
  subject: string[];
  /** Stem of the asked predicate, before synonyms are folded ("vote"). */
  predicate: string;
}

/** Parts of speech of a word, as WordNet lists them. */
export type PartsOfSpeech = (word: string) => readonly string[];

const AUXILIARY =
  /^(?:is|are|was|were|be|been|being|does|do|did|will|would|can|could|has|have|had|should|shall|may|might|must|not|never|also|already|still|n't)$/;
const DETERMINER =
  /^(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|any|some|each|every|all|both)$/;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.replace(/['’]s$/i, "").replace(/[.-]+$/, ""));
}

/**
 * The subject and predicate of a yes/no question ("will Harbor holders vote on it?" → subject harbor,
 * holder; predicate vote), or undefined when it has no such clause ("is it anywhere near …?"). `pos`
 * tells nouns from verbs: after a determiner a word is the subject's ("does the deal include …").
 */
export function yesNoClause(text: string, pos: PartsOfSpeech): YesNoClause | undefined {
  const all = words(text);
  if (!all.length || !AUXILIARY.test(all[0]!.toLowerCase())) return undefined;
  const subject: string[] = [];
  let afterDeterminer = false;
  for (const word of all.slice(1)) {
    const lower = word.toLowerCase();
    if (DETERMINER.test(lower)) {
      afterDeterminer = true;
      continue;
    }
    const capitalised = /^\p{Lu}/u.test(word);
    const kinds = capitalised ? [] : pos(lower);
    if (subject.length && !afterDeterminer && kinds.includes("verb")) {
      const predicate = stemTerm(lower);
      return predicate ? { subject, predicate } : undefined;
    }
    const term = processTerm(word);
    if (!term || !(capitalised || kinds.includes("noun"))) return undefined;
    subject.push(term);
    afterDeterminer = false;
  }
  return undefined;
}

/**
 * Whose predicate a passage states: "same" when the word before it used as a verb is the question's
 * subject ("holders will vote"), "other" when it is another noun ("the board voted"), "none" when the
 * passage does not use it as a verb with a named subject ("no further vote will be held", "it voted").
 * `isSubject` says whether a canonical term names the question's subject.
 */
export function predicateSubject(
  text: string,
  clause: YesNoClause,
  isSubject: (term: string) => boolean,
): "same" | "other" | "none" {
  const all = words(text);
  let found: "other" | "none" = "none";
  for (let i = 0; i < all.length; i++) {
    if (stemTerm(all[i]!) !== clause.predicate) continue;
    let j = i - 1;
    let auxiliary = false;
    while (j >= 0 && (AUXILIARY.test(all[j]!.toLowerCase()) || /ly$/i.test(all[j]!))) {
      auxiliary ||= AUXILIARY.test(all[j]!.toLowerCase());
      j--;
    }
    const verb = auxiliary || /ed$/i.test(all[i]!);
    if (!verb || j < 0) continue;
    const before = all[j]!;
    if (STOP_WORDS.has(before.toLowerCase())) continue;
    const term = processTerm(before);
    if (!term) continue;
    if (isSubject(term)) return "same";
    found = "other";
  }
  return found;
}

/** WordNet's lexicographer files of nouns naming acts and events (lexnames(5WN)): "a vote", "the sale". */
const NOUN_ACT = 4;
const NOUN_EVENT = 11;

/**
 * Whether a passage uses the asked predicate only as a noun naming a thing, not the act: "is he cashing
 * out?" against "the firm supplies the cash" (cash, a possession), where "the vote is on Tuesday" still
 * names the act asked about. `nounFile` gives the lexicographer file of a word's commonest noun sense.
 */
export function predicateAsThing(
  text: string,
  clause: YesNoClause,
  nounFile: (word: string) => number | undefined,
): boolean {
  const all = words(text);
  let found = false;
  for (let i = 0; i < all.length; i++) {
    if (stemTerm(all[i]!) !== clause.predicate) continue;
    if (i === 0 || !DETERMINER.test(all[i - 1]!.toLowerCase())) return false;
    const file = nounFile(all[i]!.toLowerCase());
    if (file === undefined || file === NOUN_ACT || file === NOUN_EVENT) return false;
    found = true;
  }
  return found;
}

/**
 * A question asking for a comparison: "less than", "more for X than", "as valuable as", "anywhere near",
 * "compared with".
 * Its comparing words only cue the answer.
 */
export const COMPARISON =
  /\b(?:more|less|fewer|greater|higher|lower|bigger|smaller|cheaper|larger|longer|shorter|faster|slower|better|worse)(?:\s+[\w'’-]+){0,4}?\s+than\b|\bas\s+(?:\w+\s+)?\w+\s+as\b|\b(?:compared? (?:to|with)|relative to|versus)\b|\banywhere near\b/i;

/** The words a comparison is made with: cues, never the subject. */
export const COMPARING_WORDS =
  /\b(?:more|less|fewer|greater|higher|lower|bigger|smaller|cheaper|larger|than|anywhere|near|nearly|compared?|relative|versus)\b/gi;

/**
 * A sentence stating a comparison: a percentage above or below something, a multiple ("40 times", "twice",
 * "a fraction of", "an order of magnitude"), a comparative ("more than", "cheaper than"), or a change by
 * an amount ("shrank by a third", "fallen by half").
 */
const STATES_COMPARISON =
  /\d\s?(?:%|percent|per cent)\s+(?:above|below|over|under|more|less|higher|lower|premium|discount)\b|\b(?:\d+|two|three|four|five|ten|several|many)\s+times\b|\b(?:twice|double|triple|half|a third|a quarter|fraction|order of magnitude|lags?|trails?)\b|\b(?:more|less|fewer|[a-z]{3,}er)\s+than\b|\b(?:above|below)\b|\b(?:shr[au]nk|fallen|fell|dropped|declined|rose|risen|climbed|jumped|grew|grown|cut)\s+(?:by|from)\b/i;

export function statesComparison(text: string): boolean {
  return STATES_COMPARISON.test(text);
}
