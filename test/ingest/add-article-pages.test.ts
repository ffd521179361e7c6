/**
 * `add` against a loopback site serving pages as they come in the wild: legacy encodings declared in the
 * HTTP header, only in `<meta charset>`, or not at all; and pages that are no news article (a paywall
 * teaser, a cookie wall, an error page served with status 200). Each is asserted through the adder and
 * the files it leaves in the seeds folder.
 */
import iconv from "iconv-lite";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { dealValue, type Harness, harness } from "./fixtures/ingest-harness.js";
import { type ArticlePage, articleHtml, type NewsSite, startNewsSite } from "./fixtures/news-site.js";

/** A story written with the characters windows-1252 has and latin1 lacks: curly quotes, dashes, ü. */
const ZURICH: ArticlePage = {
  title: "Zürich lender backs the chip plant – a “bold” bet",
  siteName: "Alpen Finanz",
  published: "2025-11-09",
  paragraphs: [
    "A Zürich lender has agreed to finance a new chip packaging plant in Dresden for €1.2 billion, the bank said on Sunday.",
    "“This is a bold bet on European supply chains,” the bank’s chief executive told reporters – adding that the loan runs for ten years.",
    "The plant’s owner said construction would start in the spring and that the first lines should open before the end of 2027.",
  ],
};

function legacyPage(page: ArticlePage, self: string, meta: string): Buffer {
  const html = articleHtml(page, self).replace('<meta charset="utf-8">', meta);
  return iconv.encode(html, "windows-1252");
}

/** A story with characters windows-1254 (Turkish) has and latin5 reads differently: İ, curly quotes, dashes. */
const ISTANBUL: ArticlePage = {
  title: "İstanbul lender backs the chip plant – a “bold” bet",
  siteName: "Boğaz Finans",
  published: "2025-11-09",
  paragraphs: [
    "An İstanbul lender has agreed to finance a new chip packaging plant in İzmir for $1.2 billion, the bank said on Sunday.",
    "“This is a bold bet on regional supply chains,” the bank’s chief executive told reporters – adding that the loan runs for ten years.",
    "The plant’s owner said construction would start in the spring and that the first lines should open before the end of 2027.",
  ],
};

/** `page` as UTF-8 HTML with `meta` in place of its `<meta charset="utf-8">`. */
function withMeta(page: ArticlePage, self: string, meta: string): string {
  return articleHtml(page, self).replace('<meta charset="utf-8">', meta);
}

const TEASER_TEXT = [
  "The chief executive of a Midwest grain trader has agreed to sell the company to a private equity group for $4.1 billion, according to three people familiar with the talks.",
  "The deal, which has not been announced, would end more than a century of family control, the people said. Negotiations accelerated in",
];

