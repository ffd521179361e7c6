/**
 * Who a story quotes: the people whose remarks its articles carry (in quotation marks or reported speech),
 * each with one remark, most-quoted first. This is what "who said what about the deal?" asks — a list, not
 * one sentence ranked by the question's few words. Reads the passages' remarks and people found at indexing.
 */
import { sameRemark } from "./cluster-remarks.js";
import { type QuoteSpan, SPEECH_VERBS, type Value } from "./extract-values.js";
import type { IndexedPassage } from "./indexed-passage.js";

/** A person this many characters or more from a remark is not read as its speaker. */
const SPEAKER_REACH = 120;

export interface SpeakerRemark {
  /** The speaker's fullest name in the story ("Lena Park" for a later "Park said …"). */
  person: string;
  /** The passage quoting the remark most sources carry, first in reading order among them. */
  ip: IndexedPassage;
  remark: QuoteSpan;
  /** Articles quoting this person, any remark. */
  articleIds: ReadonlySet<string>;
}

/** A verb introducing the remark ("told" and "saying" only ever introduce one beside it). */
const SPEECH = new RegExp(`\\b(?:${SPEECH_VERBS}|told|saying|wrote|commented)\\b`, "g");

/**
 * The speaker of a remark in its passage: the subject of the speech verb beside it — the person right
 * before the verb ("Jane Doe, who founded the firm in 2019, said that …": an appositive clause is skipped)
 * or right after it ("“…,” said Jane Doe"); else, with no such verb, the person nearest the remark
 * ("Doe: “…”"). Within `SPEAKER_REACH` characters and the same sentence; undefined when the passage names
 * nobody there ("he said").
 */
function speakerOf(remark: QuoteSpan, people: readonly Value[], text: string): Value | undefined {
  const end = remark.at + remark.text.length;
  const outside = people.filter((p) => p.at + p.text.length <= remark.at || p.at >= end);
  const sameSentence = (a: number, b: number) => !/[.!?]["”]?\s+\p{Lu}/u.test(text.slice(a, b));
  const verbs = [...text.matchAll(SPEECH)].filter(
    (m) =>
      (m.index < remark.at && remark.at - m.index < SPEAKER_REACH) || (m.index >= end && m.index - end < 40),
  );
  for (const verb of verbs.sort((a, b) => Math.abs(a.index - remark.at) - Math.abs(b.index - remark.at))) {
    // "said Jane Doe": the name right after the verb.
    const after = outside.find((p) => p.at > verb.index && /^\w+\s+$/.test(text.slice(verb.index, p.at)));
    if (after) return after;
    // "Jane Doe[, who …,] said": the last person before the verb, appositive clauses skipped.
    const before = text.slice(0, verb.index).replace(/,\s*(?:who|which|whose|a|an|the)\b[^,]*,\s*$/u, " ");
    const subject = outside
      .filter((p) => p.at + p.text.length <= before.length && sameSentence(p.at, verb.index))
      .pop();
    if (subject && verb.index - (subject.at + subject.text.length) < SPEAKER_REACH) return subject;
  }
  let best: Value | undefined;
  let distance = SPEAKER_REACH;
  for (const p of outside) {
    const pEnd = p.at + p.text.length;
    const d = pEnd <= remark.at ? remark.at - pEnd : p.at - end;
    if (d < distance && sameSentence(Math.min(pEnd, end), Math.max(p.at, remark.at)))
      [best, distance] = [p, d];
  }
  return best;
}

/** The fullest name a story gives a person: "Park" → "Lena Park" when some article writes it whole. */
function fullNames(names: Iterable<string>): (name: string) => string {
  const longest = new Map<string, string>();
  for (const name of names) {
    const last = name.split(/\s+/).pop()!.toLowerCase();
    const kept = longest.get(last);
    if (!kept || name.split(/\s+/).length > kept.split(/\s+/).length) longest.set(last, name);
  }
  return (name) => longest.get(name.split(/\s+/).pop()!.toLowerCase()) ?? name;
}

/**
 * The people a story's passages quote, each with the remark most of its articles carry (wordings sharing
 * most words count as one remark), ordered by how many articles quote them, then by first appearance.
 * `passages` in reading order (articles, then passages). Returns at most `max` speakers.
 */
export function listSpeakers(passages: Iterable<IndexedPassage>, max = 5): SpeakerRemark[] {
  const all = [...passages];
  const everyone = all.flatMap((ip) => ip.values.people.map((p) => p.text));
  // A person named whole once is named by the last word alone later ("Park said …"), which a
  // dictionary of given names cannot tell from a company's name.
  const surnames = new Set(everyone.filter((n) => /\s/.test(n)).map((n) => n.split(/\s+/).pop()!));
  const found: { person: string; ip: IndexedPassage; remark: QuoteSpan }[] = [];
  for (const ip of all) {
    const people = [
      ...ip.values.people,
      ...ip.values.names.filter((n) => surnames.has(n.text) && !ip.values.people.some((p) => p.at === n.at)),
    ];
    for (const remark of ip.values.quotes) {
      const speaker = speakerOf(remark, people, ip.passage.text);
      if (speaker) found.push({ person: speaker.text, ip, remark });
    }
  }
  const full = fullNames(everyone);
  const byPerson = new Map<string, { ip: IndexedPassage; remark: QuoteSpan }[]>();
  for (const f of found) {
    const name = full(f.person);
    byPerson.set(name, [...(byPerson.get(name) ?? []), f]);
  }
  const speakers: SpeakerRemark[] = [...byPerson].map(([person, said]) => {
    // The remark the most articles carry, in any of its wordings.
    const sources = (r: QuoteSpan) =>
      new Set(
        said
          .filter((s) => sameRemark(new Set(s.remark.words), new Set(r.words)))
          .map((s) => s.ip.article.meta.id),
      ).size;
    const best = said.reduce((a, b) => (sources(b.remark) > sources(a.remark) ? b : a));
    return { ...best, person, articleIds: new Set(said.map((s) => s.ip.article.meta.id)) };
  });
  const order = new Map([...byPerson.keys()].map((name, i) => [name, i]));
  return speakers
    .sort((a, b) => b.articleIds.size - a.articleIds.size || order.get(a.person)! - order.get(b.person)!)
    .slice(0, max);
}
