/**
 * Follow-ups: a short question that leans on the one before it ("and when?", "which chips then?") borrows
 * that question's subject, names and, when it asks for none of its own, its answer type.
 */
import { analyzeQuestion, type QuestionAnalysis } from "./analyze-question.js";
import { MAX_QUESTION_CHARS } from "./normalize-question.js";

/** Whether a question leans on an earlier one ("and when?", "which chips then?"). */
export function isFollowUp(analysis: QuestionAnalysis): boolean {
  return (
    /^(?:and|also|so|then|what about|how about)\b/i.test(analysis.text) ||
    /\b(?:then|instead|too)\W*$/i.test(analysis.text) ||
    analysis.terms.length === 0
  );
}

/** Merges a short follow-up ("and when?") with the question before it; other questions pass unchanged. */
export function mergeFollowUp(analysis: QuestionAnalysis, previous: string | undefined): QuestionAnalysis {
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
