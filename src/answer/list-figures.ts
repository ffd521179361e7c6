/**
 * A story's terms: for each kind of figure a deal is told by — its amount, its price a share, its valuation,
 * a stake, a premium, a duration, a count of what changes hands — the figure of that kind most of the
 * story's articles state, with the sentence that first states it. This is what "what are the terms?" asks
 * (`/deal terms`): one figure of each kind, not the one a question's few words rank first. Reads the values
 * found at indexing (`extract-values.ts`), whose cue words say which quantity an amount or a percentage is.
 */
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

/** A kind of figure: how the list says it ("$25 a share"), and its values among a passage's. */
interface Kind {
  say: (text: string) => string;
  pick: (ip: IndexedPassage) => readonly Value[];
}

/** A count written as a small number word ("two companies") is no quantity of the deal. */
const SMALL_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten)\b/i;

/** The kinds of figure, in the order they are listed. */
const KINDS: readonly Kind[] = [
  {
    say: (t) => t,
    pick: (ip) => current(ip).filter((m) => !m.per && m.measure !== "valuation" && m.measure !== "revenue"),
  },
  { say: (t) => `${t} a share`, pick: (ip) => current(ip).filter((m) => m.per === "share") },
  { say: (t) => `valuation ${t}`, pick: (ip) => current(ip).filter((m) => m.measure === "valuation") },
  { say: (t) => `${t} stake`, pick: (ip) => ip.values.percent.filter((p) => p.measure === "stake") },
  { say: (t) => `${t} premium`, pick: (ip) => ip.values.percent.filter((p) => p.measure === "premium") },
  { say: (t) => t, pick: (ip) => ip.values.duration },
  { say: (t) => t, pick: (ip) => ip.values.count.filter((c: CountValue) => !SMALL_WORD.test(c.text)) },
];

/** Amounts of now: not an earlier figure ("up from $900 million"), not one restated in another currency. */
function current(ip: IndexedPassage): MoneyValue[] {
  const restated = new Set(ip.values.money.flatMap((m) => m.equivalent ?? []));
  return ip.values.money.filter((m) => !m.prior && !restated.has(m.key));
}

/**
 * Per kind of figure (see `KINDS`), the figure most articles among `passages` (in reading order) state —
 * counted wherever they state it, whatever its sentence's cue ("the $2.3 billion buyout values Tallis" is
 * the same $2.3 billion) — the earlier-read first among equals; a kind only one article states is left out
 * where the story has several (a figure one source gives in passing is no term of the deal). A figure is
 * listed once, under its first kind.
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
  const out: Term[] = [];
  KINDS.forEach((kind, k) => {
    // Map order is reading order, so the first of the most-stated is the earliest read.
    let best: { key: string; n: number } | undefined;
    for (const [key, s] of stated) {
      if (!ofKind[k]!.has(key) || listed.has(key)) continue;
      if (!best || s.articleIds.size > best.n) best = { key, n: s.articleIds.size };
    }
    if (!best || (articles > 1 && best.n < 2)) return;
    const s = stated.get(best.key)!;
    listed.add(best.key);
    out.push({ ...s, text: kind.say(s.value.text) });
  });
  return out;
}
