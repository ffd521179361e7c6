/**
 * Conflicts: sources that answer the same question with a different value ($3.8 billion against $38 billion),
 * the same date for a different milestone ("begin deployment by the end of 2026" against "fully operational
 * before the end of 2026"), or the same remark in different words.
 */
import type { PassageIndex } from "../search/passage-index.js";
import { termsOf } from "../search/terms.js";
import type { Conflict, Quote } from "../types.js";
import type { QuestionAnalysis } from "./analyze-question.js";
import type { ArticleFigures } from "./article-figures.js";
import { sameRemark } from "./cluster-remarks.js";
import { roundedMatch, statedElsewhere } from "./corroborate.js";
import { endsPeriod } from "./event-time.js";
import { type DateValue, dateRange, milestonesAgree, sameDateValue } from "./extract-dates.js";
import {
  compatibleMeasures,
  type MoneyMeasure,
  type MoneyValue,
  type PercentValue,
  type QuoteSpan,
  type Value,
  vaguelyAgree,
} from "./extract-values.js";
import type { IndexedPassage } from "./indexed-passage.js";
import { nounsBeside } from "./learn-value-kinds.js";
import type { Candidate } from "./rank-candidates.js";
import { sameRateUnit } from "./rate-unit.js";
import { CANDIDATES } from "./retrieve-passages.js";

/** Types whose values can contradict each other (names and free text cannot, in this sense). */
const COMPARABLE = new Set(["money", "percent", "duration", "date", "count"]);

/** A source only contradicts when its own best passage is at least this relevant, relative to the chosen one. */
const RELEVANCE_RATIO = 0.5;

export interface ConflictInput {
  analysis: QuestionAnalysis;
  chosen: Candidate;
  /** Passages stating the chosen answer's fact, one per source, the chosen one first. */
  agreeing: readonly Candidate[];
  eligible: readonly Candidate[];
  /** Less relevant passages stating an amount of the chosen one's quantity: they may disagree too. */
  sameQuantity?: readonly Candidate[];
  toQuote: (ip: IndexedPassage) => Quote;
  /** What the conflict is about, worked out only when there is one. */
  about: () => string;
  /** The figures an article states anywhere, to tell whether a source states a figure elsewhere. */
  figuresOf?: (articleId: string) => ArticleFigures;
}

/**
 * The figure keys the agreeing sources state anywhere in their articles (amounts, counts, percentages).
 * A source does not contradict itself: a figure the answer's own sources also give is another quantity of
 * the story (a round's total beside one investor's part of it), not a different value of the asked one.
 */
function keysStatedBy(agreeing: readonly Candidate[], figuresOf: ConflictInput["figuresOf"]): Set<string> {
  const keys = new Set<string>();
  const kind = agreeing[0]?.key?.split(":")[0];
  if (!figuresOf || !kind || !["money", "count", "percent"].includes(kind)) return keys;
  for (const id of new Set(agreeing.map((c) => c.ip.article.meta.id))) {
    const { byKey, equivalents } = figuresOf(id);
    for (const key of [...byKey.keys(), ...equivalents]) if (key.startsWith(`${kind}:`)) keys.add(key);
  }
  return keys;
}

/** How a value is shown in a conflict: dates with the milestone they are for. */
function display(c: Candidate): string {
  const v = c.values[0]!;
  if (!("aspect" in v)) return v.text;
  const d = v as DateValue;
  const before = c.ip.passage.text
    .slice(0, d.at)
    .split(/[,;]/)
    .pop()!
    .trim()
    .split(/\s+/)
    .slice(-3)
    .join(" ");
  return `${before} ${d.text}`.trim();
}

/** Words that only carry a value ("billion") or are the value itself say nothing about what it is of. */
const VALUE_WORDS = /^(?:\d[\d.,]*|thousand|million|billion|trillion|percent|year|month|day|week)$/;

