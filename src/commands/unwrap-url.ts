/**
 * The address in a URL option as chat platforms deliver it. Slack sends a typed address as
 * `<https://host/x>`, one typed without a scheme as `<http://host/x|host/x>`, and a linked word as
 * `<https://host/x|word>` (which the Slack adapter hands over as `word (https://host/x)`); Discord users write
 * `<https://host/x>` to suppress the preview and `[word](https://host/x)` for a masked link; people paste
 * `host/x` with no scheme at all.
 */

/** An http(s) address inside chat markup, brackets or parentheses. */
const HTTP_URL = /https?:\/\/[^\s<>|()[\]]+/i;

/** A bare host name with a dot and an optional path ("example.com/news/x"), as typed without a scheme. */
const BARE_HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d+)?(?:\/\S*)?$/i;

/**
 * The address a person meant in `text`: the first http(s) address in any of the forms above, else a bare
 * host given `https://`, else the trimmed text unchanged (the fetcher then says why it is no address).
 */
export function unwrapUrl(text: string): string {
  const trimmed = text.trim();
  const found = HTTP_URL.exec(trimmed)?.[0];
  if (found) return found.replace(/[.,;:!?'"]+$/, "");
  const inner = /^<([^|>]+)(?:\|[^>]*)?>$/.exec(trimmed)?.[1]?.trim() ?? trimmed;
  return BARE_HOST.test(inner) ? `https://${inner}` : inner;
}
