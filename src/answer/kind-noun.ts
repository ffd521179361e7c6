/**
 * "which banks provided the loan?", "which lenders …", "which advisers …": the asked kind is a kind of
 * organisation or person, so the answer is the names the sentence gives ("JPMorgan and Morgan Stanley"),
 * and the sentence need not repeat the kind's word. Whether a noun names organisations or people is
 * WordNet's call, not a word list's: one of its commonest senses is filed under noun.group or noun.person
 * (lexicographer files 14 and 18), and none under noun.location (15: "which countries" asks for places).
 */
import type { RelatedWords } from "../search/related-words.js";

const NOUN_GROUP = 14;
const NOUN_PERSON = 18;
const NOUN_LOCATION = 15;
/** Only a noun's commonest senses count: "bank" is a slope first and an institution second. */
const SENSES = 3;

/** Whether a noun (any number) names a kind of organisation or person. */
export function namesOrganizations(noun: string, wordNet: Pick<RelatedWords, "senses">): boolean {
  const files = wordNet
    .senses(noun, "noun")
    .slice(0, SENSES)
    .map((s) => s.lexFile);
  return files.some((f) => f === NOUN_GROUP || f === NOUN_PERSON) && !files.includes(NOUN_LOCATION);
}

/**
 * Whether a noun's commonest sense is a kind of person or group (WordNet's noun.person or noun.group):
 * "bidder", "liquidators", "consortium", not "line" or "fund" (a formation and money first).
 */
export function isPartyNoun(noun: string, wordNet: Pick<RelatedWords, "senses">): boolean {
  const file = wordNet.senses(noun, "noun")[0]?.lexFile;
  return file === NOUN_PERSON || file === NOUN_GROUP;
}

/** How far up WordNet's hypernyms an office's holder may stand below "leader" (a CEO is five steps down). */
const OFFICE_DEPTH = 6;

/**
 * The kinds of person an office's holder is, in WordNet: a leader (commissioner, chairman, chief
 * executive, minister, governor, coach) or an officeholder ("officer" in its second sense) in any of a
 * noun's commonest senses ("chair" is a chairman in its third), and in its commonest sense also an official
 * (judge), a civil authority (mayor), a money handler (treasurer) or a professional (lawyer, whom a deal's
 * parties retain by name) — only there, as "regulator" is an official in its second sense and a regulator
 * in deal news is an agency.
 */
const LEADER = ["leader", "officeholder"];
const OFFICE_KINDS = [
  "leader",
  "officeholder",
  "official",
  "civil_authority",
  "money_handler",
  "professional",
];

/**
 * Whether a noun names an office a person holds — WordNet puts it below one of the kinds above — so "who is
 * the commissioner?" asks for a person. A deal's roles that companies fill (buyer, bidder, lender,
 * investor, adviser: capitalists, applicants, customers, experts) are not below them, and a rank of
 * nobility ("Sir Alan Brooke") is no office. A hyphenated title is read as WordNet writes it
 * ("vice-chairman" → vice_chairman) or by its last word ("vice-chair" → chair).
 */
export function namesOfficeHolder(noun: string, wordNet: Pick<RelatedWords, "senses" | "synset">): boolean {
  const joined = wordNet.senses(noun.replace(/-/g, "_"), "noun");
  const senses =
    joined.length || !noun.includes("-")
      ? joined
      : wordNet.senses(noun.slice(noun.lastIndexOf("-") + 1), "noun");
  return senses
    .slice(0, SENSES)
    .some((sense, i) => isBelow(sense.id, i === 0 ? OFFICE_KINDS : LEADER, wordNet));
}

/**
 * The other words WordNet gives an office's holder in its commonest sense, and its more specific kinds
 * (lawyer → attorney, counsel, solicitor; judge → jurist, magistrate): single words whose commonest sense
 * is a kind of person (not one person, "Lincoln") and which its sense-tagged corpus uses mostly as nouns
 * ("general" is an adjective first).
 * Lower case; [] for a noun that names no office (`namesOfficeHolder`).
 */
export function officeWords(
  noun: string,
  wordNet: Pick<RelatedWords, "senses" | "synset" | "near" | "taggedSenses">,
): string[] {
  if (!namesOfficeHolder(noun, wordNet)) return [];
  return wordNet.near(noun, "noun").filter((w) => {
    const sense = wordNet.senses(w, "noun")[0];
    // A person WordNet lists as an instance of the office ("Lincoln" for lawyer) has no kind above it.
    if (w.includes(" ") || sense?.lexFile !== NOUN_PERSON || !sense.hypernyms.length) return false;
    const asNoun = wordNet.taggedSenses(w, "noun");
    return asNoun * 2 >= wordNet.taggedSenses(w);
  });
}

/** Whether a noun synset stands at most `OFFICE_DEPTH` hypernyms below a synset holding one of `kinds`. */
function isBelow(id: number, kinds: readonly string[], wordNet: Pick<RelatedWords, "synset">): boolean {
  const seen = new Set<number>();
  let frontier = [id];
  for (let depth = 0; depth <= OFFICE_DEPTH && frontier.length; depth++) {
    const next: number[] = [];
    for (const at of frontier) {
      if (seen.has(at)) continue;
      seen.add(at);
      const sense = wordNet.synset(at, "noun");
      if (!sense) continue;
      if (sense.words.some((w) => kinds.includes(w))) return true;
      // A rank of nobility ("Sir", "Baron", "Prince") is part of a name as written, not an office.
      if (!sense.words.includes("aristocrat")) next.push(...sense.hypernyms);
    }
    frontier = next;
  }
  return false;
}

/** Lexicographer file of quantities ("five", "dozen"): a number before a name counts it, never describes it. */
const NOUN_QUANTITY = 23;

/**
 * Where a word stands beside a name: bare before it ("miner Merrowby"), as the head of a description after
 * it ("Merrowby, a Nevada miner"), or as a noun modifying that head ("the Danish container line").
 */
export type DescriptionSlot = "before" | "head" | "modifier";

/**
 * Whether a word describes the party it stands beside, as news writes it. Bare before a name ("miner
 * Merrowby", "activist investor Quillet Ridge") when one of its commonest noun senses is a kind of organisation or
 * person (`namesOrganizations`), no number, and WordNet's sense-tagged corpus uses it as a noun at least as
 * often as otherwise ("best", "more", "let" stand before names without describing them). As a description's
 * head, alone, when its commonest sense is such a kind ("the miner", "the consortium"; not "the line"). As a
 * noun modifier, where only a noun can stand, any word WordNet knows as a noun or does not know at all
 * ("container", "private-equity").
 */
export function describesParty(
  word: string,
  wordNet: Pick<RelatedWords, "senses" | "taggedSenses" | "partsOfSpeech">,
  slot: DescriptionSlot = "before",
): boolean {
  if (slot === "modifier") {
    const pos = wordNet.partsOfSpeech(word);
    return !pos.length || pos.includes("noun");
  }
  if (slot === "head") return isPartyNoun(word, wordNet);
  if (!namesOrganizations(word, wordNet) || wordNet.senses(word, "noun")[0]?.lexFile === NOUN_QUANTITY)
    return false;
  const noun = wordNet.taggedSenses(word, "noun");
  return noun >= wordNet.taggedSenses(word) - noun;
}
