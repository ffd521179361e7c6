/**
 * Site furniture: lines a page template adds around an article (share buttons, bylines reduced to a
 * date, comment/view/read-time counters, "read more" links, comment-form prompts). They carry no fact of
 * the story, so they are dropped as whole lines by general patterns, never by exact strings.
 */

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

/** Patterns a whole line (bullet and edge punctuation removed) matches when it is furniture. */
const FURNITURE: RegExp[] = [
  // Counters: "0 Comments", "6 Views", "1.2K shares", "2 minutes read", "5 min read", "Reading time: 3 min".
  /^[\d.,]+\s*[km]?\s+(?:comments?|views?|shares?|likes?|reads?|reactions?|responses?)$/i,
  /^(?:[\d.,]+\s*(?:minutes?|mins?)\s+(?:read|reading(?:\s+time)?)|reading\s+time:?\s*[\d.,]+\s*(?:minutes?|mins?))$/i,
  // Share lines: "Share- Dealwire", "Share this article", "Share on Facebook".
  /^share(?:\s*[-:|–—]\s*[^\s.!?]+(?:\s+[^\s.!?]+){0,2}|\s+(?:this|on|via)\b(?:\s+[^\s.!?]+){1,3})?$/i,
  // A line that is only a date: "November 04, 2025", "4 Nov 2025", "2025-11-04", "Updated: Nov 4, 2025".
  new RegExp(
    `^(?:(?:published|updated|posted)(?:\\s+on)?:?\\s*)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})$`,
    "i",
  ),
  // Links to other articles: "Read More Articles Click Here. Read Previous Article Click Here.", "Also read: …".
  /^(?:(?:read\s+(?:more|also|next|previous)|also\s+read|see\s+also|related(?:\s+articles?)?)\b[^.!?]{0,80}[.:!]?\s*)+$/i,
  /^(?:[^.!?]{0,60}\bclick\s+here\b[.!]?\s*)+$/i,
  // Comment-form prompts: "Leave your thoughts", "Leave a Reply", "Post a comment", "Join the discussion".
  /^(?:leave|post|add|write|submit|share)\s+(?:a|an|your)\s+(?:comments?|reply|replies|thoughts?|responses?|opinions?)$/i,
  /^join\s+the\s+(?:discussion|conversation)$/i,
  // Template boxes: "Advertisement", "Subscribe to our newsletter", "Follow us on X".
  /^(?:advertisement|sponsored(?:\s+content)?|subscribe(?:\s+to\s+our\s+newsletter|\s+now)?|follow\s+us(?:\s+on\s+\S+(?:\s+\S+){0,3})?)$/i,
];

/** True when `line` is page furniture rather than article text. */
export function isFurnitureLine(line: string): boolean {
  const core = line
    .trim()
    .replace(/^(?:[-–—•*·|]\s*)+/, "")
    .replace(/[\s.:!]+$/, "")
    .trim();
  if (core.length === 0 || core.length > 160) return false;
  return FURNITURE.some((pattern) => pattern.test(core));
}

/** Drops furniture lines from an article's blocks. */
export function removeFurniture(blocks: string[]): string[] {
  return blocks.filter((block) => !isFurnitureLine(block));
}
