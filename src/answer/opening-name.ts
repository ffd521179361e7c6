/**
 * The name a passage opens with, its grammatical subject ("Sundale is valued at …", "Lumivex, its older
 * drug, …"): what the sentence's figures are told of, unless the question names it too.
 */
import { sharedWordNet } from "../search/related-words.js";
import { processTerm } from "../search/terms.js";
import type { NameValue } from "./extract-values.js";
import type { IndexedPassage } from "./indexed-passage.js";
import { isCalendarWord, isPlace } from "./name-lexicon.js";

/**
 * The name standing first in the passage, before any other word (quotes, markup and brackets aside), or
 * undefined: none does, it is a place or a day (which only locate or date what follows), a capital that
 * only opens the sentence ("Its", "Reports indicate …"), or, with `who`, a person (one of the people a
 * "who" question's sentence names, not a company whose figures they are).
 */
export function openingName(ip: IndexedPassage, who = false): NameValue | undefined {
  const first = ip.values.names[0];
  if (!first || !/^[\s*_"“‘'(-]*$/.test(ip.passage.text.slice(0, first.at))) return undefined;
  if (who && ip.values.people.some((p) => p.at === first.at)) return undefined;
  if (isPlace(first.text) || isCalendarWord(first.text)) return undefined;
  const opening = first.text.split(/\s+/)[0]!.toLowerCase();
  if (first.initial && (processTerm(opening) === null || sharedWordNet().partsOfSpeech(opening).length))
    return undefined;
  return first;
}
