/**
 * Whether the words before a name place something there: "plants in Texas", "a site near Dresden", "a
 * hangar on the north side of Castlebar", and "at" after a site or a making ("the plant at Brenvik", "will
 * be assembled at Strathy"). A bare "at" also stands before firms and times ("an analyst at Welbeck Bank",
 * "at Monday's meeting"), so it places a name only after a noun whose commonest senses WordNet files as a
 * structure or a location (noun.artifact, noun.location) or a verb of making (verb.creation).
 */
import { irregularBase } from "../search/lemmatize.js";
import { type RelatedWords, sharedWordNet } from "../search/related-words.js";

const PLACE_BEFORE =
  /\b(?:in|near|outside|across|throughout|(?:on|at)\s+the\s+(?:(?:north|south|east|west)(?:ern)?\s+)?(?:side|edge|outskirts|fringes?)\s+of)\s+(?:the\s+)?$/i;

/** "<word> at " (or "at the ") right before the name. */
const AT_BEFORE = /\b([a-z]+)\s+at\s+(?:the\s+)?$/i;

const NOUN_ARTIFACT = 6;
const NOUN_LOCATION = 15;
const VERB_CREATION = 36;
/** A site's word may be a measure first ("yard") and a place second; its third sense is too far off. */
const SITE_SENSES = 2;

/** Whether a name right after `before` (the text up to it) is placed there. */
export function placesFollowing(before: string, wordNet: RelatedWords = sharedWordNet()): boolean {
  if (PLACE_BEFORE.test(before)) return true;
  const word = AT_BEFORE.exec(before)?.[1]?.toLowerCase();
  return word !== undefined && sitesOrMakes(word, wordNet);
}

function sitesOrMakes(word: string, wordNet: RelatedWords): boolean {
  const site = wordNet
    .senses(word, "noun")
    .slice(0, SITE_SENSES)
    .some((s) => s.lexFile === NOUN_ARTIFACT || s.lexFile === NOUN_LOCATION);
  if (site) return true;
  return wordNet.senses(irregularBase(word), "verb")[0]?.lexFile === VERB_CREATION;
}
