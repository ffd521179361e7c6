/**
 * "When will the plant reach full capacity?", "when will its drugs enter clinical trials?": a time
 * question asks when an event happens, and the sentence answering it often names the event by its noun
 * phrase alone, bound to the time ("… and full capacity by 2031", "to begin clinical trials in 2027"),
 * without the question's verb ("reach", "enter") or its subject (the plant, named in the sentence before).
 * A time is bound to the event when the clause it closes holds the question's words; such a sentence is
 * about the question though it misses the verb. And a question asking when something is complete or
 * starts ("when will all of it be running?") is answered by a time of that aspect before any other; a
 * time "until" or "through" which a state lasts is the end of a period, neither aspect (a contract running
 * "until the end of 2032" does not say when the capacity is all running).
 */
import type { RelatedWords } from "../search/related-words.js";
import { processTerm, tokenize } from "../search/terms.js";
import type { QuestionAnalysis } from "./analyze-question.js";
import { type DateValue, dateRange } from "./extract-dates.js";
import { sameAct, verbBase } from "./purpose-and-means.js";
import type { Candidate } from "./rank-candidates.js";
import { asksFuture, beforePublication } from "./resolve-day.js";

/** What a time bound to the asked aspect adds to a candidate's score. */
const ASPECT_BONUS = 0.2;
/** A time ending a period: "until the end of 2032", "through 2030", "runs to the end of 2032". */
const PERIOD_END = /^(?:until|till|through)\b/i;
const PERIOD_END_BEFORE = /\b(?:until|till|through|to)\s+$/i;
/** The share of the question's weight a time's clause must hold to be bound to the asked event. */
const BOUND_SHARE = 0.3;
/** How many of the best candidates are read. */
const READ = 40;

const DETERMINER = /^(?:the|a|an|its|their|his|her|this|that|these|those|our|my|your|all|of)$/;
/**
 * Where a clause ends, looking back from a time: punctuation or a word joining two clauses — not an "and"
 * inside a name of capitalised words ("Agreement and Plan of Merger dated …").
 */
const CLAUSE_BREAK =
  /[,;:()]|(?<!\p{Lu}[\p{L}-]*)\s(?:and|with|while|but|after|before|which|then)\s|\s(?:and|with|while|but|after|before|which|then)\s(?!\p{Lu})/gu;
/** A label in brackets right after a time names it: "26-May-2026 (the "Outside Date")". */
const LABEL_AFTER = /^\s*\(([^()]{1,60})\)/;
/**
 * A label opening a line or a cell before a colon names what follows it: "Payment date: close of business
 * on March 8" dates the payment, though the clause after the colon does not name it.
 */
const LABEL_BEFORE = /(?:^|[|•·—–]\s*)([^|•·—–:;,()]{1,40}):\s*$/u;

/**
 * The question's verbs (as search terms): words WordNet knows as verbs that stand after no determiner
 * ("the plant" is a noun, "reach" in "the plant reach full capacity" a verb).
 */
export function questionVerbs(
  analysis: Pick<QuestionAnalysis, "text" | "terms">,
  wordNet: Pick<RelatedWords, "senses">,
): Set<string> {
  const words = tokenize(analysis.text);
  const out = new Set<string>();
  for (const [i, w] of words.entries()) {
    const t = processTerm(w);
    if (!t || !analysis.terms.includes(t) || /^\p{Lu}/u.test(w)) continue;
    if (i > 0 && DETERMINER.test(words[i - 1]!.toLowerCase())) continue;
    if (wordNet.senses(w.toLowerCase(), "verb").length) out.add(t);
  }
  return out;
}

/**
 * Candidates of a time question re-scored (best first): one whose first time closes a clause holding
 * enough of the question's words covers the question's verbs it lacks (it is about the question, though
 * no better an answer than another about it); one whose
 * first time has the asked aspect gains ASPECT_BONUS, one ending a period loses it. Other questions' candidates are returned as they are.
 * `weight` is a term's weight (as in `rank-candidates.ts`); `verbs` come from `questionVerbs`.
 */
export function preferBoundTimes(
  ranked: readonly Candidate[],
  analysis: QuestionAnalysis,
  weight: (term: string) => number,
  verbs: ReadonlySet<string>,
): Candidate[] {
  if (analysis.answerType !== "date" || analysis.yesNo) return [...ranked];
  const total = analysis.terms.reduce((sum, t) => sum + weight(t), 0) || 1;
  return ranked
    .map((c, i) => {
      const first = c.values[0] as DateValue | undefined;
      if (i >= READ || !first || !("aspect" in first)) return c;
      const periodEnd = endsPeriod(c, first);
      const aspect =
        analysis.aspect === "other" ? 0 : periodEnd ? -1 : Number(first.aspect === analysis.aspect);
      const clause = clauseTerms(c, first);
      const held = analysis.terms.filter((t) => clause.has(t)).reduce((sum, t) => sum + weight(t), 0);
      const bound = held / total >= BOUND_SHARE;
      if (!aspect && !bound) return c;
      const missingVerbs = bound
        ? [...verbs].filter((t) => !c.ip.terms.has(t)).reduce((sum, t) => sum + weight(t), 0)
        : 0;
      return {
        ...c,
        coverage: Math.min(1, c.coverage + missingVerbs / total),
        score: c.score + aspect * ASPECT_BONUS,
      };
    })
    .sort((a, b) => b.score - a.score);
}

