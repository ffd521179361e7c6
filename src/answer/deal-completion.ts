/**
 * "Is this a done deal?", "is the takeover final?", "has the merger closed?": a yes/no question asking
 * whether a deal is complete is answered by what still stands between the deal and its completion, which
 * the articles state without the question's words: "the deal needs approval from the finance minister",
 * "shareholders vote on Dec. 10", "is expected to close in the first quarter". Such a sentence says no,
 * not yet; a sentence saying the deal closed or was completed says yes. A sentence sharing only the word
 * "deal" ("Before the deal, only 12% of its branches …") says neither.
 */
import { processTerm, stemsOf } from "../search/terms.js";

/**
 * Whether a question asks if its deal is complete: a word of completion ending it ("is the deal done?",
 * "has it closed yet?") or before "deal" ("is this a done deal?") — not "has X done a deal before?".
 */
const ASKS_COMPLETE =
  /^(?:and\s+)?(?:is|are|was|has|have)\b(?:.*\b(?:done|final|finali[sz]ed|complete|completed|closed|finished|sealed|official|locked in|wrapped up|over)(?:\s+(?:yet|now|already|for good))?\s*[?.!]*$|.*\b(?:done|sealed|final|sure)\s+(?:deal|thing)\b)/i;

/** What a deal still needs: an approval, a vote, a clearance, a closing still to come. */
/** Words of needing: "needs", "is subject to", "has yet to", "awaits". */
const NEED_WORDS =
  "needs?|requires?|required|must|subject to|pending|conditional (?:on|upon)|still (?:has|have|needs?) to|has to|have to|yet to|awaits?|awaiting";
const PENDING = new RegExp(
  `\\b(?:${NEED_WORDS})\\b[^.;]*\\b(?:approv\\w*|vote\\w*|clearance|clear(?:ed)?|consent|sign[- ]off|review|regulators?|shareholders?|holders?|court|ruling)\\b|\\b(?:expected|scheduled|set|due|targeted|slated) to (?:close|complete|be completed|be finali[sz]ed)\\b|\\b(?:will|would) vote\\b|\\bvote (?:on|at)\\b`,
  "i",
);

/** A deal stated complete: "the deal closed on Tuesday", "completed the acquisition". */
const COMPLETED =
  /\b(?:has|have|had)?\s*(?:closed|completed|finali[sz]ed)\s+(?:the\s+)?(?:deal|acquisition|merger|takeover|transaction|purchase|sale)\b|\b(?:deal|acquisition|merger|takeover|transaction|purchase|sale)\s+(?:has\s+|was\s+)?(?:closed|completed|finali[sz]ed)\b(?!\s+(?:in|by)\s+(?:the\s+)?(?:first|second|third|fourth|early|late|mid))/i;

/** Search terms of the sentences `completionStated` reads: approvals, votes, closing. */
export const COMPLETION_TERMS: readonly string[] = [
  "approval",
  "approved",
  "vote",
  "shareholders",
  "regulators",
  "clearance",
  "close",
  "complete",
  "completion",
].flatMap((w) => processTerm(w) ?? []);

/** Whether a yes/no question asks if its deal is complete ("is this a done deal?"). */
export function asksCompletion(question: string): boolean {
  return ASKS_COMPLETE.test(question);
}

/**
 * What a sentence says of a deal's completion: "pending" when it states what the deal still needs ("needs
 * approval from …", "expected to close in …"), "complete" when it says the deal closed, else undefined.
 */
export function completionStated(text: string): "pending" | "complete" | undefined {
  if (PENDING.test(text)) return "pending";
  if (COMPLETED.test(text)) return "complete";
  return undefined;
}

/** A question asking what is needed ("does it need approval?"): its own word of needing. */
const NEEDING = new RegExp(`\\b(?:${NEED_WORDS})\\b`, "i");
/** Shortest stem compared by its beginning ("vote", "clear", "approv"). */
const MIN_STEM = 4;

/** A yes/no question asking whether an act is done: "has the regulator approved it yet?", "did holders vote?". */
const ASKS_DONE = /^(?:and\s+)?(?:has|have|had|did|was|were)\b/i;

/**
 * Whether `evidence` says the act a yes/no question asks as done is still needed: "has the regulator
 * approved the restart yet?" against "the work needs the approval of the regulator" — no, not yet.
 * `predicate` is the question's verb as a stem (`yesNoClause`'s, "approv"). The sentence must state what is
 * pending (see `completionStated`) with a word of that act after its word of needing, and not state the act
 * done before it ("the merger, which the board approved, is subject to a vote of holders"); a question
 * itself asking what is needed ("does it need approval?") is left to polarity.
 */
export function pendingAct(question: string, evidence: string, predicate: string | undefined): boolean {
  if (!predicate || predicate.length < MIN_STEM || !ASKS_DONE.test(question) || NEEDING.test(question)) {
    return false;
  }
  const need = PENDING.exec(evidence);
  if (!need || completionStated(evidence) !== "pending") return false;
  // "cleared" is the act of "clearance": one stem begins the other.
  const isAct = (t: string) => t.length >= MIN_STEM && (t.startsWith(predicate) || predicate.startsWith(t));
  if ([...stemsOf(evidence.slice(0, need.index))].some(isAct)) return false;
  return [...stemsOf(evidence.slice(need.index))].some(isAct);
}
