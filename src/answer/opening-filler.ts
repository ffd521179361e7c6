/**
 * Chat opens a question with filler before its question word: "ok, who will join the board?", "so what's
 * the premium?", "hey how much did they raise?". The question's reading (who, what, a yes/no question)
 * rests on its first word, so the filler is looked past: up to three words compromise's lexicon lists as an
 * interjection, a conjunction, a plain adverb ("so", "well", "now"; not a "-ly" adverb such as "roughly",
 * which qualifies the asked figure) or an adjective ("ok", "right"), right before a question word or an
 * auxiliary.
 */
import { lexiconTags } from "./detect-english.js";

const FILLER_TAGS = new Set(["Expression", "Conjunction", "Adverb", "Adjective"]);

const OPENING =
  /^((?:[,.!:;]+\s*|[a-z']+[,.!:;]*\s+){1,3}?)(?=(?:who|whom|whose|what|what's|when|where|which|why|how|is|are|was|were|does|do|did|will|would|can|could|has|have|had|should)\b)/;

function isFiller(word: string): boolean {
  if (word.endsWith("ly")) return false;
  return lexiconTags(word).some((tag) => FILLER_TAGS.has(tag));
}

/**
 * The question split into the chat filler that opens it and the rest ("ok, who is …" → "ok, " and "who is
 * …"); `opening` is empty when no question word or auxiliary follows at most three filler words.
 */
export function openingFiller(question: string): { opening: string; rest: string } {
  const filler = OPENING.exec(question.toLowerCase())?.[1];
  const words = filler?.split(/[\s,.!:;]+/).filter(Boolean) ?? [];
  if (!filler || !words.every(isFiller)) return { opening: "", rest: question };
  return { opening: question.slice(0, filler.length), rest: question.slice(filler.length) };
}
