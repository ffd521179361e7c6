/**
 * Whether a body is an RSS or Atom feed whatever its Content-Type says: many servers send feeds as
 * `text/plain`, `application/octet-stream` or `text/html`. Feed readers look at the root element, as here
 * (the approach of the WHATWG MIME Sniffing Standard's feed rules, https://mimesniff.spec.whatwg.org/).
 */

/** Everything that may come before the root element: BOM, white space, XML declaration, comments, PIs, doctype. */
const PROLOG = /^(?:\uFEFF|\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/i;

/** True when the first element of `text` is `<rss>`, Atom's `<feed>` or RSS 1.0's `<rdf:RDF>`. */
export function looksLikeFeed(text: string): boolean {
  const rest = text.slice(0, 4096).replace(PROLOG, "");
  return /^<(?:rss|feed|rdf:RDF)[\s>/]/.test(rest);
}
