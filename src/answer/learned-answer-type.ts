/**
 * The kind of value a question asks, from what the articles state beside its noun (`learn-value-kinds.ts`):
 * "what's the haircut on the notes?" asks a percentage where the articles write "Haircut: 35%" and "a
 * haircut of 35%", "what is the payment date?" a date where they write "Payment date: March 8". Used
 * where the question's form alone told no kind ("what is the …?", "which …", "how big is …?") or only
 * money by its verb ("what coupon did they pay?").
 */
import { termsOf } from "../search/terms.js";
import type { AnswerType } from "../types.js";
import { askedNounPhrase } from "./amount-noun.js";
import type { QuestionAnalysis } from "./analyze-question.js";
import { mayBeNoun, type ValueKind } from "./learn-value-kinds.js";

const AUXILIARY = "did|does|do|is|are|was|were|will|would|has|have|had|can|could|should|must";

/** "what coupon did …", "what kind of haircut are …": the noun phrase between "what" and its verb. */
const WHAT_NOUN = new RegExp(
  `^(?:and\\s+)?(?:what|which)\\s+(?:(?:kind|type|sort)s?\\s+of\\s+(?:an?\\s+)?)?((?:[\\p{L}'’-]+\\s+){0,2}?[\\p{L}'’-]+)\\s+(?:${AUXILIARY})\\b`,
  "iu",
);

/** "how big is the greenshoe?": the noun phrase after the verb, up to a preposition or the end. */
const HOW_BIG =
  /^(?:and\s+)?how (?:big|large|high)\s+(?:is|are|was|were|will be|would be)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(.+?)(?:\s+(?:for|of|to|in|on|at|under|with|from|by|that|which)\b.*)?[?.!\s]*$/iu;

/**
 * The head noun of the noun phrase a question asks the value of, lower case, a compound whole ("lock-up"):
 * "coupon" of "what's the annual coupon on the notes?", "rate" of "what royalty rate did they pay?",
 * "haircut" of "what kind of haircut are holders taking?", "greenshoe" of "how big is the greenshoe?";
 * undefined for other forms.
 */
export function askedHead(question: string): string | undefined {
  const q = question.trim();
  const phrase = WHAT_NOUN.exec(q)?.[1] ?? HOW_BIG.exec(q)?.[1] ?? askedNounPhrase(q);
  const head = phrase
    ?.split(/\s+/)
    .pop()
    ?.replace(/['’]s?$/, "")
    .toLowerCase();
  return head && /^\p{L}+(?:-\p{L}+)*$/u.test(head) ? head : undefined;
}

/**
 * The kind of value to ask instead of `analysis.answerType`, or undefined to keep it: the asked noun's
 * dominant kind in the articles (`kindOf`, by search term), where the question's form told no kind of value
 * (`none`, a kind of name) or money by its form alone (`typedByForm`). A noun naming the deal itself
 * ("the deal", "the offer") is the story's subject, not a quantity of it, and a yes/no question asks no value.
 */
export function learnedAnswerType(
  analysis: Pick<QuestionAnalysis, "answerType" | "yesNo" | "text" | "dealTerms" | "typedByForm">,
  kindOf: (term: string) => ValueKind | undefined,
): ValueKind | undefined {
  if (analysis.yesNo) return undefined;
  const weak: readonly AnswerType[] = ["none", "things"];
  if (!weak.includes(analysis.answerType) && !analysis.typedByForm) return undefined;
  const asked = askedHead(analysis.text);
  // "what is the buyer paying?": the phrase ends in a verb, and asks no noun's value.
  const head = asked !== undefined && mayBeNoun(asked) ? asked : undefined;
  // A compound's last term, as the articles' words are counted ("lock-up" → lock).
  const term = head === undefined ? undefined : termsOf(head).at(-1);
  if (term === undefined || (analysis.dealTerms ?? []).includes(term)) return undefined;
  const kind = kindOf(term);
  return kind === analysis.answerType ? undefined : kind;
}
