/**
 * Counts in user-facing text, in one place so no reply says "1 sources" or "None of the 1 articles".
 * Regular English plurals only: the nouns counted here (source, article, passage) take an "s".
 */

/** "1 source", "6 sources". */
export function countOf(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}

/**
 * Why no article holds something: "None of the 6 articles mentions X." (`many`), or, where the story has one
 * article, "The only article does not mention X." (`one`, the negated verb phrase).
 */
export function noneOfTheArticles(count: number, many: string, one: string): string {
  return count === 1 ? `The only article ${one}` : `None of the ${count} articles ${many}`;
}