/** Where the clause holding the character at `at` begins: after the last clause break before it. */
function clauseStart(text: string, at: number): number {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(CLAUSE_BREAK)) start = m.index + m[0].length;
  return start;
}

/**
 * Where the clause of the verb a time belongs to begins: "filed its application with the regulator on
 * February 9" — a "with" before the time opens a phrase of that verb, not a clause of its own.
 */
function verbClauseStart(text: string, at: number): number {
  const opened = clauseStart(text, at);
  return / with $/i.test(text.slice(0, opened)) ? clauseStart(text, opened - " with ".length + 1) : opened;
}

/** The terms of the clause a time closes: from the last clause break before it up to it. */
function clauseTerms(c: Candidate, time: DateValue): Set<string> {
  const start = clauseStart(c.ip.passage.text, time.at);
  return new Set(c.ip.positions.filter((p) => p.at >= start && p.at < time.at).map((p) => p.term));
}

/** Whether a time ends a period ("until the end of 2032", "runs to 2030"). */
export function endsPeriod(c: Candidate, time: DateValue): boolean {
  return PERIOD_END.test(time.text) || PERIOD_END_BEFORE.test(c.ip.passage.text.slice(0, time.at));
}

/**
 * For a question asking when something starts or is complete, the candidates less those whose time only
 * ends a period, when any other remains: "runs until 2032" neither answers nor contradicts "all of it
 * running by 2029".
 */
export function withoutPeriodEnds(good: readonly Candidate[], analysis: QuestionAnalysis): Candidate[] {
  if (analysis.answerType !== "date" || analysis.aspect === "other") return [...good];
  const rest = good.filter((c) => {
    const first = c.values[0] as DateValue | undefined;
    return !first || !("aspect" in first) || !endsPeriod(c, first);
  });
  return rest.length ? rest : [...good];
}

/**
 * For a question asking when something is to happen ("when is the merger supposed to close?"), the
 * candidates whose first time is not already past when their article was written: "shares closed at $40
 * on Monday" dates a trading day, not a closing still expected. All may go: a story giving only past
 * times does not say when a planned event happens.
 */
export function withoutPastTimes(good: readonly Candidate[], analysis: QuestionAnalysis): Candidate[] {
  if (analysis.answerType !== "date" || analysis.yesNo || !asksFuture(analysis.text)) return [...good];
  return good.filter((c) => {
    const first = c.values[0] as DateValue | undefined;
    if (!first || !("aspect" in first)) return true;
    const text = c.ip.passage.text;
    return !beforePublication(
      first,
      dateRange(first),
      text.slice(verbClauseStart(text, first.at), first.at),
      c.ip.article.meta.published,
    );
  });
}

/**
 * Whether a candidate's first time is the time of the asked event: the clause it closes or the clause it
 * opens ("said on Tuesday that its round raised …") holds one of `event` (see `eventTerms`), a word
 * WordNet relates to one, or a verb doing the same act as one of the question's verbs (see `sameAct`):
 * "announced" is told by "said on Tuesday". A question naming its subject is also answered by a
 * sentence that names it and words the event otherwise.
 */
export function timeOfEvent(
  c: Candidate,
  analysis: QuestionAnalysis,
  event: readonly string[],
  wordNet: Pick<RelatedWords, "senses" | "synset">,
): boolean {
  const time = c.values[0] as DateValue | undefined;
  if (!time || !("aspect" in time)) return true;
  const text = c.ip.passage.text;
  const start = verbClauseStart(text, time.at);
  const after = time.at + time.text.length;
  const breaks = [...text.slice(after).matchAll(CLAUSE_BREAK)];
  // A time opening the sentence ("At the start of the summer, Mensch said …") dates the clause after its
  // comma too.
  const next = breaks[start === 0 && /^\s*,/.test(text.slice(after)) ? 1 : 0];
  const end = next ? after + next.index : text.length;
  const label = LABEL_AFTER.exec(text.slice(after));
  const labelEnd = label ? after + label[0].length : after;
  const labelled = LABEL_BEFORE.exec(text.slice(0, start));
  const from = labelled ? labelled.index : start;
  const inClause = c.ip.positions.filter(
    (p) =>
      ((p.at >= from && p.at < end) || (p.at >= after && p.at < labelEnd)) &&
      (p.at < time.at || p.at >= after),
  );
  const wanted = new Set(event.flatMap((t) => [t, ...(analysis.related?.get(t) ?? [])]));
  if (inClause.some((p) => wanted.has(p.term))) return true;
  // A sentence about the named subject that words the event otherwise ("the agreement starts in March"
  // for "when does the deal take effect?") still dates it; one that uses the event's word elsewhere
  // ("a debut on Thursday, with its shares closing up") dates something else.
  if (analysis.names.length && ![...wanted].some((t) => c.ip.terms.has(t))) return true;
  const asked = tokenize(analysis.text)
    .map((w) => w.toLowerCase())
    .filter((w) => event.includes(processTerm(w) ?? ""))
    .flatMap((w) => verbBase(w, wordNet) ?? []);
  if (!asked.length) return false;
  const words = tokenize(text.slice(start, end));
  return words.some((w) => {
    const base = verbBase(w.toLowerCase(), wordNet);
    return base !== undefined && asked.some((a) => sameAct(base, a, wordNet));
  });
}
