/**
 * The platform-neutral digest view: what a digest says, decided once (how a fact with no short answer is
 * shown, how sources are named), so the Slack, Discord and terminal digests only choose how it looks.
 */
import type { Digest } from "../commands/reply.js";
import type { AnswerResult } from "../types.js";
import {
  type AgreementView,
  agreementOf,
  type ListingView,
  listingView,
  type QuoteView,
  quoteView,
  type StoryView,
} from "./answer-view.js";

/** A fact card line's value: the short answer, else (a fact stated by a quote only) the quote itself. */
export type FactValueView = { kind: "answer"; text: string } | { kind: "quote"; text: string };

/** One line of the fact card. Without `value` the sources do not hold the fact. */
export interface FactView {
  label: string;
  value?: FactValueView;
  /** Only for a fact found. */
  agreement?: AgreementView;
  /** Sources disagree on something about this fact. */
  disagree: boolean;
  /** The quote backing the fact, linked to the sentence. */
  quote?: QuoteView;
}

/** What every renderer renders for a digest. */
export interface DigestView {
  /** The channel's local calendar day, YYYY-MM-DD. */
  date: string;
  timezone: string;
  /** Nothing new since the last digest. */
  empty: boolean;
  story?: StoryView;
  /** Other stories with news the digest does not report (one post reports one story). */
  alsoNew: { story: StoryView; newSources: number }[];
  newArticles: DigestNewsView["newArticles"];
  changedFacts: DigestNewsView["changedFacts"];
  facts: FactView[];
  /** The channel's other followed stories with news, each reported below the first. */
  moreStories: (DigestNewsView & { story: StoryView })[];
}

/** A story's news in a digest: its new articles with their gist, and its facts that changed. */
export interface DigestNewsView {
  newArticles: { source: ListingView; gist?: string }[];
  changedFacts: { label: string; change: string }[];
}

function newsView(news: Pick<Digest, "newArticles" | "changedFacts">): DigestNewsView {
  return {
    newArticles: news.newArticles.map(({ source, gist }) => ({
      source: listingView(source),
      gist: gist?.text,
    })),
    changedFacts: news.changedFacts.map(({ label, change }) => ({ label, change })),
  };
}

/** Builds a fact card line from the engine's answer to the fact's question. */
export function factView(label: string, result: AnswerResult): FactView {
  const best = result.quotes[0];
  const quote = best ? quoteView(best) : undefined;
  const disagree = result.conflicts.length > 0;
  if (result.status === "no_answer") return { label, disagree, quote };
  const value: FactValueView | undefined = result.answer
    ? { kind: "answer", text: result.answer }
    : best
      ? { kind: "quote", text: best.text }
      : undefined;
  return { label, value, agreement: agreementOf(result), disagree, quote };
}

/** "Also new: “T” (2 new sources) · …" — the line that names the stories a digest did not report. */
export function alsoNewLine(view: DigestView): string | undefined {
  if (!view.alsoNew.length) return undefined;
  const each = view.alsoNew.map(
    ({ story, newSources }) =>
      `“${story.title}”${newSources ? ` (${newSources} new source${newSources === 1 ? "" : "s"})` : ""}`,
  );
  return `Also new: ${each.join(" · ")}. Follow a story (/deal follow) to get its digest.`;
}

/** Builds the view of a digest. */
export function digestView(digest: Digest): DigestView {
  const { story } = digest;
  return {
    date: digest.date,
    timezone: digest.timezone,
    empty: digest.empty,
    story: story ? { id: story.id, title: story.title } : undefined,
    alsoNew: (digest.alsoNew ?? []).map(({ id, title, newSources }) => ({
      story: { id, title },
      newSources,
    })),
    ...newsView(digest),
    facts: digest.factCard.map(({ label, result }) => factView(label, result)),
    moreStories: (digest.moreStories ?? []).map((more) => ({
      story: { id: more.story.id, title: more.story.title },
      ...newsView(more),
    })),
  };
}
