/**
 * Aliases the articles define themselves: a name followed by its initials in brackets ("Federal Trade
 * Commission (FTC)", "the Federal Trade Commission (FTC)") makes the short form stand for the long one, so a
 * question naming one finds sentences naming the other. Learned when an article is indexed, never listed
 * by hand. (The pattern is the classic acronym-definition heuristic of Schwartz & Hearst, PSB 2003.)
 */
import { termsOf } from "../search/terms.js";

/** A learned alias: the long form as written and its short form. */
export interface Alias {
  long: string;
  short: string;
}

/** Words an acronym's letters may skip ("Bank of America (BofA)" keeps "of" optional). */
const SKIPPABLE = new Set(["of", "and", "the", "for", "&"]);

// Letters of any script ("Électricité de France (EDF)", "Société Générale (SG)").
const DEFINITION =
  /((?:\p{Lu}[\p{L}\p{N}_&'-]*\s+(?:(?:of|and|the|for|&)\s+)?){1,6})\((\p{Lu}[\p{L}\p{N}&]{1,9})\)/gu;

/** Lower case without accents: "É" is the initial "e" of an acronym. */
function plainLetters(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Whether the short form's letters are the initials of the long form's words, in order. */
function initialsMatch(words: readonly string[], short: string): boolean {
  const letters = plainLetters(short.replace(/[^\p{L}]/gu, ""));
  const initials = words.filter((w) => !SKIPPABLE.has(w.toLowerCase())).map((w) => plainLetters(w[0]!));
  return initials.join("") === letters;
}

/** The aliases a text defines, each once. */
export function learnAliases(text: string): Alias[] {
  const out = new Map<string, Alias>();
  for (const m of text.matchAll(DEFINITION)) {
    const words = m[1]!.trim().split(/\s+/);
    const short = m[2]!;
    // The long form is the shortest run of words ending before the bracket whose initials spell it.
    for (let start = words.length - 1; start >= 0; start--) {
      const run = words.slice(start);
      if (SKIPPABLE.has(run[0]!.toLowerCase())) continue;
      if (run.length < 2 || !initialsMatch(run, short)) continue;
      const long = run.join(" ");
      out.set(long.toLowerCase(), { long, short });
      break;
    }
  }
  return [...out.values()];
}

/** A long form as a whole-word (letters of any script), any-case pattern; its spaces match any whitespace. */
function longFormPattern(long: string): RegExp {
  const escaped = long.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, "giu");
}

/** Rewrites each long form in `text` to its short form (whole words, any case). */
export function foldAliases(text: string, aliases: readonly Alias[]): string {
  let out = text;
  for (const a of aliases) out = out.replace(longFormPattern(a.long), a.short);
  return out;
}

/** Case folded as the patterns' any-case matching folds it, near enough ("ſ" and "s" alike). */
const fold = (text: string): string => text.toUpperCase().toLowerCase();

/**
 * The key a long form is found by: its first word's leading run of word characters, case-folded
 * ("federal" for "Federal Trade Commission", "at" for "AT&T Inc"). Wherever the whole-word pattern
 * matches, the text's run of word characters starting there is exactly this key.
 */
const keyOf = (long: string): string => fold(/^[\p{L}\p{N}_]+/u.exec(long)?.[0] ?? "");

/** The distinct case-folded runs of word characters (letters of any script, digits, _) in a text. */
const wordRuns = (text: string): Set<string> => new Set(fold(text).match(/[\p{L}\p{N}_]+/gu) ?? []);

/**
 * Learned aliases, looked up by the words of a text instead of trying each alias on it, so folding a
 * question or indexing a passage costs its own words, not the number of aliases the corpus defined.
 */
export interface AliasTable {
  /** Adds an alias; one with the same long form (any case) is replaced and keeps its place. */
  add(alias: Alias): void;
  /** Every alias, in the order first learned. */
  all(): Alias[];
  /** The aliases whose long form may stand in `text` as whole words (its first word does), in learned order. */
  within(text: string): Alias[];
  /** `foldAliases(text, all())`, trying only the aliases that may stand in the text. */
  fold(text: string): string;
}

export function createAliasTable(initial: Iterable<Alias> = []): AliasTable {
  /** Lower-cased long form → the alias and when it was first learned. */
  const byLong = new Map<string, { alias: Alias; order: number; pattern?: RegExp }>();
  /** Key (see `keyOf`) → the lower-cased long forms with it. */
  const byKey = new Map<string, string[]>();
  const entriesWithin = (text: string) => {
    const found: { alias: Alias; order: number; pattern?: RegExp }[] = [];
    for (const run of wordRuns(text)) for (const long of byKey.get(run) ?? []) found.push(byLong.get(long)!);
    return found.sort((a, b) => a.order - b.order);
  };
  const table: AliasTable = {
    add(alias) {
      const long = alias.long.toLowerCase();
      const kept = byLong.get(long);
      if (kept) {
        byLong.set(long, { alias, order: kept.order });
        return;
      }
      byLong.set(long, { alias, order: byLong.size });
      const key = keyOf(long);
      const longs = byKey.get(key) ?? [];
      byKey.set(key, [...longs, long]);
    },
    all: () => [...byLong.values()].map((e) => e.alias),
    within: (text) => entriesWithin(text).map((e) => e.alias),
    fold(text) {
      let out = text;
      const pending = entriesWithin(text);
      const tried = new Set(pending);
      for (let i = 0; i < pending.length; i++) {
        const entry = pending[i]!;
        entry.pattern ??= longFormPattern(entry.alias.long);
        const next = out.replace(entry.pattern, entry.alias.short);
        if (next === out) continue;
        out = next;
        // A short form written in may begin a later alias's long form, as folding every alias in turn would find.
        const more = entriesWithin(entry.alias.short).filter((e) => e.order > entry.order && !tried.has(e));
        if (!more.length) continue;
        for (const e of more) tried.add(e);
        const rest = [...pending.slice(i + 1), ...more].sort((a, b) => a.order - b.order);
        pending.splice(i + 1, pending.length - i - 1, ...rest);
      }
      return out;
    },
  };
  for (const a of initial) table.add(a);
  return table;
}

/** Runs of capitalised words, with "of", "and", "the", "for" or "&" allowed between them. */
const CAPITALISED_RUN =
  /\p{Lu}[\p{L}\p{N}_'’&-]*(?:\s+(?:(?:of|and|the|for|&)\s+)?\p{Lu}[\p{L}\p{N}_'’&-]*)+/gu;
/** A phrase stands for an acronym from this many words (fewer are names, not titles of offices). */
const MIN_PHRASE_WORDS = 3;
const MAX_PHRASE_WORDS = 6;

/** A lower-case compound of three to six hyphenated words ("debtor-in-possession"). */
const HYPHENATED = /(?<![\p{L}\p{N}-])\p{Ll}+(?:-\p{Ll}+){2,5}(?![\p{L}\p{N}-])/gu;

const HYPHENATED_WHOLE = new RegExp(`^${HYPHENATED.source}$`, "u");

/** A compound's initials, with or without its small words ("of", "and", "the", "for"). */
function compoundInitials(words: readonly string[], skipSmall: boolean): string {
  return words
    .filter((w) => !skipSmall || !SKIPPABLE.has(w))
    .map((w) => plainLetters(w[0]!))
    .join("");
}

/**
 * Each lower-case hyphenated compound of `text` ("debtor-in-possession") with each distinct form of its
 * initials of at least MIN_PHRASE_WORDS letters: with its small words and without them ("going-out-of-business":
 * "goob", then "gob"), in text order.
 */
function* hyphenatedInitials(text: string): Generator<{ compound: string; initials: string }> {
  for (const m of text.matchAll(HYPHENATED)) {
    const words = m[0].split("-");
    for (const initials of new Set([compoundInitials(words, false), compoundInitials(words, true)])) {
      if (initials.length >= MIN_PHRASE_WORDS) yield { compound: m[0], initials };
    }
  }
}

/**
 * For a question's acronyms the articles also spell out as a lower-case compound ("DIP" beside
 * "debtor-in-possession"), each acronym's term → the rarest term of its phrase; for a spelt-out compound of the question whose
 * initials the articles write as an acronym, each of its terms → that acronym's term. A sentence using the
 * other form then speaks of the same thing. `phrase` gives the articles' phrase for lower-case initials,
 * `df` a term's document frequency.
 */
export function acronymRelatives(
  text: string,
  phrase: (initials: string) => string | undefined,
  df: (term: string) => number,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (term: string, relative: string) => {
    if (relative !== term && !out.get(term)?.includes(relative))
      out.set(term, [...(out.get(term) ?? []), relative]);
  };
  // A name's initials are defined in brackets where the articles mean them (learned aliases, folded into
  // the index); a lower-case compound is no name and has no such definition.
  for (const [term, rarest] of spelledAcronyms(text, phrase, df, true)) add(term, rarest);
  for (const { compound, initials } of hyphenatedInitials(text)) {
    const acronym = termsOf(initials)[0];
    if (!acronym || df(acronym) === 0) continue;
    for (const t of termsOf(compound.replace(/-/g, " "))) add(t, acronym);
  }
  return out;
}

/**
 * For a question's acronyms of a name that the articles also spell out without defining the initials in
 * brackets ("EPA" in one article, "Environmental Protection Agency" in another), each acronym's term → the
 * rarest term of the name: a sentence naming the one names the other. Only for telling whether a sentence
 * names the question's subject, not for ranking. `phrase` and `df` as for `acronymRelatives`.
 */
export function acronymNames(
  text: string,
  phrase: (initials: string) => string | undefined,
  df: (term: string) => number,
): Map<string, string[]> {
  return new Map([...spelledAcronyms(text, phrase, df, false)].map(([term, rarest]) => [term, [rarest]]));
}

/** Each acronym of `text` the articles spell as a compound (`compound`) or a name, with the phrase's rarest term. */
function* spelledAcronyms(
  text: string,
  phrase: (initials: string) => string | undefined,
  df: (term: string) => number,
  compound: boolean,
): Generator<[string, string]> {
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}{2,6})s?(?![\p{L}\p{N}])/gu)) {
    const term = termsOf(m[1]!)[0];
    const long = phrase(m[1]!.toLowerCase());
    if (!term || !long || HYPHENATED_WHOLE.test(long) !== compound) continue;
    const rarest = termsOf(long)
      .filter((t) => df(t) > 0)
      .sort((a, b) => df(a) - df(b))[0];
    if (rarest && rarest !== term) yield [term, rarest];
  }
}

