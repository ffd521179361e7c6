/**
 * Curly quote marks used as apostrophes (`DeepVolt‘s`, `it’s`) become `'`, so a question typed with a plain
 * apostrophe matches and quotes read the same across sources. Quote marks around words are left alone.
 */

/** A left or right single curly quote standing between two letters or digits: an apostrophe. */
const INNER_APOSTROPHE = /(?<=[\p{L}\p{N}])[\u2018\u2019\u02BC](?=\p{L})/gu;

/** Replaces curly apostrophes inside words by `'`: `DeepVolt‘s` → `DeepVolt's`. */
export function cleanApostrophes(text: string): string {
  return text.replace(INNER_APOSTROPHE, "'");
}
