import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/parse-article.js";
import { MAX_ARTICLE_CHARS } from "../../src/ingest/add-article.js";
import { refusalReason } from "../../src/ingest/address-policy.js";
import { ADDED_AT, dealValue, type Harness, harness, seedParagraphs } from "./fixtures/ingest-harness.js";
import { articleHtml, FORTY_FIVE_BILLION, type NewsSite, startNewsSite } from "./fixtures/news-site.js";

let site: NewsSite;
let syndicated: string[];
beforeAll(async () => {
  syndicated = await seedParagraphs("003_887da713244190c2.md");
  site = await startNewsSite({
    // Seed 003's story republished word for word under another address and headline.
    "/syndicated/openai-amazon": (_req, res, base) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(
        articleHtml(
          {
            title: "Syndicated: OpenAI and Amazon",
            siteName: "Wire Copy",
            published: "2025-11-05",
            paragraphs: syndicated,
          },
          `${base}/syndicated/openai-amazon`,
        ),
      );
    },
  });
});
afterAll(() => site.close());

let h: Harness;
beforeEach(async () => {
  h = await harness();
});
afterEach(() => h.remove());

const publicTestSite = (address: string) => (address === "127.0.0.1" ? undefined : refusalReason(address));
const articleUrl = () => `${site.baseUrl}/news/openai-widens-amazon-pact`;

describe("adding by URL", () => {
  it("stores the article as a front-matter file, indexes it, and the deal value gains a $45 billion conflict", async () => {
    const before = dealValue(h.engine);
    expect(before.values.map((v) => v.value)).not.toContain("$45 billion");

    const outcome = await h.adder.addUrl(articleUrl());
    if (!outcome.ok) throw new Error(outcome.error);
    const { meta } = outcome.article;
    expect(meta).toMatchObject({
      title: FORTY_FIVE_BILLION.title,
      publisher: "Harbour Street Journal",
      published: "2025-11-06",
      url: articleUrl(),
      added: ADDED_AT.toISOString(),
    });
    expect(meta.id).toMatch(/^openai-widens-amazon-pact-[0-9a-f]{8}$/);

    // The file on disk loads to exactly the indexed article, so a restart sees the same corpus.
    expect(path.dirname(outcome.file)).toBe(h.dir);
    const reloaded = parseArticle(await readFile(outcome.file, "utf8"), outcome.file);
    expect(reloaded).toEqual({ ok: true, article: outcome.article });

    const after = dealValue(h.engine);
    expect(after.agreement.of).toBe(before.agreement.of + 1);
    expect(after.values).toContainEqual({ value: "$45 billion", articleIds: [meta.id] });
    // The majority figure and its sources are untouched.
    expect(after.answer).toBe(before.answer);
    expect(after.agreement.sources).toBe(before.agreement.sources);
  });

  it("reports the same address as a duplicate without fetching it again", async () => {
    const first = await h.adder.addUrl(articleUrl());
    expect(first.ok).toBe(true);
    const files = await h.files();
    const answer = dealValue(h.engine);
    const fetches = site.requests.length;

    const second = await h.adder.addUrl(`${articleUrl()}?utm_source=slack#comments`);
    expect(second).toMatchObject({ ok: false, code: "duplicate" });
    expect(!second.ok && second.error).toContain(`"${FORTY_FIVE_BILLION.title}"`);
    expect(site.requests.length).toBe(fetches);
    expect(await h.files()).toEqual(files);
    expect(dealValue(h.engine)).toEqual(answer);
  });

  it("reports a page whose canonical address is already in the corpus as a duplicate", async () => {
    await h.adder.addUrl(articleUrl());
    const files = await h.files();
    const outcome = await h.adder.addUrl(`${site.baseUrl}/amp/openai-widens-amazon-pact`);
    expect(outcome).toMatchObject({ ok: false, code: "duplicate" });
    expect(await h.files()).toEqual(files);
  });

  it("reports a syndicated copy of a seed as nearly the same text and leaves the answers alone", async () => {
    const files = await h.files();
    const answer = dealValue(h.engine);
    const outcome = await h.adder.addUrl(`${site.baseUrl}/syndicated/openai-amazon`);
    expect(outcome).toMatchObject({
      ok: false,
      code: "duplicate",
      duplicateOf: { meta: { id: "003_887da713244190c2" } },
    });
    expect(!outcome.ok && outcome.error).toContain("nearly the same text");
    expect(await h.files()).toEqual(files);
    expect(dealValue(h.engine)).toEqual(answer);
  });

  it.each([
    ["an oversize page", "/huge", { maxBytes: 50_000 }, "too-large"],
    ["a server that never answers", "/slow", { timeoutMs: 300 }, "timeout"],
    ["a JSON response", "/data.json", {}, "content-type"],
    [
      "a private address when they are refused",
      "/news/openai-widens-amazon-pact",
      { allowPrivate: false },
      "refused",
    ],
    // The test site stands in for a public host; the redirect target is judged by the real rules.
    [
      "a redirect to the metadata service",
      "/to-metadata",
      { allowPrivate: false, refusal: publicTestSite },
      "refused",
    ],
  ] as const)("refuses %s, writes nothing and changes no answer", async (_name, route, fetch, code) => {
    Object.assign(h.fetchOptions, fetch);
    const files = await h.files();
    const answer = dealValue(h.engine);
    const outcome = await h.adder.addUrl(`${site.baseUrl}${route}`);
    expect(outcome).toMatchObject({ ok: false, code: "fetch", fetchCode: code });
    expect(await h.files()).toEqual(files);
    expect(dealValue(h.engine)).toEqual(answer);
  });
});

