/**
 * Sentences of a block, as exact substrings. `Intl.Segmenter` does the work; its known mis-splits after
 * abbreviations and initials ("The U.S. Army", "Dr. Smith", "e.g. The", "J. R. R. Tolkien") and after a
 * quoted "!" or "?" that the sentence goes on from are merged back, and a sentence too long to quote is
 * cut at its clause boundaries.
 */

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Abbreviations that do not end a sentence, whatever follows them. */
const NEVER_FINAL =
  /(?:^|[\s("“])(?:e\.g|i\.e|cf|vs|viz|Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|St|Mt|Fr|Rev|Hon|approx|No|Nos|Fig|Figs|Vol|pp)\.$/i;

/**
 * A month written short in the news agencies' style ("Dec. 12", "Sept. 30"): before a day's number it ends
 * no sentence ("a meeting on Dec. 12." is one sentence, not "… on Dec." and "12.").
 */
const MONTH_ABBREVIATION = /(?:^|[\s("“])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/;

/** Initials and dotted acronyms ("J.", "U.S.", "U.K."): they end a sentence only before a sentence opener. */
const INITIALS = /(?:^|[\s("“])(?:\p{Lu}\.)+$/u;

/**
 * A company's legal suffix ("Dataline Inc. (NYSE: DTLN) has signed", "Beta Co. agreed", "Vorn Labs, Inc. and"): like initials,
 * it ends a sentence only before a sentence opener.
 */
const COMPANY_SUFFIX = /(?:^|\s)\p{Lu}[\p{L}&'’-]*,?\s+(?:Inc|Corp|Co|Cos|Ltd|Bros|Plc|Mfg)\.$/u;

/** Words that usually open a new sentence; after "U.S." they mean the sentence did end there. */
const SENTENCE_OPENERS = new Set(
  "The This That These Those It Its He She They We I You Our Their His Her In On At For But And Or So Yet As If When While After Before However Meanwhile Still Also A An There Here What Why How Who Which Since Although Though Because Despite Some Many Most All Both Each".split(
    " ",
  ),
);

/** Longest passage worth quoting; longer sentences are cut at clause boundaries. */
export const MAX_SENTENCE_LENGTH = 400;

/** A sentence as a span of the block it came from. */
export interface Span {
  start: number;
  end: number;
}

/** True when the boundary between `before` and `after` is a mis-split to undo. */
function isFalseBoundary(before: string, after: string): boolean {
  const tail = before.trimEnd();
  if (NEVER_FINAL.test(tail)) return true;
  if (MONTH_ABBREVIATION.test(tail) && /^\s*\d{1,2}\b/.test(after)) return true;
  // A quoted exclamation or question inside a sentence: “Wow!” he said; he asked “why?” and left.
  if (/[!?]["”’)\]]+$/.test(tail) && /^[\s"“(]*\p{Ll}/u.test(after)) return true;
  if (INITIALS.test(tail) || COMPANY_SUFFIX.test(tail)) {
    const nextWord = /^[\s"“(]*([\p{L}]+)/u.exec(after)?.[1] ?? "";
    return nextWord !== "" && !SENTENCE_OPENERS.has(nextWord);
  }
  return false;
}

/** Cuts an over-long span at the last clause boundary (";", ":", " — ", ", ") before the limit. */
function cutLong(text: string, span: Span, limit: number): Span[] {
  const parts: Span[] = [];
  let start = span.start;
  while (span.end - start > limit) {
    const window = text.slice(start, start + limit);
    let cut = -1;
    for (const boundary of [/[;:]\s/g, /\s[—–-]\s/g, /,\s/g, /\s/g]) {
      let m: RegExpExecArray | null = boundary.exec(window);
      let last = -1;
      while (m) {
        // Keep the delimiter with the first half; never leave a tiny fragment.
        if (m.index > limit / 4) last = m.index + 1;
        m = boundary.exec(window);
      }
      if (last > 0) {
        cut = last;
        break;
      }
    }
    if (cut <= 0) cut = limit;
    parts.push({ start, end: start + cut });
    start += cut;
  }
  parts.push({ start, end: span.end });
  return parts;
}

/** Trims whitespace off a span's edges. */
function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return { start, end };
}

/** Splits `text` into sentence spans (trimmed, non-empty, each at most `maxLength` characters). */
export function splitSentences(text: string, maxLength = MAX_SENTENCE_LENGTH): Span[] {
  const merged: Span[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const previous = merged.at(-1);
    if (previous && isFalseBoundary(text.slice(previous.start, previous.end), segment)) {
      previous.end = index + segment.length;
    } else {
      merged.push({ start: index, end: index + segment.length });
    }
  }
  return merged
    .map((span) => trimSpan(text, span))
    .filter((span) => span.end > span.start)
    .flatMap((span) => cutLong(text, span, maxLength))
    .map((span) => trimSpan(text, span))
    .filter((span) => span.end > span.start);
}
