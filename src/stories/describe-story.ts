/**
 * A group of articles as people see a story: its parties and headline figure, a title made of them
 * ("Quanta–NWS · $38 billion deal"), a slug id, its sources and dates, and its other notable names. All of it
 * is read off the story's own articles; nothing here knows any company.
 */
import { namesOrganizations } from "../answer/kind-noun.js";
import { isDemonym, isPlace } from "../answer/name-lexicon.js";
import { isPluralNoun } from "../answer/select-values.js";
import { type RelatedWords, sharedWordNet } from "../search/related-words.js";
import type { ArticleProfile } from "./article-profile.js";

/** A story: articles about one deal. Plain data. */
export interface Story {
  /** Stable slug ("openai-aws"), or the id front matter gave. */
  id: string;
  /** "Parties · headline figure", or the earliest headline when the articles name no parties. */
  title: string;
  /** Article ids, sorted. */
  articleIds: string[];
  /** The one or two companies the story is between, as written ("Quanta", "NWS"). */
  parties: string[];
  /** The amount most of its sources state, as written ("$38 billion"). */
  figure?: string;
  /** ISO dates (YYYY-MM-DD) of its first and latest articles, where known. */
  first?: string;
  latest?: string;
  /** Other names its articles give prominence to (people, companies, products), most prominent first. */
  names: string[];
}

/** A second party must be named at least this share as prominently as the first. */
const SECOND_PARTY = 0.4;
const NOTABLE_NAMES = 6;

/** How prominently the story's articles name each name key: in how many leads (doubled) and articles. */
function prominence(profiles: readonly ArticleProfile[]): Map<string, number> {
  const score = new Map<string, number>();
  for (const p of profiles) {
    for (const key of p.names.keys()) score.set(key, (score.get(key) ?? 0) + 1 + (p.lead.has(key) ? 2 : 0));
  }
  return score;
}

/**
 * Name keys grouped into one entity each: a key joins every shorter key that names it ("amazon" and "aws"
 * both name "amazon web services", so they are one company although neither contains the other). Keyed
 * by name key, valued by a representative key.
 */
function entitiesOf(keys: Iterable<string>): Map<string, string> {
  const all = new Set(keys);
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.has(r)) r = parent.get(r)!;
    if (r !== k) parent.set(k, r);
    return r;
  };
  const union = (a: string, b: string) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent.set(y, x);
  };
  for (const key of all) {
    if (!key.includes(" ")) continue;
    const words = key.split(" ");
    const forms = [words.map((w) => w[0]).join("")];
    for (let i = 1; i < words.length; i++) forms.push(words.slice(0, i).join(" "));
    for (const form of forms) if (all.has(form)) union(key, form);
  }
  const out = new Map<string, string>();
  for (const key of all) out.set(key, find(key));
  return out;
}

/** Whether two name keys are one company ("amazon" in "amazon web services", "aws" its initials). */
function sameName(a: string, b: string): boolean {
  const initials = (s: string) =>
    s
      .split(" ")
      .map((w) => w[0])
      .join("");
  return (
    a === b ||
    a.startsWith(`${b} `) ||
    b.startsWith(`${a} `) ||
    (a.includes(" ") && initials(a) === b) ||
    (b.includes(" ") && initials(b) === a)
  );
}

function surfaceOf(key: string, profiles: readonly ArticleProfile[]): string {
  const counts = new Map<string, number>();
  for (const p of profiles) {
    const s = p.surface.get(key);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? key;
}

/** The most common entry of a list, ties to the first in sort order; `min` times at least. */
function mode(values: readonly string[], min = 1): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return top && top[1] >= min ? top[0] : undefined;
}

