/**
 * Follow-ups: a short question that leans on the one before it ("and when?", "which chips then?") borrows
 * that question's subject, names and, when it asks for none of its own, its answer type.
 */
import { analyzeQuestion, type QuestionAnalysis } from "./analyze-question.js";
import { MAX_QUESTION_CHARS } from "./normalize-question.js";

/** Whether a question leans on an earlier one ("and when?", "which chips then?"). */
export function isFollowUp(analysis: QuestionAnalysis): boolean {
  return (
    /^(?:and|also|so|then|what about|how about)\b/i.test(`${analysis.opening ?? ""}${analysis.text}`) ||
    /\b(?:then|instead|too)\W*$/i.test(analysis.text) ||
    analysis.terms.length === 0
  );
}

/**
 * Merges a short follow-up ("and when?") with the question before it; other questions pass unchanged.
 * What the follow-up names replaces what it stands for in the earlier question, as ellipsis is read: its
 * own names replace the earlier names ("who's the CEO of Acme?" → "and Globex's?" asks for Globex's CEO,
 * not Acme's), and, where it asks for no answer type of its own, its own thing replaces the thing the earlier
 * question counted or picked ("how many GPUs?" → "and CPUs?"). `isName` tells a name's term from a word's
 * (a term the articles never write in lower case); without it nothing is replaced, only added.
 */
export function mergeFollowUp(
  analysis: QuestionAnalysis,
  previous: string | undefined,
  isName: (term: string) => boolean = () => false,
): QuestionAnalysis {
  if (!previous || !isFollowUp(analysis)) return analysis;
  const before = analyzeQuestion(previous.slice(0, MAX_QUESTION_CHARS));
  const own = analysis.terms;
  const namesOwn = own.some(isName);
  const thingOwn =
    analysis.answerType === "none" && before.focus !== undefined && own.some((t) => !isName(t));
  const kept = before.terms.filter((t) => !(namesOwn && isName(t)) && !(thingOwn && t === before.focus));
  const terms = [...new Set([...own, ...kept])];
  const answerType = analysis.answerType === "none" ? before.answerType : analysis.answerType;
  return {
    ...analysis,
    answerType,
    terms,
    // The earlier question's cue ("ceo" of "who's the CEO of Acme?") still says what is asked.
    cueTerms:
      analysis.answerType === "none"
        ? [...new Set([...analysis.cueTerms, ...before.cueTerms])]
        : analysis.cueTerms,
    focus: thingOwn
      ? own.find((t) => !isName(t))
      : (analysis.focus ?? (answerType === before.answerType ? before.focus : undefined)),
    names: namesOwn ? analysis.names : [...analysis.names, ...before.names],
    stems: new Map([...before.stems, ...analysis.stems]),
  };
}
