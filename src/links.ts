/**
 * Links that open a quoted sentence in context. With the article's own address: a text-fragment link
 * (`#:~:text=start,end`) that makes the browser highlight the sentence. Without one: the bot's own page
 * `/sources/<id>#p-<index>`, where the passage carries that id and CSS `:target` highlights it.
 */
import type { ArticleMeta, Passage } from "./types.js";

/** Characters the text-fragment syntax reserves, plus what URLs need encoded anyway. */
function encodeFragmentPart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26");
}

/**
 * Trims the punctuation at the two ends of a fragment part: quotes and full stops that pages often typeset
 * differently. Punctuation inside stays, because browsers match a text fragment character for character
 * ("Amazon OpenAI" does not find "Amazon, OpenAI").
 */
function trimEnds(text: string): string {
  return text.replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}%]+$/gu, "");
}

/** A text fragment directive for a sentence: the whole of a short one, else its first and last words. */
export function textFragment(sentence: string): string {
  const w = sentence.split(/\s+/).filter(Boolean);
  const part = (words: string[]) => encodeFragmentPart(trimEnds(words.join(" ")));
  if (w.length <= 8) return `:~:text=${part(w)}`;
  return `:~:text=${part(w.slice(0, 4))},${part(w.slice(-4))}`;
}

/** The bot's own page for an article. */
export function sourcePageUrl(publicBaseUrl: string, articleId: string): string {
  return `${publicBaseUrl}/sources/${encodeURIComponent(articleId)}`;
}

/** The DOM id a passage carries on the bot's source page. */
export function passageAnchor(passage: Pick<Passage, "index">): string {
  return `p-${passage.index}`;
}

/** Where a person reads `passage` highlighted in its article. */
export function quoteUrl(
  meta: ArticleMeta,
  passage: Pick<Passage, "index" | "text">,
  publicBaseUrl: string,
): string {
  if (meta.url) return `${meta.url.replace(/#.*$/, "")}#${textFragment(passage.text)}`;
  return `${sourcePageUrl(publicBaseUrl, meta.id)}#${passageAnchor(passage)}`;
}

/** Where a person reads the article as a whole. */
export function articleUrl(meta: ArticleMeta, publicBaseUrl: string): string {
  return meta.url ?? sourcePageUrl(publicBaseUrl, meta.id);
}