function isoDay(day: number | undefined): string | undefined {
  return day === undefined ? undefined : new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** "$38 Billion" as a headline writes it → "$38 billion". */
function tidyFigure(text: string): string {
  return text.replace(/\b(Thousand|Million|Billion|Trillion)\b/g, (w) => w.toLowerCase());
}

/** Lower-case words joined by hyphens, ASCII only: "Quanta–NWS" → "quanta-nws". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/** A name this many articles give is a party or product, whatever the dictionary says of its word. */
const PASSING_SOURCES = 3;

/**
 * A capitalised adjective mentioned in passing ("cuts its rating to Neutral", "Filing Sentiment
 * (Neutral)"): a one-word name the dictionary knows as an adjective, given by fewer than PASSING_SOURCES
 * articles, is no name worth suggesting.
 */
function passingAdjective(
  name: string,
  sources: number,
  wordNet: Pick<RelatedWords, "partsOfSpeech">,
): boolean {
  return !/\s/.test(name) && sources < PASSING_SOURCES && wordNet.partsOfSpeech(name).includes("adj");
}

/**
 * An acronym WordNet knows only as a common noun — "IPO" (an act), "ETF" (a holding) — names no party of a
 * deal; one it files as an organisation or person ("NATO", "GE") may, and one it does not know ("NWS") does.
 */
function commonAcronym(name: string, wordNet: Pick<RelatedWords, "senses">): boolean {
  return (
    /^\p{Lu}{2,6}$/u.test(name) &&
    wordNet.senses(name, "noun").length > 0 &&
    !namesOrganizations(name, wordNet)
  );
}

/**
 * Describes one group of articles (without its final id: `assignIds` makes ids unique across stories).
 * `wordNet` tells a capitalised adjective from a name (default: the shared WordNet).
 */
export function describeStory(
  profiles: readonly ArticleProfile[],
  wordNet: Pick<RelatedWords, "partsOfSpeech" | "senses"> = sharedWordNet(),
): Omit<Story, "id"> & { slug: string } {
  const proper = new Set(profiles.flatMap((p) => [...p.proper]));
  const score = new Map([...prominence(profiles)].filter(([key]) => proper.has(key)));
  const people = new Set(profiles.flatMap((p) => [...p.people]));
  // Equal prominence (every name in a lone article's lead) is decided by how often the articles name it.
  const mentions = new Map<string, number>();
  for (const p of profiles) for (const [key, n] of p.names) mentions.set(key, (mentions.get(key) ?? 0) + n);
  const ranked = [...score.entries()].sort(
    (a, b) => b[1] - a[1] || (mentions.get(b[0]) ?? 0) - (mentions.get(a[0]) ?? 0) || (a[0] < b[0] ? -1 : 1),
  );
  const entity = entitiesOf(score.keys());
  const same = (a: string, b: string) => entity.get(a) === entity.get(b) || sameName(a, b);
  const partyKeys: string[] = [];
  for (const [key, s] of ranked) {
    if (partyKeys.length === 2) break;
    if (people.has(key) || key.length < 3 || /\d/.test(key)) continue;
    // "Europe's AI", "Brightwater's Dataline deal": a possessive phrase, not one company's name.
    if (/['’]s /.test(key)) continue;
    const surface = surfaceOf(key, profiles);
    if (isPlace(surface) || isDemonym(surface) || commonAcronym(surface, wordNet)) continue;
    // "Shares of Corvane rose …": a plural common noun opening a sentence is capitalised, not a name.
    const [head, joiner] = surface.split(/\s+/);
    if ((!joiner || joiner === "of") && isPluralNoun(head!)) continue;
    if (partyKeys.some((k) => same(k, key))) continue;
    // A story with a single article names its parties in its lead, or it has none worth a title.
    if (profiles.length === 1 && !profiles[0]!.lead.has(key)) continue;
    if (partyKeys.length === 1 && s < SECOND_PARTY * score.get(partyKeys[0]!)!) break;
    partyKeys.push(key);
  }
  const parties = partyKeys.map((k) => surfaceOf(k, profiles));

  // The headline figure: the amount stated by the most articles (then most often). A whole amount is the
  // deal's figure; one counted per unit ("$38 a share", key ".../share") only where no whole amount is.
  const stating = new Map<string, number>();
  for (const p of profiles) {
    for (const [key, n] of p.figures) stating.set(key, (stating.get(key) ?? 0) + 1 + n / 1000);
  }
  const perUnit = (key: string) => key.includes("/");
  const figureKey = [...stating.entries()].sort(
    (a, b) => Number(perUnit(a[0])) - Number(perUnit(b[0])) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
  )[0]?.[0];
  const figure = figureKey && partyKeys.length ? tidyFigure(surfaceOf(figureKey, profiles)) : undefined;
  // What the figure is of ("deal", "compute contract"), as two articles or more put it.
  const what = figureKey
    ? mode(
        profiles.flatMap((p) => [...new Set(p.figureWords.get(figureKey) ?? [])]),
        Math.min(2, profiles.length),
      )
    : undefined;

  const byDay = [...profiles].sort(
    (a, b) => (a.day ?? Infinity) - (b.day ?? Infinity) || (a.id < b.id ? -1 : 1),
  );
  const headline = byDay[0]!.headline.slice(0, 100);
  const title = parties.length
    ? `${parties.join("–")}${figure ? ` · ${figure}${what ? ` ${what}` : ""}` : ""}`
    : headline;
  const days = profiles.flatMap((p) => (p.day === undefined ? [] : [p.day]));
  const first = isoDay(days.length ? Math.min(...days) : undefined);
  const latest = isoDay(days.length ? Math.max(...days) : undefined);
  const names = ranked
    .filter(([key]) => !partyKeys.some((k) => same(k, key)) && key.length > 2)
    .filter(([key]) => profiles.some((p) => p.surface.has(key)))
    .filter(
      ([key]) =>
        !passingAdjective(surfaceOf(key, profiles), profiles.filter((p) => p.names.has(key)).length, wordNet),
    )
    .map(([key]) => surfaceOf(key, profiles))
    .filter((s, i, all) => all.indexOf(s) === i && !isPlace(s) && !isDemonym(s))
    .slice(0, NOTABLE_NAMES);
  return {
    slug:
      slugify(parties.length ? parties.join("-") : headline.split(/\s+/).slice(0, 5).join(" ")) || "story",
    title,
    articleIds: profiles.map((p) => p.id).sort(),
    parties,
    ...(figure ? { figure } : {}),
    ...(first ? { first } : {}),
    ...(latest ? { latest } : {}),
    names,
  };
}
