/**
 * What the asker sees after `/deal add`: the source as listed (with its link and passage count), the story
 * it went to, and its first key sentence as a quote, or a notice saying plainly why nothing was added.
 */
import type { Engine } from "../answer/engine.js";
import { listingOf, sourceRefOf } from "../answer/source-ref.js";
import { literal } from "../commands/notice-text.js";
import type { Reply } from "../commands/reply.js";
import { quoteUrl } from "../links.js";
import type { Article, Quote } from "../types.js";
import type { AddOutcome } from "./add-article.js";

/** A sentence shorter than this is a dateline or a caption, not the article's gist. */
const MIN_KEY_WORDS = 6;
const MAX_QUOTE_CHARS = 400;

/** The reply for an add attempt. */
export function addedReply(
  outcome: AddOutcome,
  engine: Pick<Engine, "listing" | "storyOf">,
  publicBaseUrl: string | undefined,
): Reply {
  if (!outcome.ok) {
    if (outcome.code === "duplicate")
      return { type: "notice", tone: "info", text: `Not added: ${literal(outcome.error)}.` };
    const tone = outcome.code === "store" ? "error" : "warning";
    return { type: "notice", tone, text: `Could not add the article: ${literal(outcome.error)}.` };
  }
  const { article } = outcome;
  const story = engine.storyOf(article.meta.id);
  return {
    type: "added",
    source: engine.listing(article.meta.id) ?? listingOf(article, publicBaseUrl),
    keySentence: keySentence(article, publicBaseUrl),
    ...(story
      ? {
          story: {
            id: story.id,
            title: story.title,
            sources: story.articleIds.length,
            started: story.articleIds.length === 1,
          },
        }
      : {}),
  };
}

/** The first full sentence of the article, quoted with a link that highlights it. */
export function keySentence(article: Article, publicBaseUrl: string | undefined): Quote | undefined {
  const sentences = article.passages.filter((p) => p.kind === "sentence" && p.text.length <= MAX_QUOTE_CHARS);
  const passage = sentences.find((p) => p.text.split(/\s+/).length >= MIN_KEY_WORDS) ?? sentences[0];
  if (!passage) return undefined;
  return {
    ...sourceRefOf(article),
    text: passage.text,
    passageId: passage.id,
    url: quoteUrl(article.meta, passage, publicBaseUrl),
  };
}
