/**
 * A story's terms: for each kind of figure a deal is told by — its amount, its price a share, its valuation,
 * a stake, a premium, a duration, a count of what changes hands — the figure of that kind most of the
 * story's articles state, with the sentence that first states it. This is what "what are the terms?" asks
 * (`/deal terms`): one figure of each kind, not the one a question's few words rank first. Reads the values
 * found at indexing (`extract-values.ts`), whose cue words say which quantity an amount or a percentage is.
 */
import nlp from "compromise";
import type { CountValue, MoneyValue, Value } from "./extract-values.js";
import type { IndexedPassage } from "./indexed-passage.js";

export interface Term {
  value: Value;
  /** The figure as the list says it, its kind named where the figure alone does not ("$25 a share"). */
  text: string;
  /** The first passage, in reading order, stating the figure. */
  ip: IndexedPassage;
  /** Articles stating the figure. */
  articleIds: ReadonlySet<string>;
}

/**
 * A kind of figure: how the list says it ("$25 a share"), and its values among a passage's. A kind without
 * `say` has no name of its own: its figure is named by the words its sentence gives it (`nameInSentence`).
 */
interface Kind {
  say?: (text: string) => string;
  pick: (ip: IndexedPassage) => readonly Value[];
}

/** A count written as a small number word ("two companies") is no quantity of the deal. */
const SMALL_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten)\b/i;

/** The kinds of figure, in the order they are listed. */
const KINDS: readonly Kind[] = [
  { pick: (ip) => current(ip).filter((m) => !m.per && m.measure !== "valuation" && m.measure !== "revenue") },
  { say: (t) => `${t} a share`, pick: (ip) => current(ip).filter((m) => m.per === "share") },
  { say: (t) => `valuation ${t}`, pick: (ip) => current(ip).filter((m) => m.measure === "valuation") },
  { say: (t) => `${t} stake`, pick: (ip) => ip.values.percent.filter((p) => p.measure === "stake") },
  { say: (t) => `${t} premium`, pick: (ip) => ip.values.percent.filter((p) => p.measure === "premium") },
  { pick: (ip) => ip.values.duration },
  { pick: (ip) => ip.values.count.filter((c: CountValue) => !SMALL_WORD.test(c.text)) },
];

/** Amounts of now: not an earlier figure ("up from $900 million"), not one restated in another currency. */
function current(ip: IndexedPassage): MoneyValue[] {
  const restated = new Set(ip.values.money.flatMap((m) => m.equivalent ?? []));
  return ip.values.money.filter((m) => !m.prior && !restated.has(m.key));
}

/**
 * Per kind of figure (see `KINDS`), the figure most articles among `passages` (in reading order) state —
 * counted wherever they state it, whatever its sentence's cue ("the $2.3 billion buyout values Corvane" is
 * the same $2.3 billion) — the earlier-read first among equals; a kind only one article states is left out
 * where the story has several (a figure one source gives in passing is no term of the deal). A figure is
 * listed once, under its first kind, and a figure written alike under another key ("11 years", "about 11
 * years") once.
 */
export function listFigures(passages: Iterable<IndexedPassage>): Term[] {
  const stated = new Map<string, { value: Value; ip: IndexedPassage; articleIds: Set<string> }>();
  const ofKind = KINDS.map(() => new Set<string>());
  for (const ip of passages) {
    KINDS.forEach((kind, k) => {
      for (const value of kind.pick(ip)) {
        ofKind[k]!.add(value.key);
        const kept = stated.get(value.key);
        if (kept) kept.articleIds.add(ip.article.meta.id);
        else stated.set(value.key, { value, ip, articleIds: new Set([ip.article.meta.id]) });
      }
    });
  }
  const articles = new Set([...stated.values()].flatMap((s) => [...s.articleIds])).size;
  const listed = new Set<string>();
  const written = new Set<string>();
  const out: Term[] = [];
  KINDS.forEach((kind, k) => {
    // Map order is reading order, so the first of the most-stated is the earliest read.
    let best: { key: string; n: number } | undefined;
    for (const [key, s] of stated) {
      if (!ofKind[k]!.has(key) || listed.has(key) || written.has(s.value.text.toLowerCase())) continue;
      if (!best || s.articleIds.size > best.n) best = { key, n: s.articleIds.size };
    }
    if (!best || (articles > 1 && best.n < 2)) return;
    const s = stated.get(best.key)!;
    listed.add(best.key);
    written.add(s.value.text.toLowerCase());
    out.push({ ...s, text: kind.say ? kind.say(s.value.text) : nameInSentence(s.value, s.ip.passage.text) });
  });
  return out;
}

