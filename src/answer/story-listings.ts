/**
 * Questions about a story as a whole, answered by a list rather than by one ranked sentence: who the story
 * quotes ("who said what about the deal?", `/deal people`), its timeline ("what is the timeline?",
 * `/deal timeline`) and its parties ("who is the deal between?", `/deal parties`). Each holds only when
 * the words after the question's verb are what the story is about (words most of its articles use); "who
 * commented on the store closures?" is an ordinary question.
 */
import { termsOf } from "../search/terms.js";
import type { Story } from "../stories/describe-story.js";
import type { AnswerResult, Article, Quote } from "../types.js";
import type { IndexedPassage } from "./indexed-passage.js";
import { listFigures } from "./list-figures.js";
import { listMilestones } from "./list-milestones.js";
import { listSpeakers } from "./list-speakers.js";
import { listPhrase } from "./select-values.js";

/** What a listing reads of the engine's state for one story (a part of `AnswerState`). */
export interface StoryView {
  articles: ReadonlyMap<string, Article>;
  passages: ReadonlyMap<string, IndexedPassage>;
  toQuote: (ip: IndexedPassage) => Quote;
}

/**
 * The listing `question` (lower-cased, normalised) asks for, answered from `state`'s story; undefined when
 * it asks none or the story holds nothing of the kind, so the question is answered as any other.
 */
export function answerStoryListing(
  state: StoryView,
  question: string,
  asked: string,
  story?: Pick<Story, "parties">,
): AnswerResult | undefined {
  const q = question.trim();
  return (
    answerSpeakers(state, q, asked) ??
    answerTimeline(state, q, asked) ??
    answerTerms(state, q, asked) ??
    answerParties(state, q, asked, story)
  );
}

/**
 * A listing's agreement: the sources giving any of its items. A list of different people or dates has no
 * one fact to agree on; the count says how many sources it is drawn from, so "only this source" is never
 * shown beside quotes from others.
 */
function listed(items: readonly { articleIds: ReadonlySet<string> }[], state: StoryView) {
  return { sources: new Set(items.flatMap((i) => [...i.articleIds])).size, of: state.articles.size };
}

/**
 * "Who is the deal between?", "who are the parties?": the story's parties (`describe-story.ts`, read off
 * its articles' leads), quoting the first sentence naming them all, in the earliest article that does;
 * agreement is the articles with such a sentence.
 */
function answerParties(
  state: StoryView,
  question: string,
  asked: string,
  story?: Pick<Story, "parties">,
): AnswerResult | undefined {
  const parties = story?.parties ?? [];
  const passages = parties.length ? storyPassagesAsked(state, PARTIES_ASKED.exec(question)) : undefined;
  if (!passages) return undefined;
  const namesAll = (ip: IndexedPassage) =>
    parties.every((party) => ip.values.names.some((n) => n.text.toLowerCase().includes(party.toLowerCase())));
  const naming = passages.filter(namesAll);
  if (!naming.length) return undefined;
  const byDate = [...naming].sort((a, b) =>
    (a.article.meta.published ?? "9999").localeCompare(b.article.meta.published ?? "9999"),
  );
  return {
    question: asked,
    status: "answered",
    answerType: "organization",
    answer: listPhrase(parties),
    quotes: [state.toQuote(byDate[0]!)],
    agreement: { sources: new Set(naming.map((ip) => ip.article.meta.id)).size, of: state.articles.size },
    conflicts: [],
  };
}

