/**
 * Links that open a quoted sentence in context. With the article's own address: a text-fragment link
 * (`#:~:text=start,end`) that makes the browser highlight the sentence. Without one: the bot's own page
 * `/sources/<id>#p-<index>`, where the passage carries that id and CSS `:target` highlights it — only when
 * those pages are served (`publicBaseUrl` defined); otherwise no link at all, never one that leads nowhere.
 */
import type { ArticleMeta, Passage } from "./types.js";

/** Characters the text-fragment syntax reserves, plus what URLs need encoded anyway. */
function encodeFragmentPart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26");
}

/**
 * Trims the punctuation at the two ends of a fragment part: quotes and full stops that pages often typeset
 * differently. Punctuation inside stays, because browsers match a text fragment character for character
 * ("Northwind Quanta" does not find "Northwind, Quanta").
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

/**
 * Where the bot's source pages are reached, once its HTTP server has tried to listen: `PUBLIC_BASE_URL` when
 * set (a proxy in front), else `http://localhost:<the port actually bound>` (so `PORT=0` links to the
 * port picked). Undefined when nothing was bound (the port was taken): answers then carry no page links.
 */
export function servedBaseUrl(
  publicBaseUrl: string | undefined,
  boundPort: number | undefined,
): string | undefined {
  if (boundPort === undefined) return undefined;
  return publicBaseUrl ?? `http://localhost:${boundPort}`;
}

/** The bot's own page for an article. */
export function sourcePageUrl(publicBaseUrl: string, articleId: string): string {
  return `${publicBaseUrl}/sources/${encodeURIComponent(articleId)}`;
}

/** The DOM id a passage carries on the bot's source page. */
export function passageAnchor(passage: Pick<Passage, "index">): string {
  return `p-${passage.index}`;
}

/**
 * Where a person reads `passage` highlighted in its article; undefined when the article has no address of
 * its own and the bot's pages are not served (`publicBaseUrl` undefined).
 */
export function quoteUrl(
  meta: ArticleMeta,
  passage: Pick<Passage, "index" | "text">,
  publicBaseUrl: string | undefined,
): string | undefined {
  if (meta.url) return `${meta.url.replace(/#.*$/, "")}#${textFragment(passage.text)}`;
  if (publicBaseUrl === undefined) return undefined;
  return `${sourcePageUrl(publicBaseUrl, meta.id)}#${passageAnchor(passage)}`;
}

/** Where a person reads the article as a whole; undefined as for `quoteUrl`. */
export function articleUrl(meta: ArticleMeta, publicBaseUrl: string | undefined): string | undefined {
  if (meta.url) return meta.url;
  return publicBaseUrl === undefined ? undefined : sourcePageUrl(publicBaseUrl, meta.id);
}
