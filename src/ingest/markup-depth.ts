/**
 * How deeply a page's elements nest, measured by one linear scan of the markup before any parser sees it.
 * Readability's scoring walks each node's ancestors, so its time grows with depth squared and past a few
 * thousand levels it recurses until the stack overflows: a 220 KB page of nested `<div>`s kept it busy
 * for 40 s. Real articles nest a few dozen levels (Lighthouse flags a DOM deeper than 32).
 */

/** Elements with no end tag, or whose end tag HTML lets a page leave out: they never deepen the tree. */
const NEVER_NESTS = new Set([
  // void elements
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
  // optional end tags: a page of unclosed <p> or <li> is flat, not deep
  "html",
  "head",
  "body",
  "p",
  "li",
  "dt",
  "dd",
  "tr",
  "td",
  "th",
  "thead",
  "tbody",
  "tfoot",
  "option",
  "optgroup",
  "colgroup",
  "caption",
  "rb",
  "rt",
  "rp",
]);

/** Text inside these is not markup (as htmlparser2, linkedom's parser, reads them): a `<div>` there never counts. */
const RAW_TEXT = new Set(["script", "style", "title", "textarea", "xmp"]);

/**
 * The deepest element nesting in `html`, counting open tags against their end tags (comments, raw-text
 * elements and self-closed tags skipped), up to `limit + 1`: the scan stops once the limit is passed.
 * Linear in the markup's length; roughly the depth a parser builds, never far below it.
 */
export function markupDepth(html: string, limit = Number.POSITIVE_INFINITY): number {
  // `[^<>]*` cannot backtrack: each match attempt ends at the next angle bracket.
  const tag = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)([^<>]*)>/g;
  const open: string[] = [];
  const openCount = new Map<string, number>();
  let deepest = 0;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const [, closing, rawName, rest] = match;
    if (rawName === undefined) continue;
    const name = rawName.toLowerCase();
    if (closing) {
      // An end tag with nothing to close is ignored, as parsers do.
      if (!openCount.get(name)) continue;
      while (open.length > 0) {
        const closed = open.pop() as string;
        openCount.set(closed, (openCount.get(closed) ?? 1) - 1);
        if (closed === name) break;
      }
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const end = new RegExp(`</${name}`, "gi");
      end.lastIndex = tag.lastIndex;
      tag.lastIndex = end.exec(html)?.index ?? html.length;
      continue;
    }
    if (rest?.endsWith("/") || NEVER_NESTS.has(name)) continue;
    open.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (open.length > deepest) deepest = open.length;
    if (deepest > limit) break;
  }
  return deepest;
}