/**
 * Whether a passage is about what the chosen passage is about: it shares a term with it beyond the
 * question's cue words and the value itself ("deal" for a deal value, not just "value" — an IPO
 * valuation is a value too, but of something else).
 */
function sameSubject(c: Candidate, chosen: Candidate, analysis: QuestionAnalysis): boolean {
  // Two premiums of one story are the deal's premium, however each sentence words it.
  const measure = (x: Candidate) => (x.values[0] as PercentValue | undefined)?.measure;
  if (analysis.percentMeasure && measure(c) === analysis.percentMeasure && measure(chosen) === measure(c))
    return analysis.percentMeasure !== "change" || ofAskedThing(c, chosen, analysis);
  if (analysis.answerType === "percent" && !ofAskedThing(c, chosen, analysis)) return false;
  const cues = new Set(analysis.cueTerms);
  for (const t of c.ip.terms) if (chosen.ip.terms.has(t) && !cues.has(t) && !VALUE_WORDS.test(t)) return true;
  return false;
}

/**
 * Whether a percentage is of the thing the question asks a percentage of, as the chosen sentence names it:
 * for "how fast will its cloud revenue grow?", "revenue grows 30%" and "the rent rises 2.5% a year" are
 * both changes, but of two things. The question's words the chosen sentence holds — not a name (whose
 * figure), a cue, the deal's noun or the quantity's own word ("rise", "premium") — must stand in the other
 * sentence too, or words WordNet relates to them; true when the chosen sentence holds none.
 */
function ofAskedThing(c: Candidate, chosen: Candidate, analysis: QuestionAnalysis): boolean {
  const other = new Set([
    ...analysis.names.flatMap((n) => termsOf(n)),
    ...analysis.cueTerms,
    ...(analysis.measureTerms ?? []),
    ...(analysis.dealTerms ?? []),
  ]);
  const thing = analysis.terms.filter((t) => !other.has(t) && chosen.ip.terms.has(t));
  return (
    !thing.length ||
    thing.some((t) => c.ip.terms.has(t) || (analysis.related?.get(t) ?? []).some((r) => c.ip.terms.has(r)))
  );
}

/**
 * Whether two sources' answers disagree, like for like: dates only when both are calendar dates (a time
 * read against an article's own date, "last week", or a milestone is not comparable) and either both name
 * a milestone and they differ (start against completion), or their stretches of time do not overlap ("late 2026" agrees with "the second half
 * of 2026"); other values when their keys differ.
 */
export function disagree(a: Candidate, b: Candidate): boolean {
  if (!a.key || !b.key || a.key === b.key || !comparable(a, b)) return false;
  const [x, y]: (Value | undefined)[] = [a.values[0], b.values[0]];
  if (x && y && "kind" in x && "kind" in y) {
    const [dx, dy] = [x as DateValue, y as DateValue];
    if (!milestonesAgree(dx, dy)) return true;
    const [rx, ry] = [dateRange(dx), dateRange(dy)];
    return !rx || !ry || rx[1] <= ry[0] || ry[1] <= rx[0];
  }
  // "Close to $900 million" and "$896 million" are one figure rounded differently.
  if (roundedMatch(a, b)) return false;
  // "Tens of billions" and "$38 billion" agree; "tens of billions" and "$6 billion" do not.
  const [mx, my] = [x as MoneyValue | undefined, y as MoneyValue | undefined];
  if (mx?.key.startsWith("money:") && my?.key.startsWith("money:") && (mx.range || my.range)) {
    return !vaguelyAgree(mx, my);
  }
  return true;
}

/**
 * Whether two answers' values can be judged against each other at all: both calendar dates, amounts of one
 * quantity in one currency; any other values of one type.
 */
function comparable(a: Candidate, b: Candidate): boolean {
  const [x, y]: (Value | undefined)[] = [a.values[0], b.values[0]];
  if (!x || !y) return false;
  if ("kind" in x && "kind" in y) {
    return (x as DateValue).kind === "calendar" && (y as DateValue).kind === "calendar";
  }
  if (x.key.startsWith("money:") && y.key.startsWith("money:")) {
    return sameQuantity(x as MoneyValue, y as MoneyValue);
  }
  return true;
}