/** "who is the deal between", "who are the parties (to …)", "which companies are involved (in …)": group 1 is what about. */
const PARTIES_ASKED =
  /^(?:who|which companies|what companies)(?:'s| is| are| was| were)\s+(?:(?:the\s+)?[\w-]+\s+between|(?:the\s+)?parties(?:\s+(?:to|in|of))?|involved(?:\s+in)?)\b([^?]*)\??$/;

/**
 * "Who said what about the deal?", "who was quoted?": the people the story quotes, one remark each
 * (`list-speakers.ts`), when what follows the question's verb is only what the story is about — words
 * most of its articles use ("the deal", the parties' names). "Who commented on the job cuts?" asks about
 * one matter and is answered as any question. Undefined when the question is not of this kind or the
 * story quotes nobody.
 */
function answerSpeakers(state: StoryView, question: string, asked: string): AnswerResult | undefined {
  const passages = storyPassagesAsked(state, SPEAKERS_ASKED.exec(question));
  const speakers = passages ? listSpeakers(passages) : [];
  if (!speakers.length) return undefined;
  const names = speakers.map((s) => s.person);
  return {
    question: asked,
    status: "answered",
    answerType: "person",
    answer: listPhrase(names),
    quotes: speakers.map((s) => state.toQuote(s.ip)),
    agreement: listed(speakers, state),
    conflicts: [],
  };
}

/**
 * "What is the timeline of the deal?", `/deal timeline`: the story's dates most sources give, in time order,
 * each with the sentence stating it (`list-milestones.ts`); the same rule as `answerSpeakers` for what
 * may follow. Undefined when the question is not of this kind or the story dates nothing.
 */
function answerTimeline(state: StoryView, question: string, asked: string): AnswerResult | undefined {
  const passages = storyPassagesAsked(state, TIMELINE_ASKED.exec(question));
  const milestones = passages ? listMilestones(passages) : [];
  return listingResult(
    state,
    asked,
    "date",
    milestones.map((m) => ({ ...m, text: m.date.text })),
  );
}

/**
 * "What are the terms of the deal?", "what does the deal include?", `/deal terms`: a figure of each kind a
 * deal is told by (amount, price a share, valuation, stake, premium, duration, count), the one most sources
 * give, each with the sentence stating it (`list-figures.ts`); the same rule as `answerSpeakers` for what
 * may follow. Undefined when the question is not of this kind or the story gives no figure.
 */
function answerTerms(state: StoryView, question: string, asked: string): AnswerResult | undefined {
  const passages = storyPassagesAsked(state, TERMS_ASKED.exec(question) ?? INCLUDES_ASKED.exec(question));
  const terms = passages ? listFigures(passages) : [];
  return listingResult(state, asked, "things", terms);
}

/**
 * A listing of items, each with its text and the sentence stating it: the texts joined by "; ", one quote
 * a sentence (two items of one sentence quote it once); undefined when there is none.
 */
function listingResult(
  state: StoryView,
  asked: string,
  answerType: AnswerResult["answerType"],
  items: readonly { text: string; ip: IndexedPassage; articleIds: ReadonlySet<string> }[],
): AnswerResult | undefined {
  if (!items.length) return undefined;
  return {
    question: asked,
    status: "answered",
    answerType,
    answer: items.map((i) => i.text).join("; "),
    quotes: [...new Set(items.map((i) => i.ip))].map((ip) => state.toQuote(ip)),
    agreement: listed(items, state),
    conflicts: [],
  };
}

/**
 * The story's passages in reading order when `asked` (a listing question's match, group 1 what it is
 * about) is about the story as a whole: each word after the verb is one most of the story's articles use
 * ("the deal", the parties' names). Undefined otherwise.
 */
function storyPassagesAsked(state: StoryView, asked: RegExpExecArray | null): IndexedPassage[] | undefined {
  if (!asked) return undefined;
  const articles = [...state.articles.values()];
  const inMost = (term: string) =>
    articles.filter((a) => a.passages.some((p) => state.passages.get(p.id)?.terms.has(term))).length * 2 >=
    articles.length;
  if (!termsOf(asked[1] ?? "").every(inMost)) return undefined;
  return articles.flatMap((a) => a.passages.flatMap((p) => state.passages.get(p.id) ?? []));
}

/** "what is the timeline (of …)", "what's the schedule", "what are the key dates (for …)": group 1 is what about. */
const TIMELINE_ASKED =
  /^(?:what(?:'s| is| are| was)?|give me|show me)\s+(?:the\s+)?(?:timeline|timetable|schedule|key dates|main dates|dates|milestones)\b(?:\s+(?:of|for|on)\b)?([^?]*)\??$/;

/** "what are the (key) terms (of …)", "what are the numbers": group 1 is what about. */
const TERMS_ASKED =
  /^(?:what(?:'s| is| are| were)?|give me|show me)\s+(?:the\s+)?(?:(?:key|main|deal)\s+)?(?:terms|figures|numbers)\b(?:\s+(?:of|for|in)\b)?([^?]*)\??$/;
/** "what does the deal include?": group 1 is what about. */
const INCLUDES_ASKED = /^what\s+(?:does|did|will)\s+([^?]*?)\s+include\??$/;

/** "who said what (about …)", "who was quoted (on …)", "who commented (on …)": group 1 is what about. */
const SPEAKERS_ASKED =
  /^who(?:'s| has| have)?\s+(?:said what|(?:was|were|is|are|has been|have been|got|gets) quoted|(?:has |have )?(?:commented|spoken|spoke)|is talking|said anything)\b(?:\s+(?:about|on|regarding)\b)?([^?]*)\??$/;
