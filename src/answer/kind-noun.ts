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

/** How far up WordNet's hypernyms an office's holder may stand below "leader" (a CEO is five steps down). */
const OFFICE_DEPTH = 6;

/**
 * Whether a noun names an office a person holds — WordNet puts it below "leader" (commissioner,
 * chairman, chief executive, minister, governor, coach) — so "who is the commissioner?" asks for a person.
 * A deal's roles that companies fill (buyer, bidder, lender, investor, adviser) are not below it, and a
 * rank of nobility ("Sir Alan Brooke") is no office.
 */
export function namesOfficeHolder(noun: string, wordNet: Pick<RelatedWords, "senses" | "synset">): boolean {
  const seen = new Set<number>();
  let frontier = wordNet
    .senses(noun, "noun")
    .slice(0, 2)
    .map((s) => s.id);
  for (let depth = 0; depth <= OFFICE_DEPTH && frontier.length; depth++) {
    const next: number[] = [];
    for (const id of frontier) {
      if (seen.has(id)) continue;
      seen.add(id);
      const sense = wordNet.synset(id, "noun");
      if (!sense) continue;
      if (sense.words.includes("leader")) return true;
      // A rank of nobility ("Sir", "Baron", "Prince") is part of a name as written, not an office.
      if (!sense.words.includes("aristocrat")) next.push(...sense.hypernyms);
    }
    frontier = next;
  }
  return false;
}