/** The currency part of a money key ("money:eur:1700000000" → "eur"). */
const currencyOf = (m: MoneyValue) => m.key.split(":")[1];

/**
 * Whether two amounts are of one quantity, so that different amounts disagree: the same currency (without
 * a rate the articles agree on, €11.7 billion and $14 billion cannot be judged), the same unit ("a share"),
 * both current or both earlier figures, both or neither dated years back (an older deal's figure is not
 * this one's), and no two different quantities (a round's size and a valuation).
 */
export function sameQuantity(x: MoneyValue, y: MoneyValue): boolean {
  if (
    currencyOf(x) !== currencyOf(y) ||
    !sameRateUnit(x.per, y.per) ||
    Boolean(x.prior) !== Boolean(y.prior) ||
    Boolean(x.dated) !== Boolean(y.dated)
  )
    return false;
  return compatibleMeasures(x.measure, y.measure);
}

/**
 * Whether two amounts are of the quantity the question asks, read like for like: an amount its sentence
 * ties to no quantity ("the $38 billion commitment") is the asked one — a deal's price when the question
 * names the deal — so a revenue run-rate, a round raised or a company's valuation in a passage naming
 * the same companies is never set against it.
 */
function sameAskedQuantity(a: Candidate, b: Candidate, analysis: QuestionAnalysis): boolean {
  const [x, y] = [a.values[0] as MoneyValue | undefined, b.values[0] as MoneyValue | undefined];
  if (!x?.key.startsWith("money:") || !y?.key.startsWith("money:")) return true;
  const deal = analysis.dealTerms ?? [];
  const asked = analysis.measure ?? (deal.length ? "price" : undefined);
  if (!compatibleMeasures(x.measure ?? asked, y.measure ?? asked)) return false;
  // A deal's price may be written as a value ("the pact is valued at $38 billion"), but a valuation
  // in a sentence naming no deal is a company's ("an IPO could value it at $1 trillion").
  return !(asked === "price" && y.measure === "valuation" && !deal.some((t) => b.ip.terms.has(t)));
}

/** Sources stating another value than the chosen one, grouped by that value. */
export interface Dissent {
  value: string;
  /** The best passage of each source stating it, best first (one per source). */
  candidates: Candidate[];
}

/**
 * The sources that state a different value of the asked quantity than the chosen answer, like for like:
 * each source speaks once, through its best passage stating a comparable value; a source among `agreeing`
 * has spoken already. Empty for answer types whose values cannot contradict (names, remarks).
 */
export function findDissents(input: ConflictInput): Dissent[] {
  const { analysis, chosen, agreeing, eligible } = input;
  if (!COMPARABLE.has(analysis.answerType) || !chosen.key) return [];
  if (
    analysis.answerType === "count" &&
    chosen.values[0] &&
    "vague" in chosen.values[0] &&
    chosen.values[0].vague
  )
    return [];
  const others = new Map<string, Dissent>();
  const decided = new Set(agreeing.map((c) => c.ip.article.meta.id));
  const ownFigures = keysStatedBy(agreeing, input.figuresOf);
  const exempt = new Set(input.sameQuantity);
  for (const c of [...eligible, ...exempt]) {
    const id = c.ip.article.meta.id;
    if (decided.has(id)) continue;
    // Each source speaks once: through its best passage stating a value comparable with the chosen one
    // (its "$14 billion" neither agrees nor disagrees with "€11.7 billion"; its "€14 billion" does).
    if (!comparable(chosen, c) || !sameAskedQuantity(chosen, c, analysis)) continue;
    decided.add(id);
    // A sentence stating the chosen value too ("the first in 2031, and the sixth in 2036") only binds its
    // values otherwise: it does not say another.
    if (c.values.some((v) => statesSame(chosen.values[0], v))) continue;
    if (!disagree(chosen, c) || (c.coverage < chosen.coverage * RELEVANCE_RATIO && !exempt.has(c))) continue;
    if (!sameSubject(c, chosen, analysis) || (c.key && ownFigures.has(c.key))) continue;
    if (
      analysis.answerType === "count" &&
      "vague" in c.values[0]! &&
      (c.values[0] as { vague: boolean }).vague
    )
      continue;
    const key = c.key ?? "";
    const group = others.get(key) ?? { value: display(c), candidates: [] };
    group.candidates.push(c);
    others.set(key, group);
  }
  return [...others.values()];
}