let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite({
    // The charset only in <meta>, and a header that names none.
    "/legacy/meta-only": (_req, res, base) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(legacyPage(ZURICH, `${base}/legacy/meta-only`, '<meta charset="windows-1252">'));
    },
    // The header names latin1, as many old servers do; browsers read it as windows-1252.
    "/legacy/header": (_req, res, base) => {
      res.writeHead(200, { "content-type": "text/html; charset=ISO-8859-1" });
      res.end(legacyPage(ZURICH, `${base}/legacy/header`, ""));
    },
    "/legacy/http-equiv": (_req, res, base) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(
        legacyPage(
          ZURICH,
          `${base}/legacy/http-equiv`,
          '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
        ),
      );
    },
    // Declares UTF-8 but is windows-1252: decoding gives U+FFFD, which must never be stored.
    "/legacy/mislabelled": (_req, res, base) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(legacyPage(ZURICH, `${base}/legacy/mislabelled`, ""));
    },
    // The Encoding Standard reads the label ISO-8859-9 (latin5) as windows-1254.
    "/labels/latin5": (_req, res, base) => {
      res.writeHead(200, { "content-type": "text/html; charset=ISO-8859-9" });
      res.end(iconv.encode(withMeta(ISTANBUL, `${base}/labels/latin5`, ""), "windows-1254"));
    },
    // A <meta> declaring UTF-16 was read as ASCII, so the page cannot be UTF-16: browsers read UTF-8.
    "/labels/utf16-meta": (_req, res, base) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(
        Buffer.from(withMeta(ISTANBUL, `${base}/labels/utf16-meta`, '<meta charset="utf-16">'), "utf8"),
      );
    },
    "/labels/utf16-http-equiv": (_req, res, base) => {
      res.writeHead(200, { "content-type": "text/html" });
      const meta = '<meta http-equiv="Content-Type" content="text/html; charset=UTF-16">';
      res.end(Buffer.from(withMeta(ISTANBUL, `${base}/labels/utf16-http-equiv`, meta), "utf8"));
    },
    // A long inline style pushes the <meta> past the prescan's 1024 bytes; the parser still meets it.
    "/labels/late-meta": (_req, res, base) => {
      res.writeHead(200, { "content-type": "text/html" });
      const meta = `<style>${"/* layout */ ".repeat(120)}</style><meta charset="iso-8859-9">`;
      res.end(iconv.encode(withMeta(ISTANBUL, `${base}/labels/late-meta`, meta), "windows-1254"));
    },
    // The header says UTF-16 (a transport label is taken as given) but the bytes are UTF-8.
    "/labels/utf16-header": (_req, res, base) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-16" });
      res.end(Buffer.from(withMeta(ISTANBUL, `${base}/labels/utf16-header`, "").padEnd(4000, " "), "utf8"));
    },
    "/labels/iso-2022-kr": (_req, res, base) => {
      res.writeHead(200, { "content-type": "text/html; charset=iso-2022-kr" });
      res.end(Buffer.from(withMeta(ISTANBUL, `${base}/labels/iso-2022-kr`, ""), "utf8"));
    },
    "/paywall/teaser": (_req, res, base) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(
        articleHtml(
          {
            title: "Grain trader agrees to $4.1 billion buyout",
            siteName: "Prairie Ledger",
            published: "2025-11-10",
            paragraphs: [...TEASER_TEXT, "Subscribe to continue reading. Already a subscriber? Sign in."],
          },
          `${base}/paywall/teaser`,
        ),
      );
    },
    // Schema.org's paywall markup: the article says it is not free and only a teaser is served.
    "/paywall/structured": (_req, res, base) => {
      const html = articleHtml(
        {
          title: "Grain trader agrees to $4.1 billion buyout",
          siteName: "Prairie Ledger",
          published: "2025-11-10",
          paragraphs: TEASER_TEXT,
        },
        `${base}/paywall/structured`,
      ).replace('"@type":"NewsArticle"', '"@type":"NewsArticle","isAccessibleForFree":false');
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(html);
    },
    "/cookie-wall": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(`<!doctype html><html><head><title>Before you continue</title></head><body><main><article>
<h1>We value your privacy</h1>
<p>We and our 812 partners use cookies and similar technologies to store and access information on your device, to personalise content and ads, and to measure audiences.</p>
<p>By clicking “Accept all” you consent to the use of cookies and the processing of your personal data for these purposes. You can change your choices at any time in the privacy settings.</p>
<p>If you reject, we will only use cookies that are strictly necessary for the site to work. Manage your consent preferences below.</p>
<p><button>Accept all</button> <button>Reject all</button> <button>Manage preferences</button></p>
</article></main></body></html>`);
    },
    "/soft-404": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(`<!doctype html><html><head><title>Page not found | Prairie Ledger</title></head><body><main><article>
<h1>404 – Page not found</h1>
<p>Sorry, the page you were looking for could not be found. It may have been moved, renamed or removed, or the address may have been typed incorrectly.</p>
<p>Try searching our archive for the story you wanted, or return to the home page to browse today's top headlines from markets, business and technology.</p>
</article></main></body></html>`);
    },
  });
});
afterAll(() => site.close());

