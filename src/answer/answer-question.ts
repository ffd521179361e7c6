/**
 * The flow of one question: understand it → find passages → rank → pick and corroborate → conflicts →
 * a plain result. All in memory over what `create-engine.ts` precomputed.
 */
import type { PassageIndex } from "../search/passage-index.js";
import { termsOf } from "../search/terms.js";
import type { AnswerResult, Article, Quote } from "../types.js";
import { analyzeQuestion, isFollowUp, type QuestionAnalysis, stripMarkup } from "./analyze-question.js";
import { corroborate } from "./corroborate.js";
import type { QuoteSpan } from "./extract-values.js";
import { findValueConflicts, findWordingConflict } from "./find-conflicts.js";
import type { IndexedPassage } from "./indexed-passage.js";
import {
  type Candidate,
  CUE_WEIGHT,
  eligible,
  MIN_COVERAGE,
  needsValue,
  rankCandidates,
} from "./rank-candidates.js";
import { answerText, type SelectOptions } from "./select-values.js";

/** Questions are cut to this before analysis; the result still echoes what was asked (also cut). */
const MAX_QUESTION_CHARS = 1000;
/** A passage this relevant that states the chosen value counts as agreeing, though too weak to answer alone. */
const SUPPORT_COVERAGE = 0.35;
/** How many passages the index hands over for ranking: enough for every source to speak, bounded. */
const CANDIDATES = 120;

export interface AnswerState {
  index: PassageIndex;
  passages: ReadonlyMap<string, IndexedPassage>;
  articles: ReadonlyMap<string, Article>;
  /** What value selection needs to know about the corpus as a whole. */
  select: SelectOptions;
  toQuote: (ip: IndexedPassage) => Quote;
  /** Topic commands to suggest when there is no answer. */
  topics: readonly { name: string; question: string }[];
}

const TYPE_PHRASE: Record<string, string> = {
  money: "an amount",
  percent: "a percentage",
  duration: "a duration",
  date: "a date",
  count: "a number",
  person: "a person",
  organization: "a company",
  things: "that",
  quote: "such a remark",
};

/** Merges a short follow-up ("and when?") with the question before it. */
function withPrevious(analysis: QuestionAnalysis, previous: string | undefined): QuestionAnalysis {
  if (!previous || !isFollowUp(analysis)) return analysis;
  const before = analyzeQuestion(previous.slice(0, MAX_QUESTION_CHARS));
  const terms = [...new Set([...analysis.terms, ...before.terms])];
  const answerType = analysis.answerType === "none" ? before.answerType : analysis.answerType;
  return {
    ...analysis,
    answerType,
    terms,
    focus: analysis.focus ?? (answerType === before.answerType ? before.focus : undefined),
    names: [...analysis.names, ...before.names],
    stems: new Map([...before.stems, ...analysis.stems]),
  };
}

