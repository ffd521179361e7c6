/**
 * Turns a fetched page into an article: Readability (over linkedom's DOM) finds the story and drops the
 * navigation, footer and comments; the page's own metadata gives title, publisher, date and canonical URL.
 * A fact the page does not state is left out, never guessed.
 */
import { Readability } from "@mozilla/readability";
import * as chrono from "chrono-node";
import { parseHTML } from "linkedom";
import { markupDepth } from "./markup-depth.js";
import { notAnArticleReason } from "./not-an-article.js";

/** What a page says about itself, plus its text with one block (paragraph, heading, list item) a line. */
export interface ExtractedArticle {
  title?: string;
  publisher?: string;
  /** YYYY-MM-DD. */
  published?: string;
  /** The canonical address (link rel=canonical, og:url), else the http(s) address it was fetched from. */
  url?: string;
  text: string;
}

export type ExtractResult = { ok: true; article: ExtractedArticle } | { ok: false; error: string };

/** Blocks that become lines; list items keep the "- " the seed files use. */
const BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption";

/** Fewer characters than this is a link list or an error page, not an article. */
const MIN_TEXT_CHARS = 200;

/**
 * Deepest element nesting read. Readability's time grows with depth squared (300 levels take about a
 * second) and it overflows the stack at a few thousand; articles nest a few dozen levels.
 */
export const MAX_MARKUP_DEPTH = 256;

/**
 * Extracts the article from `html`, fetched from `pageUrl` (a saved page's file name, if not fetched).
 * Synchronous and CPU-bound (about a second for 1 MB of markup): the bot calls it through
 * `extract-in-worker.ts`, never on the thread that answers.
 */
export function extractArticle(html: string, pageUrl: string): ExtractResult {
  if (markupDepth(html, MAX_MARKUP_DEPTH) > MAX_MARKUP_DEPTH) {
    return {
      ok: false,
      error: `the page at ${pageUrl} was not added: its elements nest more than ${MAX_MARKUP_DEPTH} levels deep`,
    };
  }
  const { document } = parseHTML(html);
  // Readability rewrites the DOM, so the metadata is read first.
  const meta = readMetadata(document as unknown as Document, pageUrl);
  const titles = [document.title, document.querySelector("h1")?.textContent ?? ""].map(clean).filter(Boolean);
  removeFurniture(document as unknown as Document);
  // A short news story is still a story: below the default 500 characters Readability would retry
  // without its "unlikely candidate" filter and could pull reader comments in.
  const parsed = new Readability(document as unknown as Document, { charThreshold: MIN_TEXT_CHARS }).parse();
  if (!parsed?.content) return { ok: false, error: `no article text found at ${pageUrl}` };
  const title = meta.title ?? clean(parsed.title ?? "");
  let lines = blockLines(parsed.content);
  if (title && lines[0] && sameWords(lines[0], title)) lines = lines.slice(1);
  const notArticle = notAnArticleReason({ titles, accessibleForFree: meta.accessibleForFree, lines });
  if (notArticle) return { ok: false, error: `the page at ${pageUrl} was not added: ${notArticle}` };
  const text = lines.join("\n");
  if (text.length < MIN_TEXT_CHARS) {
    return { ok: false, error: `the page at ${pageUrl} has too little text to be an article` };
  }
  return {
    ok: true,
    article: {
      title: title || undefined,
      publisher: meta.publisher ?? (clean(parsed.siteName ?? "") || undefined),
      published: meta.published ?? normalizeDate(parsed.publishedTime ?? undefined),
      url: meta.url ?? shortEnough(absoluteHttpUrl(pageUrl, pageUrl)),
      text,
    },
  };
}

/** Site furniture by element, role or class/id name: never part of the story, whatever its length. */
const FURNITURE_ELEMENTS =
  "nav, footer, aside, form, script, style, noscript, iframe, [role=navigation], [role=contentinfo], [role=complementary]";
const FURNITURE_NAMES =
  /(^|[-_\s])(comments?|comment-list|disqus|respond|share|sharing|social|related|newsletter|subscribe|promo|advert|ads?|sidebar|breadcrumbs?)([-_\s]|$)/i;

/** Removes navigation, footers, comment threads, share bars and the like before Readability scores. */
function removeFurniture(document: Document): void {
  for (const element of Array.from(document.querySelectorAll(FURNITURE_ELEMENTS))) element.remove();
  for (const element of Array.from(document.querySelectorAll("[class], [id]"))) {
    const tag = element.tagName.toLowerCase();
    if (tag === "body" || tag === "html" || tag === "article" || tag === "main") continue;
    const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
    if (FURNITURE_NAMES.test(names)) element.remove();
  }
}

interface PageMetadata {
  title?: string;
  /** schema.org's paywall flag, where the page's JSON-LD states it. */
  accessibleForFree?: boolean;
  publisher?: string;
  published?: string;
  url?: string;
}

