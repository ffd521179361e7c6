/**
 * Corroboration: which sources state the same fact as the chosen answer. A value stated by several sources
 * is preferred over one stated by a single source, so one outlier cannot win a near-tie.
 */
import type { QuestionAnalysis } from "./analyze-question.js";
import type { ArticleFigures } from "./article-figures.js";
import { sameDateValue } from "./extract-dates.js";
import { type MoneyValue, vaguelyAgree } from "./extract-values.js";
import type { Candidate } from "./rank-candidates.js";
import { agreeWithinRounding, type Figure, figureOf } from "./rounded-figures.js";
import { isListType } from "./select-values.js";

/** For list answers, a passage votes only when its coverage is at least this share of the best one's. */
const LIST_VOTE = 0.9;

/** How much agreement across sources adds to a candidate's score. */
const SUPPORT_WEIGHT = 0.3;

export interface Corroboration {
  chosen: Candidate;
  /** The best passage stating the same fact in each other source, best first. */
  supporting: Candidate[];
}

/** The keys a candidate's answer can be matched on: its value, or any of its names for lists. */
function keysOf(c: Candidate, analysis: QuestionAnalysis): string[] {
  if (isListType(analysis.answerType)) return c.values.map((v) => v.key);
  // An amount restated in another currency beside it ("1.7 billion euros ($2 billion)") agrees with either.
  const equivalent = (c.values[0] as MoneyValue | undefined)?.equivalent;
  return c.key ? [c.key, ...(equivalent ? [equivalent] : [])] : [];
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/** Whether two candidates' amounts agree because one is vague and holds the other ("tens of billions", "$38 billion"). */
function vagueMatch(a: Candidate, b: Candidate): boolean {
  const [x, y] = [a.values[0] as MoneyValue | undefined, b.values[0] as MoneyValue | undefined];
  return Boolean(x && y && x.key.startsWith("money:") && y.key.startsWith("money:") && vaguelyAgree(x, y));
}

/** Whether two candidates' figures are one amount rounded differently ("close to $900 million", "$896 million"). */
export function roundedMatch(a: Candidate, b: Candidate): boolean {
  return agreeWithinRounding(figureOfCandidate(a), figureOfCandidate(b));
}

/** Each candidate's figure, read once per question (candidates live for one question). */
const figures = new WeakMap<Candidate, Figure | undefined>();

function figureOfCandidate(c: Candidate): Figure | undefined {
  if (figures.has(c)) return figures.get(c);
  const value = c.values[0];
  const figure = value ? figureOf(value, c.ip.passage.text) : undefined;
  figures.set(c, figure);
  return figure;
}

/** Whether two candidates state the same fact. */
export function sameFact(a: Candidate, b: Candidate, analysis: QuestionAnalysis): boolean {
  const keys = keysOf(a, analysis);
  if (keys.length) {
    const other = new Set(keysOf(b, analysis));
    return (
      keys.some((k) => other.has(k)) ||
      sameDateValue(a.values[0], b.values[0]) ||
      vagueMatch(a, b) ||
      (!isListType(analysis.answerType) && roundedMatch(a, b))
    );
  }
  // Untyped answers: the same subject, said in largely the same words.
  return b.coverage >= a.coverage * 0.8 && jaccard(a.ip.terms, b.ip.terms) >= 0.2;
}

/** Picks the answer among eligible candidates, favouring facts more sources state, and its support. */
export function corroborate(
  eligible: readonly Candidate[],
  analysis: QuestionAnalysis,
  sourceCount: number,
  /**
   * Less relevant passages that may still state the same value: a source saying "valued at $38 billion"
   * agrees with "the Harbor deal is $38 billion" though it does not name Harbor. Only a matching value counts.
   */
  related: readonly Candidate[] = [],
): Corroboration {
  const keyed =
    isListType(analysis.answerType) || analysis.answerType === "none" ? eligible : [...eligible, ...related];
  // Names are mentioned in passing everywhere ("Contoso"): for lists, only passages about as relevant
  // as the best count as a source giving the same answer.
  const best = Math.max(0, ...eligible.map((c) => c.coverage));
  const voters = isListType(analysis.answerType)
    ? keyed.filter((c) => c.coverage >= LIST_VOTE * best)
    : keyed;
  const articlesByKey = new Map<string, Set<string>>();
  for (const c of voters) {
    for (const key of keysOf(c, analysis)) {
      const set = articlesByKey.get(key) ?? new Set<string>();
      set.add(c.ip.article.meta.id);
      articlesByKey.set(key, set);
    }
  }
  // A value counts the sources stating it. A list counts the share of its items another source also
  // gives, so a list padded with names no other source gives ("PilotChat" among the parties) ranks below
  // one the sources agree on, while a more specific list ("Voltline, VX200 and VX300") is not penalised.
  // A vague amount and an exact one inside it support each other: "tens of billions" in four sources
  // outweighs one source's "$6 billion", and backs another's "$38 billion".
  const vague =
    analysis.answerType === "money" && voters.some((c) => (c.values[0] as MoneyValue | undefined)?.range);
  const supportOf = (c: Candidate) => {
    const keys = keysOf(c, analysis);
    if (!keys.length) return 0;
    if (isListType(analysis.answerType)) {
      const counts = keys.map((k) => articlesByKey.get(k)?.size ?? 0);
      return counts.filter((n) => n >= 2).length / counts.length;
    }
    const ids = new Set(keys.flatMap((k) => [...(articlesByKey.get(k) ?? [])]));
    if (vague) for (const v of voters) if (vagueMatch(c, v)) ids.add(v.ip.article.meta.id);
    // Sources rounding the same figure differently ("close to $900 million", "$896 million") back it too.
    for (const v of rounded)
      if (!ids.has(v.ip.article.meta.id) && roundedMatch(c, v)) ids.add(v.ip.article.meta.id);
    return ids.size / Math.max(1, sourceCount);
  };
  const rounded = isListType(analysis.answerType) ? [] : voters.filter((c) => figureOfCandidate(c));
  const support = new Map(eligible.map((c) => [c, supportOf(c)] as const));
  const total = (c: Candidate) => c.score + SUPPORT_WEIGHT * (support.get(c) ?? 0);
  const chosen = [...eligible].sort((a, b) => total(b) - total(a))[0]!;
  const seen = new Set([chosen.ip.article.meta.id]);
  const supporting: Candidate[] = [];
  for (const c of keyed) {
    const id = c.ip.article.meta.id;
    if (seen.has(id) || !sameFact(chosen, c, analysis)) continue;
    seen.add(id);
    supporting.push(c);
  }
  return { chosen, supporting };
}

/**
 * Sources stating the chosen figure in a sentence the question's words did not rank ("agreed to buy $27
 * billion of computing capacity" for "how much is the deal worth?"): of the articles `ranked` passages come
 * from (those about the question), each not yet `agreeing` whose passages hold a value with the chosen key
 * (or its restatement in another currency) gives its first such passage. Only figures — amounts, counts,
 * percentages — since a year or a name recurs in a story for many reasons. At most `maxArticles` articles
 * are read. Returns candidates with the coverage 0 (they were not found by the question's words).
 */
export function statedElsewhere(
  chosen: Candidate,
  agreeing: readonly Candidate[],
  ranked: readonly Candidate[],
  figuresOf: (articleId: string) => ArticleFigures,
  maxArticles = 20,
): Candidate[] {
  const key = chosen.key;
  if (!key || !/^(?:money:[a-z]+|count|percent):\d/.test(key)) return [];
  const equivalent = (chosen.values[0] as MoneyValue | undefined)?.equivalent;
  const done = new Set(agreeing.map((c) => c.ip.article.meta.id));
  const out: Candidate[] = [];
  for (const c of ranked) {
    const id = c.ip.article.meta.id;
    if (done.has(id)) continue;
    done.add(id);
    if (done.size > maxArticles + agreeing.length) break;
    const { byKey } = figuresOf(id);
    const stated = byKey.get(key) ?? (equivalent === undefined ? undefined : byKey.get(equivalent));
    if (stated) out.push({ ip: stated.ip, coverage: 0, values: [stated.value], key, score: 0 });
  }
  return out;
}
