/**
 * The platform-neutral answer view: what an answer says, already decided (which quote leads, how each
 * source is named, what the agreement line reads, which follow-ups make sense), so Slack's Block Kit,
 * Discord's embeds and the terminal only choose how it looks. Built from an `AnswerResult`; plain data.
 */
import type { AnswerResult, Conflict, Quote, SourceListing, SourceRef } from "../types.js";
import { publishedDay, sourceCredit, sourceTitle } from "./source-name.js";

/** A source as people see it: its names, day, where its link goes, and the publisher's AI-generated mark. */
export interface SourceView {
  articleId: string;
  /** What it is called in a list or heading (`sourceTitle`). */
  title: string;
  /** Who a quote is credited to (`sourceCredit`). */
  credit: string;
  publisher?: string;
  /** Day published, YYYY-MM-DD. */
  day?: string;
  /**
   * Where the link goes: the quoted sentence in context, or the article's page. Absent when there is no
   * page to link to (the source is then named without a link).
   */
  url?: string;
  /** The publisher says the text is (partly) AI-generated. */
  aiGenerated: boolean;
}

/** A listed source (`/deal sources`, `/deal add`, a digest's new article) and how many passages it has. */
export interface ListingView extends SourceView {
  passages: number;
}

/** A quoted sentence and its source. */
export interface QuoteView {
  text: string;
  passageId: string;
  source: SourceView;
}

/** One side of a disagreement: the value, the quotes stating it, and whether an AI-generated source does. */
export interface ConflictSideView {
  value: string;
  /** How many articles state it (some may have no quote to show). */
  articles: number;
  /** Ids of the articles stating it, for sides with no quote. */
  articleIds: string[];
  quotes: QuoteView[];
  aiGenerated: boolean;
}

/** Sources disagree `about` something ("deal value"), with every side. */
export interface ConflictView {
  about: string;
  sides: ConflictSideView[];
}

/** The story an answer comes from, where the bot holds more than one. */
export interface StoryView {
  id: string;
  title: string;
}

/** "N of M sources agree", or "only this source states it". */
export interface AgreementView {
  sources: number;
  of: number;
  /**
   * One source states the answer and no other states anything different on it: the others are silent
   * (or the story has no other), so the reply says "only this source states it", not "1 of 5 sources agree"
   * or "1 of 1 sources agree".
   */
  alone: boolean;
}

/** The agreement of a result: its counts, and whether its one source stands alone (no source disagrees). */
export function agreementOf(result: Pick<AnswerResult, "agreement" | "conflicts">): AgreementView {
  const { sources, of } = result.agreement;
  return { sources, of, alone: sources === 1 && of >= 1 && result.conflicts.length === 0 };
}

/**
 * A fact card line's agreement, short: "3 of 5 agree", "only 1 of 5 sources" — or undefined for a story of
 * one article, where a count compares nothing ("1 of 1 source").
 */
export function factAgreementNote(agreement: AgreementView): string | undefined {
  const { sources, of } = agreement;
  if (of <= 1) return undefined;
  return sources === 1 ? `only 1 of ${of} sources` : `${sources} of ${of} agree`;
}

/** What a person can do next from an answer. */
export interface FollowUpView {
  /** Other quotes or conflicting quotes exist beyond the lead quote, so a "More sources" action helps. */
  moreSources: boolean;
  /** Command names worth trying (`/deal <name>`), for an answer not found. */
  tryCommands: string[];
}

interface ViewBase {
  question: string;
  agreement: AgreementView;
  conflicts: ConflictView[];
  story?: StoryView;
  followUp: FollowUpView;
}

/** An answer found: the short answer ("" where the question asks for none), the lead quote, the rest. */
export interface AnsweredView extends ViewBase {
  status: "answered";
  answer: string;
  quote: QuoteView;
  /** Quotes from other sources stating the same fact. */
  supporting: QuoteView[];
}

/** No answer in the articles: why, the closest passages (maybe none) and what to try instead. */
export interface NoAnswerView extends ViewBase {
  status: "no_answer";
  reason: string;
  closest: QuoteView[];
  /** The question could be about any of these stories: offer them to pick from (buttons, a numbered list). */
  storyChoices: StoryView[];
}