/** Words of the question that name its subject, for labelling a conflict ("deal value"). */
function subjectLabel(analysis: QuestionAnalysis): string {
  const subject = analysis.text
    .replace(/[?!.]+$/, "")
    .split(/\s+/)
    .filter((w) => termsOf(w).some((t) => analysis.terms.includes(t)))
    .slice(0, 4)
    .join(" ")
    .replace(/['’]s$/, "");
  if (!subject) return TYPE_LABEL[analysis.answerType] ?? "the answer";
  switch (analysis.answerType) {
    case "money":
      return `${subject} value`;
    case "percent":
      return `${subject} percentage`;
    case "duration":
      return `${subject} duration`;
    case "date":
      return `timing of ${subject}`;
    case "count":
      return `number of ${subject}`;
    case "quote":
      return `wording of ${subject}'s remark`;
    default:
      return subject;
  }
}

/** What a conflict is about when the question names no subject ("what's the price tag?"). */
const TYPE_LABEL: Partial<Record<string, string>> = {
  money: "value",
  percent: "percentage",
  duration: "duration",
  date: "timing",
  count: "number",
  quote: "wording of the remark",
};

/** The run of capitalised words around `word` in the question ("Tim Cook" for "Tim"). */
function fullName(text: string, word: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const run = new RegExp(`(?:[A-Z][\\w'’-]*\\s+)*${escaped}(?:\\s+[A-Z][\\w'’-]*)*`).exec(text);
  return run ? run[0].replace(/['’]s$/, "") : word;
}

/** Replaces unknown terms by a close known spelling; reports a capitalised name the articles never use. */
function resolveTerms(
  analysis: QuestionAnalysis,
  index: PassageIndex,
): { analysis: QuestionAnalysis; unknownName?: string } {
  const terms: string[] = [];
  for (const term of analysis.terms) {
    if (index.documentFrequency(term) > 0) {
      terms.push(term);
      continue;
    }
    // A name the articles never use is decisive: no sentence can be about it. Names are not spell-corrected.
    const name = analysis.names.find((n) => termsOf(n).includes(term));
    if (name) return { analysis, unknownName: fullName(analysis.text, name) };
    const close = index.closestTerm(term);
    if (close) {
      terms.push(close);
      continue;
    }
    terms.push(term);
  }
  return { analysis: { ...analysis, terms } };
}

const topicTerms = new WeakMap<object, string[]>();

function suggestTopics(analysis: QuestionAnalysis, topics: AnswerState["topics"]): string[] {
  const asked = new Set(analysis.terms);
  const termsOfTopic = (t: AnswerState["topics"][number]) => {
    let terms = topicTerms.get(t);
    if (!terms) {
      terms = termsOf(t.question);
      topicTerms.set(t, terms);
    }
    return terms;
  };
  const scored = topics
    .map((t) => ({ name: t.name, overlap: termsOfTopic(t).filter((x) => asked.has(x)).length }))
    .sort((a, b) => b.overlap - a.overlap);
  const related = scored.filter((s) => s.overlap > 0).map((s) => s.name);
  return (related.length ? related : scored.map((s) => s.name)).slice(0, 3);
}

function clip(text: string): string {
  return text.length > MAX_QUESTION_CHARS ? `${text.slice(0, MAX_QUESTION_CHARS)}…` : text;
}

/** Gives candidates quoting the same remark in different words one shared key, so they count together. */
function clusterRemarks(candidates: Candidate[]): void {
  const reps: { words: Set<string>; key: string }[] = [];
  for (const c of candidates) {
    const q = c.values[0] as QuoteSpan | undefined;
    if (!q) continue;
    const words = new Set(q.words);
    const rep = reps.find((r) => {
      let shared = 0;
      for (const w of words) if (r.words.has(w)) shared++;
      return shared / Math.min(words.size, r.words.size) >= 0.6;
    });
    if (rep) {
      c.key = rep.key;
    } else {
      c.key = q.key;
      reps.push({ words, key: q.key });
    }
  }
}

/**
 * The terms to look passages up by. A passage holding none of the rarer terms cannot reach the coverage
 * a passage needs, so the commonest terms ("OpenAI" in a story about OpenAI) are left out of the lookup —
 * they still count in ranking — as long as what they weigh together stays under what a passage may miss.
 * Looking up a term costs in proportion to the passages holding it, so this keeps answers fast as the
 * corpus grows.
 */
function searchTerms(
  analysis: QuestionAnalysis,
  index: PassageIndex,
  weight: (t: string) => number,
): string[] {
  const weighted = [
    ...analysis.terms.map((t) => ({ t, w: weight(t), df: index.documentFrequency(t) })),
    ...analysis.cueTerms.map((t) => ({ t, w: weight(t) * CUE_WEIGHT, df: index.documentFrequency(t) })),
  ].sort((a, b) => b.df - a.df);
  const total = weighted.reduce((sum, x) => sum + x.w, 0);
  let dropped = 0;
  let first = 0;
  while (first < weighted.length - 1 && dropped + weighted[first]!.w < (1 - MIN_COVERAGE) * total) {
    dropped += weighted[first]!.w;
    first++;
  }
  return weighted.slice(first).map((x) => x.t);
}

/** "what did OpenAI's CEO say …": the speaker named by a role, and the rest of the question. */
const ROLE_SPEAKER =
  /^(what (?:did|does|has|have)\s+)(.+?)(\s+(?:say|said|state|stated|tell|told|claim|claimed|write|wrote)\b.*)$/i;
const ROLE_WORD =
  /\b(?:ceo|chief|executive|founder|co-founder|chairman|chairwoman|president|head|boss|spokes\w*)\b/i;

/**
 * Answers one question. Never throws on any string. A remark asked for by its speaker's role ("what did
 * OpenAI's CEO say?") is answered in two steps from the articles: who holds the role, then what they said.
 */
export function answerQuestion(
  state: AnswerState,
  question: string,
  previousQuestion?: string,
): AnswerResult {
  const role = ROLE_SPEAKER.exec(stripMarkup(String(question)).slice(0, MAX_QUESTION_CHARS));
  if (role && ROLE_WORD.test(role[2]!)) {
    const who = answerDirect(state, `who is ${role[2]}?`);
    if (who.status === "answered" && who.answerType === "person" && who.answer) {
      const said = answerDirect(state, `${role[1]}${who.answer}${role[3]}`, previousQuestion);
      if (said.status === "answered") return { ...said, question: clip(question) };
    } else if (who.status === "no_answer") {
      // Nobody in the articles holds that role: any remark found would be someone else's.
      return {
        ...who,
        question: clip(question),
        answerType: "quote",
        reason: `None of the ${state.articles.size} articles says who ${role[2]} is.`,
      };
    }
  }
  return answerDirect(state, question, previousQuestion);
}

function answerDirect(state: AnswerState, question: string, previousQuestion?: string): AnswerResult {
  const asked = clip(question);
  const sourceCount = state.articles.size;
  const noAnswer = (analysis: QuestionAnalysis, reason: string): AnswerResult => ({
    question: asked,
    status: "no_answer",
    answerType: analysis.answerType,
    answer: "",
    quotes: [],
    agreement: { sources: 0, of: sourceCount },
    conflicts: [],
    reason,
    suggestions: suggestTopics(analysis, state.topics),
  });

  const framed = withPrevious(analyzeQuestion(asked.slice(0, MAX_QUESTION_CHARS)), previousQuestion);
  // A question of framing verbs alone ("what changed?") is about those verbs after all.
  const first =
    framed.terms.length || framed.cueTerms.length
      ? framed
      : { ...framed, terms: framed.frameTerms, frameTerms: [] };
  if (!first.terms.length && !first.cueTerms.length) {
    return noAnswer(first, "Ask me about the story in a few words, e.g. “how much is the deal worth?”.");
  }
  if (!sourceCount) return noAnswer(first, "I have no articles loaded yet.");
  const { analysis, unknownName } = resolveTerms(first, state.index);
  if (unknownName) return noAnswer(analysis, `None of the ${sourceCount} articles mentions ${unknownName}.`);

  const size = Math.max(1, state.index.size);
  const weight = (term: string) => Math.log(1 + size / (state.index.documentFrequency(term) + 0.5));
  const hits = state.index.search(searchTerms(analysis, state.index, weight), CANDIDATES);
  const ranked = rankCandidates({
    analysis,
    hits,
    lookup: (id) => state.passages.get(id),
    weight,
    select: state.select,
  });
  const good = eligible(ranked, analysis, state.select.ubiquitous);
  if (!good.length) {
    const what = needsValue(analysis) ? TYPE_PHRASE[analysis.answerType] : undefined;
    return noAnswer(
      analysis,
      what && what !== "that"
        ? `None of the ${sourceCount} articles gives ${what} for that.`
        : `None of the ${sourceCount} articles answers that.`,
    );
  }
  if (analysis.answerType === "quote") clusterRemarks(good);

  const related = ranked.filter((c) => c.key && c.coverage >= SUPPORT_COVERAGE && !good.includes(c));
  const { chosen, supporting } = corroborate(good, analysis, sourceCount, related);
  const about = () => subjectLabel(analysis);
  let quotes = [chosen, ...supporting].map((c) => state.toQuote(c.ip));
  let agreeingCount = 1 + supporting.length;
  const conflicts = [];

  if (analysis.answerType === "quote" && chosen.values[0]) {
    const remark = chosen.values[0] as QuoteSpan;
    // The remark's rarest words find its other wordings; common words would only cost time.
    const rare = termsOf(remark.text)
      .sort((a, b) => state.index.documentFrequency(a) - state.index.documentFrequency(b))
      .slice(0, 3);
    const related = state.index
      .search(rare, CANDIDATES)
      .flatMap((h) => state.passages.get(h.passageId) ?? []);
    const wording = findWordingConflict(remark, [chosen.ip, ...related], state.toQuote, about);
    if (wording.conflict) conflicts.push(wording.conflict);
    const others = wording.agreeing.filter((ip) => ip.article.meta.id !== chosen.ip.article.meta.id);
    quotes = [state.toQuote(chosen.ip), ...others.map(state.toQuote)];
    agreeingCount = 1 + others.length;
  } else {
    const agreeing = [chosen, ...supporting];
    conflicts.push(
      ...findValueConflicts({ analysis, chosen, agreeing, eligible: good, toQuote: state.toQuote, about }),
    );
  }

  return {
    question: asked,
    status: "answered",
    answerType: analysis.answerType,
    answer: analysis.yesNo ? "" : answerText(analysis.answerType, chosen.values),
    quotes,
    agreement: { sources: agreeingCount, of: sourceCount },
    conflicts,
  };
}
