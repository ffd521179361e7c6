/**
 * The day an article without front matter was published, read from the lines above its first sentence,
 * where pages and pasted copies put it: "date 2025-09-09", "2025/09/09 18:16", "Published 12 Jan 2026,
 * 09:14 GMT", "Writing Team : May 27, 2025 1:29:34 PM", a bare "March 3, 2026" (which cleaning then drops
 * as furniture), one field of a masthead line ("Trade Weekly | Deals | August 4, 2026", "By Ana Ruiz ·
 * 19 October 2026 · Deals"), "Posted June 22, 2026 by a blogger"; or from the wire dateline opening the
 * first sentence ("TACOMA, Wash., May 12, 2026 (WIRE SERVICE) --"). A date in a headline ("Deal to
 * close by March 3, 2026") is no publication date: the date must be a whole line or field but for one
 * leading word, a label ending in ":" or "|", or a trailing byline.
 */
import * as chrono from "chrono-node";
import { normalizeDate } from "../ingest/extract-article.js";
import { classifyBlock } from "./classify-block.js";
import { isFurnitureLine } from "./clean-furniture.js";

/** How many lines from the top are read: a headline, a standfirst, bylines, a photo caption, a date. */
export const HEADER_LINES = 8;

/** What may stand before the date: nothing, one word ("date", "Published"), or a label ending in ":" / "|". */
const LEAD_IN = /^(?:\s*|\s*[\p{L}]+\s+|[^\d:|]{1,40}[:|]\s*)$/u;
/** What may follow it: a time zone ("… 09:14 GMT"), or a byline ("Posted June 22, 2026 by sam_k"). */
const TAIL = /^\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)?\s*(?:\bby\s+\S.{0,60})?$/;
/** Where a masthead line separates its fields: "Trade Weekly | Deals | August 4, 2026". */
const FIELD_SEPARATOR = /\s+[|·•—–]\s+/;
/**
 * A photo caption or credit above the text ("PHOTO: …", "(Gazette photo)"): part of the page's
 * header, so a date line below it still dates the page.
 */
const CAPTION =
  /^(?:\(?\s*(?:photo|image|picture|illustration)s?\b|\([^()]{0,80}\b(?:photo|image)s?\b[^()]{0,80}\)$)/i;
/**
 * A wire dateline before the date: place names in capitals, each perhaps followed by a region ("TACOMA,
 * Wash.", "LYON and PARIS"), then a comma.
 */
const DATELINE_PLACE =
  /^\p{Lu}[\p{Lu}\p{M}.'’&-]*(?:\s+\p{Lu}[\p{Lu}\p{M}.'’&-]*)*(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?(?:\s+and\s+\p{Lu}[\p{Lu}\p{M}.'’&-]*(?:\s+\p{Lu}[\p{Lu}\p{M}.'’&-]*)*(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?)*,\s*$/u;
/** What follows a wire dateline's date: the wire's name or the dash opening the story. */
const DATELINE_END = /^\s*(?:\(|\/|--|—|–|-\s)/;

/**
 * The day an article was published, as YYYY-MM-DD, from its top lines (`lines`: the article's lines in
 * order, before any is dropped as furniture); undefined when none of the header lines, nor a wire
 * dateline opening a paragraph, states a day with its year. Below the first line of prose a line holding
 * a date is part of the text; a wire dateline is read in any of the header lines.
 */
export function headerDate(lines: readonly string[]): string | undefined {
  let prose = false;
  for (const line of lines.slice(0, HEADER_LINES)) {
    const day = prose ? undefined : (dateLine(line) ?? fields(line).map(dateLine).find(Boolean));
    // A press release's dateline may follow a headline and a subhead long enough to read as prose.
    const dated = day ?? datelineDate(line);
    if (dated) return dated;
    if (classifyBlock(line) !== "heading" && !isFurnitureLine(line) && !CAPTION.test(line.trim()))
      prose = true;
  }
  return undefined;
}

/**
 * A masthead line's fields: split at "|", "·" or "•", or at dashes where there are two or more of them (a
 * headline may end "— March 3, 2026"); none when the line has no separator.
 */
function fields(line: string): string[] {
  const parts = line.split(FIELD_SEPARATOR);
  if (parts.length < 2) return [];
  return parts.length > 2 || /\s[|·•]\s/.test(line) ? parts : [];
}

function dateLine(line: string): string | undefined {
  const found = chrono.strict.parse(line)[0];
  if (!found || !LEAD_IN.test(line.slice(0, found.index))) return undefined;
  // "March 3, 2026 deadline" is a headline, "… 09:14 GMT" a time stamp.
  if (!TAIL.test(line.slice(found.index + found.text.length))) return undefined;
  return normalizeDate(found.text);
}

/** The date of a wire dateline opening a paragraph, when it states its year. */
function datelineDate(line: string): string | undefined {
  const found = chrono.strict.parse(line.slice(0, 160))[0];
  if (!found || !DATELINE_PLACE.test(line.slice(0, found.index))) return undefined;
  if (!DATELINE_END.test(line.slice(found.index + found.text.length))) return undefined;
  return normalizeDate(found.text);
}
