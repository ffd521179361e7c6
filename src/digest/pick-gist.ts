/**
 * Chooses the one sentence that best stands for an article: the most central one, sharing the most words
 * with the rest of the article (TextRank's sentence similarity, one pass). Chosen, never generated, so the
 * digest can quote and link it like any answer.
 */
import type { Article, Passage } from "../types.js";

const STOPWORDS = new Set(
  (
    "a an and are as at be been but by for from had has have he her his i in into is it its of on or our " +
    "said says she than that the their them they this to was we were which while who will with would you " +
    "also after about more over not no new one two can could may its it's"
  ).split(" "),
);

/** Shorter than this, a sentence is a fragment ("Read more."); longer ones cannot be quoted whole. */
const MIN_WORDS = 6;
const MAX_CHARS = 400;

function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}$%]+(?:[.,'’][\p{L}\p{N}]+)*/gu) ?? [];
  return new Set(words.filter((w) => w.length > 2 && !STOPWORDS.has(w)));
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size < 2 || b.size < 2) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (Math.log(a.size) + Math.log(b.size));
}

/** The article's most central quotable sentence; ties go to the earlier one (news puts the gist first). */
export function pickGist(article: Pick<Article, "passages">): Passage | undefined {
  const candidates = article.passages.filter(
    (p) => p.kind === "sentence" && p.text.length <= MAX_CHARS && p.text.split(/\s+/).length >= MIN_WORDS,
  );
  if (candidates.length <= 1) return candidates[0];
  const words = candidates.map((p) => contentWords(p.text));
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < candidates.length; i++) {
    let score = 0;
    for (let j = 0; j < candidates.length; j++) if (i !== j) score += similarity(words[i]!, words[j]!);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return candidates[best];
}
