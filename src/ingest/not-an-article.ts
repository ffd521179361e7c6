/**
 * Recognises a fetched page that is not the news article it claims to be: a paywall teaser, a cookie or
 * consent wall, or an error page served with status 200. The signals are general — schema.org's paywall
 * markup, a closing call to subscribe, text that is mostly about cookies and consent, an error title on a
 * short page — never a list of sites. A page that trips none is taken as an article.
 */

/** What the extractor knows about the page besides its text. */
export interface PageSignals {
  /** The `<title>` and the first `<h1>`, as the page had them before extraction. */
  titles: readonly string[];
  /** schema.org `isAccessibleForFree` from the page's JSON-LD, if stated. */
  accessibleForFree?: boolean;
  /** The extracted text, one block a line. */
  lines: readonly string[];
}

/** Pages this short can be a teaser or a wall; a real article passes this with room to spare. */
const SHORT_PAGE_CHARS = 1500;

/** A line asking the reader to subscribe, sign in or register to read on (a teaser's last words). */
const READ_ON =
  /\b(subscribe|subscription|subscribers?|sign in|sign up|log in|register|become a member|premium)\b[^.!?]{0,80}\b(continue|read|reading|access|unlock|full (story|article)|rest of)\b|\b(continue reading|read the (full|rest|whole)|to keep reading|to read (more|on|this)|unlock (this|the) (story|article))\b[^.!?]{0,60}\b(subscribe|subscription|sign in|log in|register)\b|\balready a subscriber\b|\bthis (article|story|content) is (only )?(available|reserved) (to|for) (subscribers|members)\b/i;

/**
 * A line about cookies or consent to process personal data. "Partners" only as a consent banner says it
 * ("we and our 812 partners"): a firm's name ("Harrow Partners") or the verb ("X partners with Y") is news.
 */
const CONSENT =
  /\b(cookies?|consent|privacy (settings|preferences|choices)|accept all|reject all|manage (your )?(preferences|choices|consent)|personal data|our (\d[\d,]* )?(advertising |trusted |third-party )?partners)\b/i;

/** A page title that names an error rather than a story. */
const ERROR_TITLE =
  /^\s*(?:error\b|oops\b|sorry\b|\d{3}\b|page not found|not found|access denied|forbidden|something went wrong|service unavailable|internal server error|page (is )?unavailable|we can(?:'|no)t find)|\b(?:404|page not found|not found|access denied)\b/i;

/** Ends like a sentence (closing quotes and brackets allowed). */
const SENTENCE_END = /[.!?…]["'”’)\]]*$/;

/** Why `page` is not an article, fit to show the person who added it; undefined when it looks like one. */
export function notAnArticleReason(page: PageSignals): string | undefined {
  const lines = page.lines.filter((l) => l.trim());
  const chars = lines.reduce((n, l) => n + l.length, 0);
  const short = chars < SHORT_PAGE_CHARS;
  const last = lines.slice(-2);

  // A newsletter plug ("sign up to read more like this") closes many real articles.
  const callToRead = last.find((l) => l.length < 300 && READ_ON.test(l) && !/newsletter/i.test(l));
  if (callToRead) {
    return `it is a paywall teaser, not the article: it ends with “${clip(callToRead)}”`;
  }
  if (page.accessibleForFree === false && (short || !SENTENCE_END.test(lines.at(-1) ?? ""))) {
    return "it is a paywall teaser, not the article: the page marks itself isAccessibleForFree: false and serves only the opening";
  }

  const consentLines = lines.filter((l) => CONSENT.test(l)).length;
  if (consentLines > 0 && consentLines * 2 >= lines.length && (short || consentLines >= 4)) {
    return "it is a cookie or consent wall, not the article";
  }

  const errorTitle = page.titles.find((t) => ERROR_TITLE.test(t));
  if (errorTitle && short) return `it is an error page (“${clip(errorTitle)}”), not an article`;
  return undefined;
}

function clip(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length <= 100 ? t : `${t.slice(0, 99)}…`;
}