/** Whether two values state one fact: one key, and for dates a milestone named by at most one or by both alike. */
function statesSame(x: Value | undefined, y: Value): boolean {
  if (!x || x.key !== y.key) return false;
  return !("aspect" in x && "aspect" in y) || sameDateValue(x, y);
}

/** Value conflicts for a typed question: the chosen answer's sources against each dissenting value's. */
export function findValueConflicts(input: ConflictInput, dissents = findDissents(input)): Conflict[] {
  if (!dissents.length) return [];
  const side = (value: string, candidates: readonly Candidate[]) => {
    const byArticle = new Map<string, Candidate>();
    for (const c of candidates)
      if (!byArticle.has(c.ip.article.meta.id)) byArticle.set(c.ip.article.meta.id, c);
    const picked = [...byArticle.values()];
    return {
      value,
      articleIds: picked.map((c) => c.ip.article.meta.id),
      quotes: picked.map((c) => input.toQuote(c.ip)),
      aiGenerated: picked.some((c) => c.ip.article.aiGenerated),
    };
  };
  return [
    {
      about: input.about(),
      values: [
        side(display(input.chosen), input.agreeing),
        ...dissents.map((d) => side(d.value, d.candidates)),
      ],
    },
  ];
}

/**
 * A passage this relevant stating an amount of the chosen quantity ("$2.50 per share" against "$25 a
 * share") disagrees, though its sentence shares few of the question's words.
 */
const SAME_QUANTITY_COVERAGE = 0.2;

export interface SettleInput {
  analysis: QuestionAnalysis;
  /** The corroborated answer and its supporting passages (`corroborate.ts`). */
  chosen: Candidate;
  supporting: readonly Candidate[];
  eligible: readonly Candidate[];
  /** Every ranked passage, widened ones included: where sources stating a figure elsewhere are looked up. */
  ranked: readonly Candidate[];
  toQuote: (ip: IndexedPassage) => Quote;
  about: () => string;
  figuresOf: (articleId: string) => ArticleFigures;
}

/**
 * A typed answer settled against the other sources: each source stating the chosen figure in any sentence
 * agrees (`statedElsewhere`), each source stating another value of the same quantity dissents, counted the
 * same way, and the answer follows what most sources state — a value more sources (two or more) give than
 * the chosen one takes its place, and the chosen one becomes the dissent ("1 of 5 sources" is never the
 * answer over 3 of 5). Returns the answer, its supporting passages (one per source) and the conflicts.
 */