/**
 * The acronyms a text's capitalised phrases would have, never written there: "Chief Financial Officer"
 * → "cfo", "Federal Trade Commission" → "ftc". Every contiguous run of 3–6 capitalised words inside a
 * longer one counts ("Chief Financial Officer Lena Park" also yields "cfo"); a question naming an acronym
 * no article spells is read as the phrase (`expandAcronyms`). Keys are lower-case initials.
 */
export function phraseAcronyms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  // "debtor-in-possession" is written in lower case and still has its initials ("DIP"), its small words
  // spelt or not ("going-out-of-business": GOOB or GOB).
  for (const { compound, initials } of hyphenatedInitials(text)) {
    if (!out.has(initials)) out.set(initials, compound);
  }
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const words = m[0].split(/\s+/);
    for (let start = 0; start < words.length; start++) {
      if (SKIPPABLE.has(words[start]!.toLowerCase())) continue;
      let letters = "";
      let count = 0;
      for (let end = start; end < words.length && count < MAX_PHRASE_WORDS; end++) {
        const word = words[end]!;
        if (SKIPPABLE.has(word.toLowerCase())) continue;
        letters += plainLetters(word[0]!);
        count++;
        if (count >= MIN_PHRASE_WORDS && !out.has(letters))
          out.set(letters, words.slice(start, end + 1).join(" "));
      }
    }
  }
  return out;
}

/**
 * Rewrites each all-capital word of a question that no article spells ("CFO", `unknown` says so) to the
 * capitalised phrase with those initials that the articles write (`phrase`), so "what did the CFO say?"
 * finds "Chief Financial Officer Lena Park said".
 */
export function expandAcronyms(
  text: string,
  phrase: (initials: string) => string | undefined,
  unknown: (word: string) => boolean,
): string {
  return text.replace(/\b([A-Z]{2,6})(s?)\b/g, (word, letters: string, plural: string) => {
    if (!unknown(word)) return word;
    const long = phrase(letters.toLowerCase());
    return long ? `${long}${plural}` : word;
  });
}