/** What every renderer renders for an answer. */
export type AnswerView = AnsweredView | NoAnswerView;

/** Every source behind an answer, for "More sources": its quotes, then quotes stating another value. */
export interface MoreSourcesView {
  question: string;
  quotes: QuoteView[];
  /** Per conflicting value, the quotes not already listed above. */
  instead: { value: string; quotes: QuoteView[] }[];
}

/** A source with where its link goes. */
export function sourceView(ref: SourceRef, url: string | undefined): SourceView {
  return {
    articleId: ref.articleId,
    title: sourceTitle(ref),
    credit: sourceCredit(ref),
    publisher: ref.publisher,
    day: publishedDay(ref.published),
    url,
    aiGenerated: ref.aiGenerated,
  };
}

/** A listed source (`/deal sources`, `/deal add`, a digest's new article), linked to where it is read. */
export function listingView(listing: SourceListing): ListingView {
  return { ...sourceView(listing, listing.url), passages: listing.passages };
}

/** A quote, its source linked to the quoted sentence. */
export function quoteView(quote: Quote): QuoteView {
  return { text: quote.text, passageId: quote.passageId, source: sourceView(quote, quote.url) };
}

function conflictView(conflict: Conflict): ConflictView {
  return {
    about: conflict.about,
    sides: conflict.values.map((v) => ({
      value: v.value,
      articles: v.articleIds.length,
      articleIds: v.articleIds,
      quotes: v.quotes.map(quoteView),
      aiGenerated: v.aiGenerated,
    })),
  };
}

/** The story field results carry once the bot holds several stories. */
function storyOf(result: AnswerResult): StoryView | undefined {
  return result.story ? { id: result.story.id, title: result.story.title } : undefined;
}

/**
 * The short answer as shown above its quote: "Yes" or "No" alone when the words after it are the quote's
 * own (the engine's "Yes: <evidence>" is for readers of the bare answer, such as `ask --json`); shown
 * with the quote right below, the sentence would be read twice.
 */
function shortAnswer(answer: string, lead: Quote | undefined): string {
  const m = /^(Yes|No): ([\s\S]*?)…?$/.exec(answer);
  return m && lead && m[2] && lead.text.startsWith(m[2]) ? m[1]! : answer;
}

/** Builds the view of an answer. The result's shape is trusted (it passed the engine's schema). */
export function answerView(result: AnswerResult): AnswerView {
  const base = {
    question: result.question,
    agreement: agreementOf(result),
    conflicts: result.conflicts.map(conflictView),
    story: storyOf(result),
  };
  const moreSources = result.quotes.length > 1 || result.conflicts.length > 0;
  if (result.status === "no_answer") {
    return {
      ...base,
      status: "no_answer",
      reason: result.reason,
      closest: result.quotes.map(quoteView),
      storyChoices: (result.storyChoices ?? []).map((c) => ({ id: c.id, title: c.title })),
      followUp: { moreSources, tryCommands: [...result.suggestions] },
    };
  }
  const [lead, ...supporting] = result.quotes.map(quoteView);
  return {
    ...base,
    status: "answered",
    answer: shortAnswer(result.answer, result.quotes[0]),
    quote: lead as QuoteView,
    supporting,
    followUp: { moreSources, tryCommands: [] },
  };
}

/** Builds the "More sources" view: each quote once, answer quotes first. */
export function moreSourcesView(result: AnswerResult): MoreSourcesView {
  const shown = new Set(result.quotes.map((q) => q.passageId));
  const instead: MoreSourcesView["instead"] = [];
  for (const conflict of result.conflicts) {
    for (const value of conflict.values) {
      const others = value.quotes.filter((q) => !shown.has(q.passageId));
      for (const q of others) shown.add(q.passageId);
      if (others.length) instead.push({ value: value.value, quotes: others.map(quoteView) });
    }
  }
  return { question: result.question, quotes: result.quotes.map(quoteView), instead };
}
