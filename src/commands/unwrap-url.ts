/**
 * The address in a URL option as chat platforms deliver it. Slack sends a typed address as
 * `<https://host/x>`, one typed without a scheme as `<http://host/x|host/x>`, and a linked word as
 * `<https://host/x|word>` (which the Slack adapter hands over as `word (https://host/x)`); Discord users write
 * `<https://host/x>` or a code span `` `https://host/x` `` to suppress the preview and `[word](https://host/x)`
 * for a masked link; people paste `host/x` with no scheme at all. Addresses may hold parentheses
 * (`https://en.wikipedia.org/wiki/Deal_(finance)`).
 */

/** An http(s) address inside chat markup; parentheses are kept here and trimmed when unbalanced. */
const HTTP_URL = /https?:\/\/[^\s<>|`[\]]+/i;

/** A bare host name with a dot and an optional path ("example.com/news/x"), as typed without a scheme. */
const BARE_HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d+)?(?:\/\S*)?$/i;

/**
 * `url` without what ends a sentence or closes markup around it: trailing punctuation, and a `)` with no
 * `(` to match inside the address (GitHub's and Slack's autolinkers do the same), so "(see https://h/x)"
 * and `[word](https://h/x_(y))` give `https://h/x` and `https://h/x_(y)`.
 */
function trimTrail(url: string): string {
  let out = url;
  for (;;) {
    const next = out.replace(/[.,;:!?'"]+$/, "");
    const unbalanced = next.endsWith(")") && count(next, "(") < count(next, ")");
    const trimmed = unbalanced ? next.slice(0, -1) : next;
    if (trimmed === out) return out;
    out = trimmed;
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/**
 * The address a person meant in `text`: the whole of Slack's or Discord's `<…>` (up to a `|` label), else
 * the first http(s) address in any of the forms above, else a bare host given `https://`, else the trimmed
 * text unchanged (the fetcher then says why it is no address). A code span's backticks are markup, never
 * part of the address.
 */
export function unwrapUrl(text: string): string {
  const trimmed = text
    .trim()
    .replace(/^(`+)([^`]*)\1$/, "$2")
    .trim();
  // `<…>` delimits the address exactly: everything inside it, parentheses and all, is the address.
  const inner = /^<([^|>]+)(?:\|[^>]*)?>$/.exec(trimmed)?.[1]?.trim();
  if (inner && HTTP_URL.exec(inner)?.[0] === inner) return inner;
  const found = HTTP_URL.exec(trimmed)?.[0];
  if (found) return trimTrail(found);
  const bare = inner ?? trimmed;
  return BARE_HOST.test(bare) ? `https://${bare}` : bare;
}