/** Words that may stand in a figure's name: nouns and their modifiers ("enterprise value", "go-shop period"). */
const NAMING = new Set(["Noun", "Adjective"]);
/** Tags that end a name however the word is otherwise tagged: a date's word, another figure, a pronoun. */
const NOT_NAMING = new Set(["Value", "Date", "Pronoun", "Determiner", "Possessive", "ProperNoun", "Person"]);
/** A figure's name is short: "net debt", "enterprise value", "go-shop period". */
const NAME_WORDS = 3;

/** A word hedging a figure ("about", "roughly", "nearly", "up to"): neither "of" nor a noun, verb or determiner. */
const isHedge = (t: Token) =>
  t.text.toLowerCase() !== "of" && !t.tags.some((g) => g === "Noun" || g === "Verb" || g === "Determiner");

interface Token {
  text: string;
  tags: readonly string[];
  start: number;
  end: number;
}

/**
 * A figure as its sentence names it, the figure written as in the sentence: the noun phrase it is "of"
 * ("an enterprise value of about $3.1 billion" → "enterprise value $3.1 billion"; "a mine life of about 11
 * years" → "mine life 11 years") or the one it stands before ("a 35-day go-shop period" → "35-day go-shop
 * period"); the figure alone where the sentence gives neither. The phrase's words are compromise's nouns
 * and adjectives, read off the sentence's part-of-speech tags (one sentence a listed figure, so the
 * tagger's cost is paid a few times per listing, not per passage).
 */
export function nameInSentence(value: Value, text: string): string {
  const tokens: Token[] = nlp(text)
    .json({ offset: true, terms: { offset: true } })
    .flatMap((s: { terms: { text: string; tags: string[]; offset: { start: number; length: number } }[] }) =>
      s.terms.map((t) => ({
        text: t.text,
        tags: t.tags,
        start: t.offset.start,
        end: t.offset.start + t.offset.length,
      })),
    );
  const end = value.at + value.text.length;
  const first = tokens.findIndex((t) => t.end > value.at);
  const after = tokens.findIndex((t) => t.start >= end);
  if (first < 0) return value.text;
  const naming = (t: Token | undefined) =>
    !!t && t.tags.some((g) => NAMING.has(g)) && !t.tags.some((g) => NOT_NAMING.has(g));
  const isNoun = (t: Token | undefined) => !!t && t.tags.includes("Noun");
  const span = (from: number, to: number) => text.slice(tokens[from]!.start, tokens[to]!.end);

  // "<name> of [about] <figure>": past at most two hedging words ("about", "roughly", "up to"), "of", then the name.
  let i = first - 1;
  while (i >= 0 && first - i <= 2 && isHedge(tokens[i]!)) i--;
  if (i >= 0 && tokens[i]!.text.toLowerCase() === "of") {
    const last = i - 1;
    i = last;
    while (i >= 0 && last - i < NAME_WORDS && naming(tokens[i])) i--;
    if (last > i && isNoun(tokens[last])) return `${span(i + 1, last)} ${value.text}`;
  }
  // "<figure> <name>": the nouns and adjectives right after it, ending on a noun.
  if (after >= 0 && tokens[after]!.start - end <= 1) {
    let j = after;
    while (j < tokens.length && j - after < NAME_WORDS && naming(tokens[j])) j++;
    while (j > after && !isNoun(tokens[j - 1])) j--;
    if (j > after) return `${value.text} ${span(after, j - 1)}`;
  }
  return value.text;
}