let h: Harness;
beforeEach(async () => {
  h = await harness();
});
afterEach(() => h.remove());

describe("pages in legacy encodings", () => {
  it.each([
    ["only in <meta charset>", "/legacy/meta-only"],
    ["in the HTTP header as ISO-8859-1", "/legacy/header"],
    ["in <meta http-equiv>", "/legacy/http-equiv"],
  ])("decodes a windows-1252 page with its charset %s, keeping ü, curly quotes and dashes", async (_n, route) => {
    const outcome = await h.adder.addUrl(`${site.baseUrl}${route}`);
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.article.meta.title).toBe(ZURICH.title);
    expect(outcome.article.text).toContain("A Zürich lender");
    // (The cleaner folds the curly apostrophe to a straight one, as for every article.)
    expect(outcome.article.text).toContain(
      "“This is a bold bet on European supply chains,” the bank's chief",
    );
    expect(outcome.article.text).toContain("told reporters – adding");
    expect(outcome.article.text).not.toMatch(/[\uFFFD\u0080-\u009f]/);
  });

  it("refuses a page that does not decode cleanly in the charset it declares, and stores nothing", async () => {
    const files = await h.files();
    const outcome = await h.adder.addUrl(`${site.baseUrl}/legacy/mislabelled`);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error).toMatch(/utf-8/i);
    expect(await h.files()).toEqual(files);
  });
});

describe("encoding labels read as browsers read them", () => {
  it.each([
    ["ISO-8859-9 in the header (read as windows-1254)", "/labels/latin5"],
    ['<meta charset="utf-16"> on a UTF-8 page (read as UTF-8)', "/labels/utf16-meta"],
    ["UTF-16 in a <meta http-equiv> on a UTF-8 page (read as UTF-8)", "/labels/utf16-http-equiv"],
    ["iso-8859-9 in a <meta> after the first 1024 bytes of the head", "/labels/late-meta"],
  ])("adds a page labelled %s, keeping İ, curly quotes and dashes", async (_n, route) => {
    const outcome = await h.adder.addUrl(`${site.baseUrl}${route}`);
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.article.meta.title).toBe(ISTANBUL.title);
    expect(outcome.article.text).toContain("An İstanbul lender");
    expect(outcome.article.text).toContain("told reporters – adding");
    expect(outcome.article.text).not.toMatch(/[\uFFFD\u0080-\u009f]/);
  });

  it.each([
    ["a UTF-8 page whose header says UTF-16", "/labels/utf16-header", /utf-16|pars/i],
    ["a page labelled iso-2022-kr (the replacement encoding)", "/labels/iso-2022-kr", /refuse to decode/],
  ])("refuses %s with a reason and stores nothing", async (_n, route, reason) => {
    const files = await h.files();
    const outcome = await h.adder.addUrl(`${site.baseUrl}${route}`);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error).toMatch(reason);
    expect(!outcome.ok && outcome.error).not.toMatch(/TypeError|undefined/);
    expect(await h.files()).toEqual(files);
  });
});

describe("pages that are no news article", () => {
  it.each([
    ["a teaser ending in “Subscribe to continue reading”", "/paywall/teaser", /paywall|subscri/i],
    ["a teaser marked isAccessibleForFree: false", "/paywall/structured", /paywall|subscri/i],
    ["a cookie wall", "/cookie-wall", /cookie|consent/i],
    ["an error page served with status 200", "/soft-404", /error page|not found/i],
  ])("refuses %s with the reason, storing nothing and changing no answer", async (_n, route, reason) => {
    const files = await h.files();
    const answer = dealValue(h.engine);
    const outcome = await h.adder.addUrl(`${site.baseUrl}${route}`);
    expect(outcome).toMatchObject({ ok: false, code: "extract" });
    expect(!outcome.ok && outcome.error).toMatch(reason);
    expect(await h.files()).toEqual(files);
    expect(dealValue(h.engine)).toEqual(answer);
  });
});
