/**
 * Chat shorthand read as the articles' word it shortens: "ppl" → people, "govt" → government, "mgmt" →
 * management, "yrs" → years. Such a word keeps the first letter and the consonants of its word, in order,
 * and ends on the word's last consonant; of the articles' words it fits, the one they use most is meant.
 * The articles' lower-case words are filed at ingestion by first letter and last consonant, so reading a
 * shorthand walks one small bucket, never the vocabulary.
 */

/** Vowels a shorthand drops ("y" counts as one: "company" ends on its "p"). */
const VOWEL = /[aeiouy]/;
/** A shorthand is this short: longer vowel-less strings are names, codes or noise. */
const MAX_LENGTH = 5;

export interface ShorthandIndex {
  /** Counts a lower-case word of the articles once more (`delta` 1) or once less (-1). */
  count(word: string, delta: number): void;
  /** The articles' words `short` may shorten, most used first; [] when it is no shorthand. */
  expansions(short: string): readonly string[];
}

/** The bucket a word is filed under: its first letter and its last consonant ("people" → "pl"). */
function keyOf(word: string): string | undefined {
  for (let i = word.length - 1; i > 0; i--) if (!VOWEL.test(word[i]!)) return word[0]! + word[i]!;
  return undefined;
}

/** Whether `short`'s letters occur in `word` in order, the first at the start. */
function shortens(short: string, word: string): boolean {
  if (short[0] !== word[0]) return false;
  let at = 1;
  for (let i = 1; i < short.length; i++) {
    at = word.indexOf(short[i]!, at) + 1;
    if (!at) return false;
  }
  return true;
}

/**
 * Whether a word looks like shorthand: two to five letters with no vowel ("ppl", "yrs", "mgmt"), or
 * four or five with one vowel that is not its last letter ("govt"). A word with more vowels is a word.
 */
export function looksShorthand(word: string): boolean {
  if (!/^[a-z]+$/.test(word) || word.length < 2 || word.length > MAX_LENGTH) return false;
  const vowels = [...word].filter((c) => "aeiou".includes(c)).length;
  return vowels === 0 || (vowels === 1 && word.length >= 4 && !VOWEL.test(word.at(-1)!));
}

/** An empty index of the articles' words by shorthand bucket. */
export function createShorthandIndex(): ShorthandIndex {
  const buckets = new Map<string, Map<string, number>>();
  return {
    count(word, delta) {
      // Words no longer than a shorthand plus two letters are written out as often as shortened.
      if (!/^[a-z]+$/.test(word) || word.length < 4) return;
      const key = keyOf(word);
      if (!key) return;
      const bucket = buckets.get(key) ?? new Map<string, number>();
      const n = (bucket.get(word) ?? 0) + delta;
      if (n > 0) bucket.set(word, n);
      else bucket.delete(word);
      if (bucket.size) buckets.set(key, bucket);
      else buckets.delete(key);
    },
    expansions(short) {
      if (!looksShorthand(short)) return [];
      // A plural shorthand ("yrs") ends on its word's plural "s".
      const bucket = buckets.get(short[0]! + short.at(-1)!);
      if (!bucket) return [];
      return [...bucket]
        .filter(([word]) => word.length >= short.length + 2 && shortens(short, word))
        .sort((a, b) => b[1] - a[1])
        .map(([word]) => word);
    },
  };
}
