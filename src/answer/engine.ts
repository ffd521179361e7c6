/**
 * The answer engine's public face: built once from the articles, then asked questions in memory.
 * Implementation lands with issue #2; adapters and services depend only on this interface.
 */
import type { SourceListing } from "../commands/reply.js";
import type { AnswerResult, Article, SourceRef } from "../types.js";

export interface AnswerOptions {
  /** The earlier question in the same thread; short follow-ups ("and when?") borrow its subject. */
  previousQuestion?: string;
}

export interface Engine {
  /** Answers a question from the articles; never throws on any string. */
  answer(question: string, options?: AnswerOptions): AnswerResult;
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