export function settleValueAnswer(input: SettleInput): {
  chosen: Candidate;
  supporting: Candidate[];
  conflicts: Conflict[];
} {
  const { analysis, eligible, ranked, figuresOf } = input;
  const withElsewhere = (c: Candidate, others: readonly Candidate[]) => [
    ...others,
    ...statedElsewhere(c, [c, ...others], ranked, figuresOf),
  ];
  const conflictInput = (c: Candidate, agreeing: readonly Candidate[], also: readonly Candidate[] = []) => ({
    analysis,
    chosen: c,
    agreeing,
    eligible,
    sameQuantity: [
      ...ranked.filter(
        (x) =>
          x.coverage >= SAME_QUANTITY_COVERAGE &&
          !eligible.includes(x) &&
          (sameMeasure(c, x, analysis.measure) || sameMilestone(c, x) || sameAskedNoun(c, x, analysis)),
      ),
      ...also,
    ],
    toQuote: input.toQuote,
    about: input.about,
    figuresOf,
  });
  const dissentsOf = (conflict: ConflictInput) => {
    const taken = [...conflict.agreeing];
    return findDissents(conflict).map((d) => {
      const candidates = withElsewhere(d.candidates[0]!, [...taken, ...d.candidates]).slice(taken.length);
      taken.push(...candidates);
      return { ...d, candidates };
    });
  };
  let chosen = input.chosen;
  let supporting = withElsewhere(chosen, input.supporting);
  let conflict = conflictInput(chosen, [chosen, ...supporting]);
  let dissents = dissentsOf(conflict);
  const sources = (cs: readonly Candidate[]) => new Set(cs.map((c) => c.ip.article.meta.id)).size;
  const majority = dissents
    .filter((d) => sources(d.candidates) >= 2 && sources(d.candidates) > 1 + supporting.length)
    .sort((a, b) => sources(b.candidates) - sources(a.candidates))[0];
  if (majority) {
    const previous = [chosen, ...supporting];
    chosen = majority.candidates[0]!;
    supporting = withElsewhere(chosen, majority.candidates.slice(1));
    conflict = conflictInput(chosen, [chosen, ...supporting], previous);
    dissents = dissentsOf(conflict);
  }
  return { chosen, supporting, conflicts: findValueConflicts(conflict, dissents) };
}

/** Lower-cased words of a remark, for comparing wordings. */
function wordSet(q: QuoteSpan): Set<string> {
  return new Set(q.words);
}

/** Passages quoting the same remark as `quote` (most words shared), grouped by exact wording. */
export function groupWordings(
  quote: QuoteSpan,
  passages: readonly IndexedPassage[],
): Map<string, { text: string; passages: IndexedPassage[] }> {
  const target = wordSet(quote);
  const groups = new Map<string, { text: string; passages: IndexedPassage[] }>();
  for (const ip of passages) {
    for (const q of ip.values.quotes) {
      const words = wordSet(q);
      // The same remark: most of the shorter wording's words recur in the other, and at length.
      if (!sameRemark(target, words) || Math.min(target.size, words.size) < 4) continue;
      const key = q.words.join(" ");
      const group = groups.get(key) ?? { text: q.text, passages: [] };
      if (!group.passages.some((p) => p.article.meta.id === ip.article.meta.id)) group.passages.push(ip);
      groups.set(key, group);
    }
  }
  return groups;
}

/** A conflict over a remark's wording, when sources quote it differently. */
export function findWordingConflict(
  chosenQuote: QuoteSpan,
  passages: readonly IndexedPassage[],
  toQuote: (ip: IndexedPassage) => Quote,
  about: () => string,
): { conflict?: Conflict; agreeing: IndexedPassage[] } {
  const groups = groupWordings(chosenQuote, passages);
  const own = groups.get(chosenQuote.words.join(" "));
  const agreeing = own?.passages ?? [];
  if (groups.size < 2) return { agreeing };
  const ordered = [...groups.values()].sort(
    (a, b) => Number(b === own) - Number(a === own) || b.passages.length - a.passages.length,
  );
  return {
    agreeing,
    conflict: {
      about: about(),
      values: ordered.map((g) => ({
        value: `“${g.text}”`,
        articleIds: g.passages.map((p) => p.article.meta.id),
        quotes: g.passages.map(toQuote),
        aiGenerated: g.passages.some((p) => p.article.aiGenerated),
      })),
    },
  };
}

/**
 * The other sources quoting the chosen remark, and a conflict when they word it differently. The remark's
 * rarest words find its other wordings; common words would only cost time.
 */