function readMetadata(document: Document, pageUrl: string): PageMetadata {
  const metaContent = (selector: string) =>
    clean(document.querySelector(selector)?.getAttribute("content") ?? "") || undefined;
  const ld = jsonLd(document);
  const timeElement = document.querySelector("article time[datetime], time[datetime]");
  const published =
    normalizeDate(metaContent('meta[property="article:published_time"]')) ??
    normalizeDate(metaContent('meta[name="article:published_time"]')) ??
    normalizeDate(metaContent('meta[itemprop="datePublished"]')) ??
    normalizeDate(ld.datePublished) ??
    normalizeDate(timeElement?.getAttribute("datetime") ?? undefined) ??
    normalizeDate(metaContent('meta[name="date"]')) ??
    normalizeDate(metaContent('meta[name="pubdate"]'));
  const canonical = [
    absoluteHttpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute("href"), pageUrl),
    absoluteHttpUrl(metaContent('meta[property="og:url"]'), pageUrl),
  ].find((url) => url !== undefined && trustedCanonical(url, pageUrl));
  return {
    title: metaContent('meta[property="og:title"]') ?? ld.headline,
    publisher:
      metaContent('meta[property="og:site_name"]') ??
      ld.publisher ??
      metaContent('meta[name="application-name"]'),
    published,
    url: canonical,
    accessibleForFree: ld.isAccessibleForFree,
  };
}

/** The first JSON-LD object describing an article, flattened to the fields used here. */
function jsonLd(document: Document): {
  headline?: string;
  datePublished?: string;
  publisher?: string;
  isAccessibleForFree?: boolean;
} {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const nodes = (Array.isArray(data) ? data : [data]).flatMap((n) =>
      n && typeof n === "object" && Array.isArray((n as { "@graph"?: unknown })["@graph"])
        ? (n as { "@graph": unknown[] })["@graph"]
        : [n],
    );
    for (const node of nodes) {
      if (!node || typeof node !== "object") continue;
      const record = node as Record<string, unknown>;
      if (typeof record.datePublished !== "string" && typeof record.headline !== "string") continue;
      const publisher = record.publisher as { name?: unknown } | undefined;
      const free = String(record.isAccessibleForFree ?? "").toLowerCase();
      return {
        isAccessibleForFree: free === "false" ? false : free === "true" ? true : undefined,
        headline: typeof record.headline === "string" ? clean(record.headline) || undefined : undefined,
        datePublished: typeof record.datePublished === "string" ? record.datePublished : undefined,
        publisher: typeof publisher?.name === "string" ? clean(publisher.name) || undefined : undefined,
      };
    }
  }
  return {};
}

/** One line per leaf block of Readability's output, so paragraphs stay paragraphs. */
function blockLines(contentHtml: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const lines: string[] = [];
  for (const element of Array.from(document.querySelectorAll(BLOCKS))) {
    // A <li><p>…</p></li> or <blockquote><p>…</p></blockquote> yields its inner blocks only.
    if (element.querySelector(BLOCKS)) continue;
    const text = clean(element.textContent ?? "");
    if (!text) continue;
    lines.push(element.tagName.toLowerCase() === "li" ? `- ${text}` : text);
  }
  if (lines.length === 0) {
    const text = document.body?.textContent ?? "";
    lines.push(...text.split(/\n+/).map(clean).filter(Boolean));
  }
  return lines;
}

/** Normalises a date as pages write it to YYYY-MM-DD; undefined when it is not a date. */
export function normalizeDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (iso) return validDate(`${iso[1]}-${iso[2]}-${iso[3]}`);
  // Free text such as "November 4, 2025": only a date stated to the day, with its year, counts; relative
  // words ("yesterday") would be read against the clock, which the page's date must not depend on.
  if (!/\b\d{4}\b/.test(value)) return undefined;
  const parsed = chrono.strict.parse(value)[0]?.start;
  if (!parsed?.isCertain("day") || !parsed.isCertain("month") || !parsed.isCertain("year")) return undefined;
  const pad = (n: number | null) => String(n ?? 0).padStart(2, "0");
  return validDate(`${parsed.get("year")}-${pad(parsed.get("month"))}-${pad(parsed.get("day"))}`);
}

function validDate(date: string): string | undefined {
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date ? date : undefined;
}

function absoluteHttpUrl(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  if (!URL.canParse(base)) return URL.canParse(href) ? absoluteHttpUrl(href, href) : undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === "http:" || url.protocol === "https:" ? stripHash(url.toString()) : undefined;
  } catch {
    return undefined;
  }
}

/** Discord refuses embed links longer than this, and no real article address comes near it. */
const MAX_URL_CHARS = 2048;

function shortEnough(url: string | undefined): string | undefined {
  return url && url.length <= MAX_URL_CHARS ? url : undefined;
}

/**
 * A page's canonical address is kept only where it names the site the page came from (the same host, or
 * one a subdomain of the other, "www." aside): otherwise any page added by address could pass itself off
 * as another publisher's article, credited and linked as theirs. A saved file (no web address) keeps its
 * canonical: it was saved from that address. Over-long addresses are dropped.
 */
function trustedCanonical(url: string, pageUrl: string): boolean {
  if (url.length > MAX_URL_CHARS) return false;
  if (!/^https?:/i.test(pageUrl) || !URL.canParse(pageUrl)) return true;
  const host = (u: string) => new URL(u).hostname.toLowerCase().replace(/^www\./, "");
  const [a, b] = [host(url), host(pageUrl)];
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

function stripHash(url: string): string {
  return url.replace(/#.*$/, "");
}

function clean(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function sameWords(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  return norm(a) === norm(b);
}
