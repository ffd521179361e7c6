/**
 * Units of measure ("MHz", "square feet", "tonnes", "km"), told by WordNet rather than a list: a noun whose
 * commonest sense is a kind of unit of measurement (of length, area, mass, memory…), or a rate's unit
 * (megahertz is filed with times, under "rate"). Irregular plurals ("feet")
 * are read as their singular with compromise's noun transform, as WordNet's own exception lists would.
 */
import nlp from "compromise";
import { type Sense, sharedWordNet } from "../search/related-words.js";

const model = nlp.model();
const toSingular = (
  nlp.methods() as unknown as { two: { transform: { noun: { toSingular(w: string, m: unknown): string } } } }
).two.transform.noun.toSingular;

const known = new Map<string, boolean>();

/**
 * Whether a word or two-word phrase, as written after a number ("MHz", "square feet", "km"), names a unit
 * of measure. Lookups are remembered: indexing asks about the same few words again and again.
 */
export function isMeasureUnit(phrase: string): boolean {
  const key = phrase
    .toLowerCase()
    .replace(/[\s-]+/g, " ")
    .trim();
  let found = known.get(key);
  if (found === undefined) {
    const words = key.split(" ");
    const last = words.pop() ?? "";
    const singular = toSingular(last, model) || last;
    found = [key, [...words, singular].join(" ")].some((w) => unitSense(w));
    known.set(key, found);
  }
  return found;
}

/** How far up WordNet's hypernyms a unit's kind is looked for ("square foot" → area unit → unit of measurement). */
const UNIT_DEPTH = 6;

/** A word's senses looked at for a currency's: "pound" is first a mass, then the British currency. */
const MONEY_SENSES = 3;

/** The first kind above a sense, up to UNIT_DEPTH steps, that is a currency's or any unit's; else undefined. */
function unitKind(sense: Sense): "money" | "unit" | undefined {
  const wordNet = sharedWordNet();
  let kind = sense.hypernyms[0] === undefined ? undefined : wordNet.synset(sense.hypernyms[0], "noun");
  for (let depth = 0; kind && depth < UNIT_DEPTH; depth++) {
    if (kind.words.includes("monetary_unit")) return "money";
    if (kind.words.includes("unit_of_measurement")) return "unit";
    kind = kind.hypernyms[0] === undefined ? undefined : wordNet.synset(kind.hypernyms[0], "noun");
  }
  return undefined;
}

/**
 * Whether WordNet's commonest noun sense of a word or phrase is a unit: below "unit of measurement" but
 * not a currency's (amounts of money are read as money: "20 million pounds" is no weight, as any of the
 * word's first senses being a currency says), or a rate's unit. A number word ("billion") is a quantity,
 * not a unit.
 */
function unitSense(word: string): boolean {
  const wordNet = sharedWordNet();
  const senses = wordNet.senses(word.replace(/ /g, "_"), "noun");
  const sense = senses[0];
  if (!sense) return false;
  if (senses.slice(0, MONEY_SENSES).some((s) => unitKind(s) === "money")) return false;
  if (sense.hypernyms.some((id) => wordNet.synset(id, "noun")?.words.includes("rate"))) return true;
  return unitKind(sense) === "unit";
}

const currencies = new Map<string, boolean>();

/**
 * Whether a word written after an amount ("3 billion yuan", "300 million francs", "kronor") names a
 * currency: one of WordNet's first senses of it, or of its singular, is a monetary unit. WordNet lists no
 * irregular plural of most currencies ("kronor", "forint"); those are told by their restatement instead
 * (see `extract-values.ts`).
 */
export function isCurrencyWord(word: string): boolean {
  const key = word.toLowerCase();
  let found = currencies.get(key);
  if (found === undefined) {
    const wordNet = sharedWordNet();
    const singular = toSingular(key, model) || key;
    found = [key, singular].some((w) =>
      wordNet
        .senses(w, "noun")
        .slice(0, MONEY_SENSES)
        .some((s) => unitKind(s) === "money"),
    );
    currencies.set(key, found);
  }
  return found;
}
