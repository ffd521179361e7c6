/**
 * The five seed articles as the bot loads them: front matter only where known, text as published, and the
 * cleaning rules visible in the result.
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/corpus/front-matter.js";
import { loadArticles } from "../../src/corpus/load-articles.js";
import type { Article } from "../../src/types.js";

const SEEDS = "seeds";
// The raw articles as collected, beside the project (absent on a fresh clone elsewhere: that check is skipped).
const RAW = "../shared/seeds";
let articles: Article[];
const byId = (prefix: string): Article => {
  const found = articles.find((a) => a.meta.id.startsWith(prefix));
  if (!found) throw new Error(`no seed article ${prefix}`);
  return found;
};
const quotable = (a: Article): string[] => a.passages.filter((p) => p.kind !== "heading").map((p) => p.text);

beforeAll(async () => {
  const result = await loadArticles(SEEDS);
  if (!result.ok) throw new Error(result.error);
  expect(result.errors).toEqual([]);
  articles = result.articles;
});

describe("the seed articles", () => {
  it("all five load, each with its file name as id", () => {
    expect(articles.map((a) => a.meta.id)).toEqual([
      "000_b87e36a32958507a",
      "001_d560d490478c0a15",
      "002_175ed4c7cfe941a3",
      "003_887da713244190c2",
      "004_f6b62743335d7553",
    ]);
  });

  it.skipIf(!existsSync(RAW))("hold the text exactly as published below the front matter", async () => {
    for (const name of (await readdir(RAW)).filter((n) => n.endsWith(".txt"))) {
      const file = await readFile(`${SEEDS}/${name.replace(/\.txt$/, ".md")}`, "utf8");
      const split = splitFrontMatter(file);
      expect(split.ok && split.body).toBe(await readFile(`${RAW}/${name}`, "utf8"));
    }
  });

  it("carry only the facts the seeds README knows", () => {
    expect(Object.keys(byId("001").meta)).toEqual(["id"]);
    expect(Object.keys(byId("002").meta)).toEqual(["id"]);
    expect(byId("000").meta).not.toHaveProperty("published");
    expect(byId("003").meta).toMatchObject({ publisher: "makhanamornings.in", published: "2025-11-04" });
    expect(byId("004").meta).toMatchObject({ publisher: "Nishadil", published: "2025-11-04" });
  });

  it("flag only 004 as AI-generated, and drop its disclaimer from the text", () => {
    expect(articles.filter((a) => a.aiGenerated).map((a) => a.meta.id)).toEqual(["004_f6b62743335d7553"]);
    expect(byId("004").text).not.toMatch(/Disclaimer|generated in part/);
  });

  it("read 004's first line as its title heading, and leave no furniture", () => {
    const first = byId("004").passages[0];
    expect(first).toMatchObject({ kind: "heading", text: expect.stringMatching(/^A Cloud Giant Rises/) });
    for (const a of articles) {
      expect(a.text).not.toMatch(
        /Share- |\d+ (Comments|Views)|minutes read|Click Here|Leave your thoughts|November 04, 2025/,
      );
    }
  });

  it("contain no typesetting artefacts or curly apostrophes", () => {
    for (const a of articles) expect(a.text).not.toMatch(/\$\d[\d.]*\$|\\%|GB\$|\p{L}[‘’]\p{L}/u);
    expect(byId("001").text).toContain("This partnership is valued at $38 billion.");
    expect(byId("001").text).toContain("NVIDIA's advanced GB200 and GB300 accelerators");
    expect(byId("001").text).toContain("Amazon shares jumped 5% following the news.");
    expect(byId("001").text).toContain("to develop 30 gigawatts");
  });

  it("drop the chat assistant's offer at the end of 002", () => {
    for (const a of articles)
      for (const text of quotable(a)) expect(text).not.toMatch(/If you'd like|in Hindi/);
    expect(byId("002").text.endsWith("it can take significant steps to become “no longer lagging.”")).toBe(
      true,
    );
  });

  it("unglue the site keyword from 001's headings and last paragraph", () => {
    const headings = byId("001")
      .passages.filter((p) => p.kind === "heading")
      .map((p) => p.text);
    expect(headings).toContain("A Strategic Pivot: Ending Exclusive Cloud Reliance");
    expect(headings).toContain("The Insatiable Appetite for Compute");
    expect(byId("001").text.endsWith("multi-cloud infrastructure.")).toBe(true);
  });

  it("keep section headings as headings, never as sentences", () => {
    const headings = (prefix: string): string[] =>
      byId(prefix)
        .passages.filter((p) => p.kind === "heading")
        .map((p) => p.text);
    expect(headings("003")).toEqual(["Breakdown", "Why This Matters", "The Big Picture", "The Crunch"]);
    expect(headings("000")).toContain("Implications for India's Tech Ecosystem");
    for (const a of articles)
      for (const text of quotable(a)) expect(text).not.toMatch(/^(Breakdown|Why This Matters)$/);
  });

  it("split into quotable passages of at most 400 characters that stand verbatim in the text", () => {
    for (const a of articles) {
      for (const p of a.passages) {
        expect(a.text).toContain(p.text);
        expect(p.text.length).toBeLessThanOrEqual(400);
      }
    }
  });

  it("keep 001's list items as list items, split into sentences", () => {
    const items = byId("001")
      .passages.filter((p) => p.kind === "list-item")
      .map((p) => p.text);
    expect(items).toContain("He stated that “Scaling frontier AI requires massive, reliable compute.”");
    expect(items).toContain(
      "All planned capacity is targeted to be fully operational before the end of 2026.",
    );
  });

  it("keep 'U.S. homes' inside its sentence", () => {
    expect(quotable(byId("003"))).toContain(
      "Open AI Chief Executive Sam Altman has outlined plans to spend about $1.4 trillion on developing 30 gigawatts of computing capacity, enough to power 25 million U.S. homes.",
    );
  });
});
