/**
 * Quote links: text fragments into the article's own page (checked in Chromium too, since only a browser
 * says whether a fragment finds its sentence), and the bot's own `/sources/<id>#p-<index>` pages.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  articleUrl,
  passageAnchor,
  quoteUrl,
  servedBaseUrl,
  sourcePageUrl,
  textFragment,
} from "../src/links.js";
import type { ArticleMeta } from "../src/types.js";
import { type Browser, launchChromium } from "./fixtures/chromium.js";

const BASE = "http://localhost:3000";
const withUrl: ArticleMeta = { id: "a1", url: "https://news.example/deal" };
const withoutUrl: ArticleMeta = { id: "004_f6b62743335d7553" };

const SHORT = "OpenAI signs a $38 billion deal.";
const LONG =
  "OpenAI has signed a seven-year, $38 billion agreement with Amazon Web Services to run its AI workloads.";
const RESERVED = "AT&T, Amazon and a co-founder agree.";

describe("textFragment", () => {
  it("quotes a short sentence whole, without its closing full stop", () => {
    expect(textFragment(SHORT)).toBe(":~:text=OpenAI%20signs%20a%20%2438%20billion%20deal");
  });

  it("quotes a long sentence by its first four and last four words", () => {
    expect(textFragment(LONG)).toBe(":~:text=OpenAI%20has%20signed%20a,run%20its%20AI%20workloads");
  });

  it("encodes the characters the fragment syntax reserves: - , &", () => {
    const fragment = textFragment(RESERVED);
    expect(fragment).toBe(":~:text=AT%26T%2C%20Amazon%20and%20a%20co%2Dfounder%20agree");
    // Only the directive's own separator may appear raw.
    expect(fragment.slice(":~:text=".length)).not.toMatch(/[-,&]/);
  });

  it("keeps punctuation inside the quoted words, which the page has too", () => {
    expect(decodeURIComponent(textFragment("Amazon, OpenAI and Nvidia agree."))).toBe(
      ":~:text=Amazon, OpenAI and Nvidia agree",
    );
  });

  it("trims quotation marks around a quoted remark", () => {
    expect(decodeURIComponent(textFragment("“Scaling frontier AI requires massive compute.”"))).toBe(
      ":~:text=Scaling frontier AI requires massive compute",
    );
  });

  it("keeps a leading dollar sign and a trailing percent sign", () => {
    expect(decodeURIComponent(textFragment("$38 billion rose 5%."))).toBe(":~:text=$38 billion rose 5%");
  });

  it("folds line breaks and runs of spaces into one space", () => {
    expect(textFragment("OpenAI\n signs   a deal.")).toBe(textFragment("OpenAI signs a deal."));
  });
});

describe("quoteUrl", () => {
  it("links into the article's own address with a text fragment", () => {
    expect(quoteUrl(withUrl, { index: 3, text: SHORT }, BASE)).toBe(
      `https://news.example/deal#${textFragment(SHORT)}`,
    );
  });

  it("replaces a hash the article's address already has", () => {
    const meta = { ...withUrl, url: "https://news.example/deal?ref=rss#comments" };
    expect(quoteUrl(meta, { index: 3, text: SHORT }, BASE)).toBe(
      `https://news.example/deal?ref=rss#${textFragment(SHORT)}`,
    );
  });

  it("links an article without an address to the passage on the bot's own page", () => {
    expect(quoteUrl(withoutUrl, { index: 12, text: SHORT }, BASE)).toBe(
      "http://localhost:3000/sources/004_f6b62743335d7553#p-12",
    );
  });

  it("gives no link for an article without an address when the bot's pages are not served", () => {
    expect(quoteUrl(withoutUrl, { index: 12, text: SHORT }, undefined)).toBeUndefined();
    // The article's own address needs no page of the bot's.
    expect(quoteUrl(withUrl, { index: 3, text: SHORT }, undefined)).toBe(
      `https://news.example/deal#${textFragment(SHORT)}`,
    );
  });

  it("links the first passage as p-0", () => {
    expect(quoteUrl(withoutUrl, { index: 0, text: SHORT }, "https://bot.example")).toBe(
      "https://bot.example/sources/004_f6b62743335d7553#p-0",
    );
  });
});

describe("own source pages", () => {
  it("name the article's page by its id under /sources/", () => {
    expect(sourcePageUrl("https://bot.example/deal", "a_1-b")).toBe("https://bot.example/deal/sources/a_1-b");
  });

  it("give each passage the anchor p-<index>", () => {
    expect(passageAnchor({ index: 7 })).toBe("p-7");
  });
});

describe("articleUrl", () => {
  it("is the article's own address when it has one, hash and all", () => {
    expect(articleUrl({ id: "a1", url: "https://news.example/deal#top" }, BASE)).toBe(
      "https://news.example/deal#top",
    );
  });

  it("is the bot's source page otherwise", () => {
    expect(articleUrl(withoutUrl, BASE)).toBe("http://localhost:3000/sources/004_f6b62743335d7553");
  });

  it("is absent when the article has no address and the bot's pages are not served", () => {
    expect(articleUrl(withoutUrl, undefined)).toBeUndefined();
  });
});

describe("servedBaseUrl", () => {
  it("is the port actually bound on localhost when PUBLIC_BASE_URL is unset", () => {
    expect(servedBaseUrl(undefined, 41234)).toBe("http://localhost:41234");
  });

  it("is PUBLIC_BASE_URL when set and the port is bound", () => {
    expect(servedBaseUrl("https://bot.example/deal", 41234)).toBe("https://bot.example/deal");
  });

  it("is absent when no port was bound, whatever PUBLIC_BASE_URL says", () => {
    expect(servedBaseUrl(undefined, undefined)).toBeUndefined();
    expect(servedBaseUrl("https://bot.example", undefined)).toBeUndefined();
  });
});

describe("text fragments in Chromium", () => {
  /** Sentences as the cleaned text has them, and as the publisher's page shows them. */
  const CASES = [
    { name: "short", cleaned: SHORT, published: SHORT },
    { name: "long", cleaned: LONG, published: LONG },
    { name: "reserved", cleaned: RESERVED, published: RESERVED },
    {
      // The cleaner straightens curly apostrophes; the page still has them.
      name: "apostrophe",
      cleaned: "It's OpenAI's biggest cloud deal, and Amazon's too.",
      published: "It’s OpenAI’s biggest cloud deal, and Amazon’s too.",
    },
    {
      name: "quoted",
      cleaned: '"Scaling frontier AI requires massive, reliable compute," Altman said.',
      published: "“Scaling frontier AI requires massive, reliable compute,” Altman said.",
    },
  ];
  let server: Server;
  let origin: string;
  let context: BrowserContext;
  let browser: Browser;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const found = CASES.find((c) => req.url === `/${c.name}`);
      res.writeHead(found ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
      // The sentence sits far below the fold: the page scrolls only if the fragment finds it.
      res.end(
        `<!doctype html><title>t</title><p style="margin-bottom:3000px">Top.</p>` +
          `<p>Other text. ${found?.published ?? ""} More text.</p><p style="height:3000px"></p>`,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium({ width: 800, height: 600 });
    context = browser.context;
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it.each(CASES.map((c) => c.name))("scroll the %s sentence into view", async (name) => {
    const c = CASES.find((x) => x.name === name)!;
    const url = quoteUrl(
      { id: "a1", url: `${origin}/${c.name}#comments` },
      { index: 0, text: c.cleaned },
      BASE,
    )!;
    const page = await context.newPage();
    try {
      await page.goto(url);
      await page.waitForFunction(() => window.scrollY > 2000, undefined, { timeout: 5000 });
    } finally {
      await page.close();
    }
  });
});