export function findRemarkConflict(input: {
  chosen: Candidate;
  index: PassageIndex;
  passages: ReadonlyMap<string, IndexedPassage>;
  toQuote: (ip: IndexedPassage) => Quote;
  about: () => string;
}): { conflict?: Conflict; agreeing: IndexedPassage[] } {
  const { chosen, index } = input;
  const remark = chosen.values[0] as QuoteSpan;
  const rare = termsOf(remark.text)
    .sort((a, b) => index.documentFrequency(a) - index.documentFrequency(b))
    .slice(0, 3);
  const related = index.search(rare, CANDIDATES).flatMap((h) => input.passages.get(h.passageId) ?? []);
  const wording = findWordingConflict(remark, [chosen.ip, ...related], input.toQuote, input.about);
  const others = wording.agreeing.filter((ip) => ip.article.meta.id !== chosen.ip.article.meta.id);
  return { conflict: wording.conflict, agreeing: others };
}

/**
 * A passage this relevant, relative to the chosen one, dating the same milestone ("first ship delivered in
 * 2030" against "the first frigate is due to be handed over in 2031") disagrees, though its terse sentence
 * shares too few of the question's words to answer alone.
 */
const SAME_MILESTONE_RATIO = 0.75;

/**
 * Whether two candidates' first values are calendar dates of one named milestone (both a start, or both a
 * completion), the other nearly as relevant as the chosen one.
 */
export function sameMilestone(chosen: Candidate, other: Candidate): boolean {
  const [x, y] = [chosen.values[0] as DateValue | undefined, other.values[0] as DateValue | undefined];
  if (!x || !y || !("aspect" in x) || !("aspect" in y)) return false;
  return (
    x.kind === "calendar" &&
    y.kind === "calendar" &&
    x.aspect !== "other" &&
    x.aspect === y.aspect &&
    other.coverage >= chosen.coverage * SAME_MILESTONE_RATIO
  );
}

/**
 * Whether two candidates' first values are of one kind and each stands beside the same noun the question
 * asks about ("Haircut: 3.5%" against "a haircut of 35%"): a list line stating it names the thing alone,
 * not the subject the rest of its article names, so it shares too few of the question's words to answer
 * — but it states the asked quantity, and disagrees.
 */
export function sameAskedNoun(
  a: Candidate,
  b: Candidate,
  analysis: Pick<QuestionAnalysis, "terms">,
): boolean {
  const [x, y] = [a.values[0], b.values[0]];
  const kind = x?.key.split(":")[0];
  if (!x || !y || !kind || !COMPARABLE.has(kind) || kind !== y.key.split(":")[0]) return false;
  // A time ending a period ("the lease runs until 2040") does not date the event beside the same word
  // ("all of it running by 2029").
  const period = (c: Candidate, v: Value) => "aspect" in v && endsPeriod(c, v as DateValue);
  if (period(a, x) || period(b, y)) return false;
  const asked = new Set(analysis.terms);
  const own = nounsBeside(a.ip.passage.text, x).filter((t) => asked.has(t));
  return own.length > 0 && nounsBeside(b.ip.passage.text, y).some((t) => own.includes(t));
}

/**
 * Whether two candidates' values are the same quantity: amounts tied to one measure or per one unit,
 * percentages of one measure (two premiums). An amount its sentence ties to no measure ("a hostile £4.2
 * billion bid") is of the measure the question asks (`asked`): "values the company at £4.6 billion" is
 * the same quantity when the question asks what the bid values the company at.
 */
export function sameMeasure(a: Candidate, b: Candidate, asked?: MoneyMeasure): boolean {
  const [p, q] = [a.values[0] as PercentValue | undefined, b.values[0] as PercentValue | undefined];
  if (p?.key.startsWith("percent:") && q?.key.startsWith("percent:")) {
    return Boolean(p.measure) && p.measure === q.measure;
  }
  const [x, y] = [a.values[0] as MoneyValue | undefined, b.values[0] as MoneyValue | undefined];
  if (!x || !y || !x.key.startsWith("money:") || !y.key.startsWith("money:") || !sameQuantity(x, y))
    return false;
  const measure = x.measure ?? asked;
  return Boolean(x.per) || (Boolean(measure) && measure === y.measure);
}
