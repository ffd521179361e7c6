/**
 * "What did Northwind's CEO say …": a remark asked for by its speaker's role is answered in two steps from
 * the articles — who holds the role, then what that person said.
 */
import { noneOfTheArticles } from "../count-text.js";
import { sharedWordNet } from "../search/related-words.js";
import type { AnswerResult } from "../types.js";
import { namesOfficeHolder } from "./kind-noun.js";

/** "what did Northwind's CEO say …": the speaker named by a role, and the rest of the question. */
const ROLE_SPEAKER =
  /^(what (?:did|does|has|have)\s+)(.+?)(\s+(?:say|said|state|stated|tell|told|claim|claimed|write|wrote)\b.*)$/i;
// "c?o" is any chief officer's acronym: CEO, CFO, COO, CTO.
const ROLE_WORD =
  /\b(?:c[a-z]o|chief|executive|founder|co-founder|chairman|chairwoman|president|head|boss|spokes\w*)\b/i;
/** The last word of a speaker's description ("the Fallowmere mayor" → mayor). */
const LAST_WORD = /([\p{Ll}-]+)\s*$/u;

/**
 * Whether a speaker is named by a role: a company's title, or a public office WordNet files below a
 * leader, an official or a civil authority ("mayor", "commissioner", "governor"; `namesOfficeHolder`).
 */
function namesRole(speaker: string): boolean {
  if (ROLE_WORD.test(speaker)) return true;
  const word = LAST_WORD.exec(speaker)?.[1];
  return word !== undefined && namesOfficeHolder(word, sharedWordNet());
}

/** Answers one question directly (no two-step rewriting). */
export type AnswerDirect = (question: string, previousQuestion?: string) => AnswerResult;

/**
 * The two-step answer for a remark asked for by role, or undefined when the question is not of that form
 * or the two steps find nothing (the caller then answers it directly). `question` is already normalised;
 * the result echoes `asked`.
 */
export function answerRoleSpeaker(
  question: string,
  asked: string,
  articleCount: number,
  answerDirect: AnswerDirect,
  previousQuestion?: string,
): AnswerResult | undefined {
  const role = ROLE_SPEAKER.exec(question);
  if (!role || !namesRole(role[2]!)) return undefined;
  const who = answerDirect(`who is ${role[2]}?`);
  if (who.status === "answered" && who.answerType === "person" && who.answer) {
    const said = answerDirect(`${role[1]}${who.answer}${role[3]}`, previousQuestion);
    if (said.status === "answered") return { ...said, question: asked };
  } else if (who.status === "no_answer") {
    // Nobody in the articles holds that role: any remark found would be someone else's.
    return {
      ...who,
      question: asked,
      answerType: "quote",
      reason: noneOfTheArticles(articleCount, `says who ${role[2]} is.`, `does not say who ${role[2]} is.`),
    };
  }
  return undefined;
}
