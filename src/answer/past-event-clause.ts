/**
 * "Where did the shares close after the board approved the plan?", "what did the judge say when she
 * signed the order?", "what did the stock close at on the day the merger came out?": a subordinate clause
 * of time whose verb is past tense tells an event that happened, and only places the asked fact in time.
 * The sentence stating the fact dates it ("on Thursday") or says nothing of when; it seldom repeats the
 * event, so the clause's words should rank, never be required. A clause in the present ("once sales pass
 * $1 billion", "if it wins", "when the first patient is dosed") is different: it states a condition that
 * picks one figure of several (a milestone, a tier), and a sentence lacking it answers something else.
 *
 * The clause is found by its construction, not its words: a subordinating conjunction of time (a closed
 * class of grammar words) or a noun WordNet files under time ("the day", "the week") followed by a clause,
 * whose first tense-bearing word is past: a past auxiliary ("was announced"), an irregular past form
 * compromise's lexicon lists ("came out"), or a regular "-ed" form of a WordNet verb after its subject
 * ("the board approved").
 */
import { irregularBase } from "../search/lemmatize.js";
import type { RelatedWords } from "../search/related-words.js";

/** Conjunctions opening a clause of time (grammar words, not content). */
const TIME_CONJUNCTION =
  /\b(?:after|before|when|whenever|once|until|till|since|as soon as|by the time|the (\p{Ll}+)(?= (?:that|when) | (?:the|a|an|its|their|his|her|it|they|he|she|we|you|this|that) ))\s+/gu;
/** WordNet's lexicographer file of time nouns (lexnames(5WN)). */
const NOUN_TIME = 28;
/** How many words after the conjunction the clause's tense is looked for ("the first phase 3 patient is"). */
const TENSE_WITHIN = 6;
/** Auxiliaries and copulas, by tense: the first one in a clause tells its tense. */
const PAST_AUXILIARY = new Set(["was", "were", "had", "did", "got"]);
const PRESENT_AUXILIARY = new Set(
  "is are am 's ’s has have does do will would can could may might must shall should gets get".split(" "),
);
/** Words after which an "-ed" word is an adjective ("the combined company"), not a clause's verb. */
const DETERMINER = new Set("the a an its their his her this that these those".split(" "));

/**
 * The past-tense clauses of time in a lower-case question, each from its conjunction to the next comma or
 * the question's end ("after the board approved the spin"); [] when there is none. A clause opening the
 * question ("when did …") is its question word, not a clause, and is never returned.
 */
export function pastEventClauses(q: string, wordNet: Pick<RelatedWords, "senses">): string[] {
  const out: string[] = [];
  for (const m of q.matchAll(TIME_CONJUNCTION)) {
    if (m.index === 0 || !/\S/.test(q.slice(0, m.index).replace(/^and\s+/, ""))) continue;
    // "the day the deal came out": a noun of time heading a clause; "the deal" heads none.
    const noun = m[1];
    if (noun && wordNet.senses(noun, "noun")[0]?.lexFile !== NOUN_TIME) continue;
    const rest = q.slice(m.index + m[0].length);
    const clause = /^[^,;?!]*/.exec(rest)![0].trim();
    if (clause && isPast(clause.replace(/^(?:that|when)\s+/, ""), wordNet))
      out.push(`${m[0].trim()} ${clause}`);
  }
  return out;
}

/** Whether a clause's first tense-bearing word is past (see the module comment). */
function isPast(clause: string, wordNet: Pick<RelatedWords, "senses">): boolean {
  const words = clause.split(/\s+|(?=['’]s\b)/);
  for (const [i, w] of words.slice(0, TENSE_WITHIN).entries()) {
    if (PAST_AUXILIARY.has(w)) return true;
    if (PRESENT_AUXILIARY.has(w)) return false;
    if (i === 0) continue;
    const before = words[i - 1]!;
    if (irregularBase(w) !== w && !DETERMINER.has(before)) return true;
    if (/^\p{Ll}+ed$/u.test(w) && !DETERMINER.has(before) && wordNet.senses(w, "verb").length) return true;
  }
  return false;
}