describe("adding by file", () => {
  it("adds a plain-text article under an id from its file name, stamped with when it was added", async () => {
    await mkdir(path.join(h.dir, "incoming"));
    const source = path.join(h.dir, "incoming", "Harbour Street story.txt");
    await writeFile(source, FORTY_FIVE_BILLION.paragraphs.filter((p) => !p.startsWith("## ")).join("\n"));
    const outcome = await h.adder.addFile(source);
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.article.meta).toEqual({ id: "harbour-street-story", added: ADDED_AT.toISOString() });
    expect(outcome.file).toBe(path.join(h.dir, `${outcome.article.meta.id}.md`));
    expect(await readFile(outcome.file, "utf8")).toContain(`---\n${await readFile(source, "utf8")}`);
    expect(dealValue(h.engine).values).toContainEqual({
      value: "$45 billion",
      articleIds: [outcome.article.meta.id],
    });
  });

  it("refuses a file with bad front matter and says which field is wrong", async () => {
    await mkdir(path.join(h.dir, "incoming"));
    const source = path.join(h.dir, "incoming", "bad.md");
    await writeFile(
      source,
      "---\nid: ok-id\npublished: last tuesday\n---\nThe deal is worth $45 billion, people said.\n",
    );
    const files = await h.files();
    const outcome = await h.adder.addFile(source);
    expect(outcome).toMatchObject({ ok: false, code: "invalid" });
    expect(!outcome.ok && outcome.error).toContain("published");
    expect(await h.files()).toEqual(files);
  });

  it("extracts a saved HTML page, taking its address from the page's canonical link", async () => {
    await mkdir(path.join(h.dir, "incoming"));
    const source = path.join(h.dir, "incoming", "saved page.html");
    await writeFile(source, articleHtml(FORTY_FIVE_BILLION, "https://hsj.example/news/pact"));
    const outcome = await h.adder.addFile(source);
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.article.meta).toMatchObject({
      url: "https://hsj.example/news/pact",
      publisher: "Harbour Street Journal",
    });
    expect(outcome.article.text).not.toContain("Reader42");
  });

  it("refuses an article longer than MAX_ARTICLE_CHARS, writing nothing", async () => {
    await mkdir(path.join(h.dir, "incoming"));
    const source = path.join(h.dir, "incoming", "endless.txt");
    const paragraph =
      "The widget maker said on Monday that its depot tally rose to nine units in the quarter.";
    await writeFile(source, Array.from({ length: 1_200 }, (_, i) => `${paragraph} Line ${i}.`).join("\n"));
    const files = await h.files();
    const outcome = await h.adder.addFile(source);
    expect(outcome).toMatchObject({ ok: false, code: "invalid" });
    expect(!outcome.ok && outcome.error).toContain(`at most ${MAX_ARTICLE_CHARS}`);
    expect(await h.files()).toEqual(files);
  });

  it("reports a copy of a seed file as a duplicate", async () => {
    const outcome = await h.adder.addFile(path.join(h.dir, "004_f6b62743335d7553.md"));
    expect(outcome).toMatchObject({ ok: false, code: "duplicate" });
  });
});
