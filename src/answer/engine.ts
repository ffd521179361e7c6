/**
 * The answer engine's public face: built once from the articles, then asked questions in memory.
 * Adapters and services depend only on this interface, never on how it is built.
 */
import type { StoryChoice } from "../stories/choose-story.js";
import type { Story } from "../stories/describe-story.js";
import type { AnswerResult, Article, SourceListing, SourceRef } from "../types.js";

export interface AnswerOptions {
  /** The earlier question in the same thread; short follow-ups ("and when?") borrow its subject. */
  previousQuestion?: string;
  /**
   * The conversation's story (the previous answer's, or one the person picked), used when the question
   * names none. Without it, the story the previous question named counts as the conversation's.
   */
  storyId?: string;
  /**
   * The channel's followed stories, used when neither the question nor the conversation tells: the one
   * followed story, or among several the one the question's terms point to (else they are offered first).
   */
  followedStoryIds?: readonly string[];
}

export interface Engine {
  /**
   * Answers a question from one story's articles; never throws on any string. Where it cannot tell which
   * story is meant, the result is a `no_answer` with `storyChoices` to pick from.
   */
  answer(question: string, options?: AnswerOptions): AnswerResult;
  /** The stories the articles form, ordered by their first article id. */
  stories(): readonly Story[];
  /** The story an article belongs to. */
  storyOf(articleId: string): Story | undefined;
  /**
   * A story by its id, or by an id it had before — a story is named after its founding article, and a
   * followed or conversation id from before other articles arrived (or before a restart) still finds it.
   */
  story(storyId: string): Story | undefined;
  /** The story a question would be answered from (see `answer`). */
  chooseStory(question: string, options?: AnswerOptions): StoryChoice;
  /** The articles currently indexed, in a stable order. */
  articles(): readonly Article[];
  source(articleId: string): SourceRef | undefined;
  /** The source as listed to people: with its link and passage count. */
  listing(articleId: string): SourceListing | undefined;
  /** Adds or replaces an article in place (no full rebuild). */
  upsert(article: Article): void;
  /** Removes an article; false when it was not there. */
  remove(articleId: string): boolean;
}
