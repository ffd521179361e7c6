/**
 * Descriptions an article gives its parties, so a later "the miner" or "the consortium" counts as naming
 * the party it stands for. News introduces a party once with a common noun in apposition — before its name
 * ("activist investor Quillet Ridge", "miner Merrowby Lithium") or after it ("Merrowby Lithium, a Nevada miner,",
 * "Towerline, the new tower company set up by the buyers") — and then calls it by the noun alone ("the miner
 * said it would …"). Learned per article when it is indexed; a noun given to two different parties in one
 * article stands for neither. (Appositive-based coreference, as in Haghighi & Klein, "Simple Coreference
 * Resolution with Rich Syntactic and Semantic Features", EMNLP 2009: an appositive's head is a strong cue.)
 */

import type { DescriptionSlot } from "./kind-noun.js";

/** A name as the engine extracts it: its text and character offset in its passage. */
export interface PlacedName {
  text: string;
  at: number;
}

/** One or two lower-case words right before a name ("activist investor" in "activist investor Quillet Ridge"). */
const NOUN_BEFORE = /(?:^|[\s(“"])(?:(\p{Ll}[\p{Ll}-]+)\s+)?(\p{Ll}[\p{Ll}-]+)\s+$/u;

/** A capitalised description the name took in at a sentence's start ("Carmaker Ostrava Motors"). */
const GLUED_DESCRIPTION = /^(\p{Lu}\p{Ll}+)\s+(\p{Lu}.*)$/u;

/**
 * ", a/an/the" after a name, up to three modifiers, then the head noun, ending at punctuation or at a word
 * that starts the description's own complement ("a Nevada miner, said", "the new tower company set up by").
 */
const DESCRIPTION_AFTER =
  /^,\s+(?:a|an|the)\s+((?:[\p{L}\p{N}-]+\s+){0,3}?)(\p{Ll}[\p{Ll}-]+)(?=\s*[,.;:)]|\s+(?:that|which|who|whose|based|with|in|of|for|by|set|formed|owned|controlled|backed|led|created)\b)/u;

/**
 * The descriptions one article gives its parties: a common noun → the terms of the one name it describes.
 * `describes(word, slot)` says whether a word standing there beside a name describes it (WordNet's call:
 * `describesParty`); `termsOf` turns a name into its search terms. A
 * name's first word counts as written before it when the name starts a sentence ("Carmaker Ostrava Motors
 * said"). Both words of "activist investor X" describe X (news goes on with "the activist"). After a name, a
 * head noun a noun modifies is learned with it ("the Danish container line" → "container line": "the line"
 * alone is too vague), and alone where it is a kind of party itself ("a Nevada lithium miner" → "miner").
 * Nouns given to names that share no term ("the bidder" for two rivals) are dropped.
 */
export function learnDescriptions(
  passages: readonly { text: string; names: readonly PlacedName[] }[],
  describes: (word: string, slot: DescriptionSlot) => boolean,
  termsOf: (text: string) => string[],
): Map<string, string[]> {
  const found = new Map<string, string[][]>();
  const add = (noun: string, name: string) => {
    const terms = termsOf(name);
    if (!terms.length) return;
    const list = found.get(noun) ?? [];
    list.push(terms);
    found.set(noun, list);
  };
  for (const { text, names } of passages) {
    for (const n of names) {
      const before = NOUN_BEFORE.exec(text.slice(Math.max(0, n.at - 40), n.at));
      if (before) {
        // "activist investor X": both; "the league picked X": neither ("picked" is no description).
        if (describes(before[2]!, "before")) {
          add(before[2]!, n.text);
          if (before[1] && describes(before[1], "before")) add(before[1], n.text);
        }
      }
      const glued = GLUED_DESCRIPTION.exec(n.text);
      if (glued) {
        const word = glued[1]!.toLowerCase();
        if (describes(word, "before")) add(word, glued[2]!);
      }
      const after = DESCRIPTION_AFTER.exec(text.slice(n.at + n.text.length));
      if (after) {
        const head = after[2]!;
        const modifier = /(?:^|\s)(\p{Ll}[\p{Ll}-]+)\s+$/u.exec(after[1]!)?.[1];
        if (modifier && describes(modifier, "modifier")) add(`${modifier} ${head}`, n.text);
        if (describes(head, "head")) add(head, n.text);
      }
    }
  }
  const out = new Map<string, string[]>();
  for (const [noun, lists] of found) {
    // "Merrowby Lithium" and "Merrowby" are one party; "Ardwell" and "Bexford" are two.
    const first = new Set(lists[0]);
    if (lists.every((terms) => terms.some((t) => first.has(t)))) {
      out.set(noun, [...new Set(lists.flat())]);
    }
  }
  return out;
}

/** "the miner", "the Nevada miner", "this tower company": the same few nouns recur in every article. */
const definites = new Map<string, RegExp>();

function definiteOf(noun: string): RegExp {
  let pattern = definites.get(noun);
  if (!pattern) {
    const escaped = noun.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
    pattern = new RegExp(`\\b(?:the|this|that)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}?${escaped}\\b`, "iu");
    if (definites.size >= 5_000) definites.clear();
    definites.set(noun, pattern);
  }
  return pattern;
}

/**
 * The terms of the parties a passage refers to by a learned description ("the miner", "the Nevada miner",
 * "the miner's") and does not name itself. `terms` are the passage's own terms.
 */
export function describedPartyTerms(
  text: string,
  descriptions: ReadonlyMap<string, readonly string[]>,
  terms: ReadonlySet<string>,
): string[] {
  if (!descriptions.size) return [];
  const out: string[] = [];
  for (const [noun, nameTerms] of descriptions) {
    if (nameTerms.some((t) => terms.has(t))) continue;
    if (definiteOf(noun).test(text)) out.push(...nameTerms);
  }
  return out;
}
