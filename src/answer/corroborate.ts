/**
 * Corroboration: which sources state the same fact as the chosen answer. A value stated by several sources
 * is preferred over one stated by a single source, so one outlier cannot win a near-tie.
 */
import type { QuestionAnalysis } from "./analyze-question.js";
import { type MoneyValue, vaguelyAgree } from "./extract-values.js";
import type { Candidate } from "./rank-candidates.js";
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

/** Whether two candidates state the same fact. */
export function sameFact(a: Candidate, b: Candidate, analysis: QuestionAnalysis): boolean {
  const keys = keysOf(a, analysis);
  if (keys.length) {
    const other = new Set(keysOf(b, analysis));
    return keys.some((k) => other.has(k)) || vagueMatch(a, b);
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
  // gives, so a list padded with names no other source gives ("ChatGPT" among the parties) ranks below
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
    return ids.size / Math.max(1, sourceCount);
  };
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
