/**
 * The last stage: the plain AnswerResult (see `AnswerResultSchema` in src/types.ts) — an answer with its
 * short answer line, quotes, agreement and conflicts, or a no-answer with its reason and suggestions.
 */
import { noneOfTheArticles } from "../count-text.js";
import { termsOf } from "../search/terms.js";
import type { AnswerResult, AnswerType, Conflict, Quote } from "../types.js";
import type { QuestionAnalysis } from "./analyze-question.js";
import type { Value } from "./extract-values.js";
import { needsValue } from "./rank-candidates.js";
import { answerText } from "./select-values.js";

const TYPE_PHRASE: Record<string, string> = {
  money: "an amount",
  percent: "a percentage",
  duration: "a duration",
  date: "a date",
  count: "a number",
  person: "a person",
  organization: "a company",
  things: "that",
  place: "a place",
  quote: "such a remark",
};

/** What a conflict is about when the question names no subject ("what's the price tag?"). */
const TYPE_LABEL: Partial<Record<string, string>> = {
  money: "value",
  percent: "percentage",
  duration: "duration",
  date: "timing",
  count: "number",
  quote: "wording of the remark",
};

/** Words of the question that name its subject, for labelling a conflict ("deal value"). */
export function subjectLabel(analysis: QuestionAnalysis): string {
  const subject = analysis.text
    .replace(/[?!.]+$/, "")
    .split(/\s+/)
    .filter((w) => termsOf(w).some((t) => analysis.terms.includes(t)))
    // A word said again ("… worth? how much is the deal worth?") names the subject once.
    .filter((w, i, all) => all.findIndex((x) => x.toLowerCase() === w.toLowerCase()) === i)
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

/** Why no passage answers: the asked kind of value is missing, or nothing is about the question. */
export function notFoundReason(analysis: QuestionAnalysis, articleCount: number): string {
  if (analysis.yesNo) return "The articles don't say.";
  const what = needsValue(analysis) ? TYPE_PHRASE[analysis.answerType] : undefined;
  return what && what !== "that"
    ? noneOfTheArticles(articleCount, `gives ${what} for that.`, `does not give ${what} for that.`)
    : noneOfTheArticles(articleCount, "answers that.", "does not answer that.");
}

/** Evidence on the answer line is cut to this many characters, at a word. */
const EVIDENCE_CHARS = 200;

/** "Yes: …" or "No: …" with the evidence, as `polarity.ts` reads the evidence against the question. */
export function yesNoAnswer(polarity: "yes" | "no", evidence: string): string {
  const cut =
    evidence.length > EVIDENCE_CHARS
      ? `${evidence.slice(0, evidence.lastIndexOf(" ", EVIDENCE_CHARS))}…`
      : evidence;
  return `${polarity === "no" ? "No" : "Yes"}: ${cut}`;
}

/** A no-answer result. */
export function noAnswerResult(input: {
  asked: string;
  answerType: AnswerType;
  articleCount: number;
  reason: string;
  suggestions: string[];
}): AnswerResult {
  return {
    question: input.asked,
    status: "no_answer",
    answerType: input.answerType,
    answer: "",
    quotes: [],
    agreement: { sources: 0, of: input.articleCount },
    conflicts: [],
    reason: input.reason,
    suggestions: input.suggestions,
  };
}

/** An answered result: the short answer from the chosen values, the best quote first. */
export function answeredResult(input: {
  asked: string;
  analysis: QuestionAnalysis;
  values: readonly Value[];
  quotes: Quote[];
  agreeing: number;
  articleCount: number;
  conflicts: Conflict[];
  /** For a yes/no question: what the first quote says to it. */
  polarity?: "yes" | "no";
}): AnswerResult {
  const { analysis } = input;
  return {
    question: input.asked,
    status: "answered",
    answerType: analysis.answerType,
    answer: analysis.yesNo
      ? yesNoAnswer(input.polarity ?? "yes", input.quotes[0]?.text ?? "")
      : answerText(analysis.answerType, input.values),
    quotes: input.quotes,
    agreement: { sources: input.agreeing, of: input.articleCount },
    conflicts: input.conflicts,
  };
}
