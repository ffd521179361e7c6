/**
 * The base form of an irregular verb form ("said" → say, "bought" → buy), from compromise's lexicon and
 * conjugation tables (its `transform` methods take a word and return a word: microseconds, no
 * document is parsed). Porter2 stemming joins "invests" and "invested" but not "says" and "said"; with
 * irregular forms read as their base first, a question saying "say" finds a sentence saying "said".
 */
import nlp from "compromise";

type Transform = {
  verb: { toInfinitive(word: string, model: unknown, tense?: string): string };
};

const model = nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } };
const transform = (nlp.methods() as unknown as { two: { transform: Transform } }).two.transform;

/** The tenses under which compromise's lexicon files an irregular verb form. */
const IRREGULAR_VERB = /^(?:PastTense|Participle)$/;

/**
 * The base form of a lower-case word whose inflection stemming cannot undo, an irregular past tense or
 * participle ("struck" → strike); otherwise the word itself. Irregular plurals are left alone: "people"
 * is the collective noun counts are written with, not a plural of "person".
 */
export function irregularBase(word: string): string {
  const tags = model.one.lexicon[word];
  if (!tags) return word;
  for (const tag of [tags].flat()) {
    if (IRREGULAR_VERB.test(tag)) {
      const base = transform.verb.toInfinitive(word, model, tag);
      if (base && /^[a-z]+$/.test(base)) return base;
    }
  }
  return word;
}
