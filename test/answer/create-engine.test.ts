import { beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/create-engine.js";
import { loadArticles } from "../../src/corpus/load-articles.js";
import type { Article } from "../../src/types.js";
import { article } from "./support.js";

const BASE = "http://localhost:3000";
const AI_ID = "004_f6b62743335d7553";
const NO_URL_ID = "001_d560d490478c0a15";

let seeds: Article[];
beforeAll(async () => {
  const loaded = await loadArticles("seeds");
  if (!loaded.ok) throw new Error(loaded.error);
  seeds = loaded.articles;
});

const fresh = () => createEngine(seeds, { publicBaseUrl: BASE });

const newSource = article(
  "fresh_report",
  "OpenAI and Amazon signed a cloud deal worth $45 billion, according to a new filing.\nThe filing gives few other details.",
  { title: "A new filing", publisher: "Example News" },
);

const dealValue = (engine: ReturnType<typeof fresh>) => {
  const result = engine.answer("how much is the deal worth?");
  const values = result.conflicts.flatMap((c) => c.values.map((v) => v.value));
  return { result, values };
};

describe("createEngine: sources", () => {
  it("lists the articles it was built from, in the order given", () => {
    expect(
      fresh()
        .articles()
        .map((a) => a.meta.id),
    ).toEqual(seeds.map((a) => a.meta.id));
  });

  it("describes a source by its front matter and AI flag", () => {
    const engine = fresh();
    expect(engine.source(AI_ID)).toEqual({
      articleId: AI_ID,
      title: "A Cloud Giant Rises: OpenAI's $3.8 Billion Bet on Amazon Web Services",
      publisher: "Nishadil",
      published: "2025-11-04",
      articleUrl: expect.stringMatching(/^https:\/\/nishadil\.com\//),
      aiGenerated: true,
    });
    expect(engine.source("nope")).toBeUndefined();
  });

  it("lists a source with its own address, or the bot's page when it has none, and its passage count", () => {
    const engine = fresh();
    const withUrl = engine.listing(AI_ID);
    expect(withUrl?.url).toBe(engine.source(AI_ID)?.articleUrl);
    const withoutUrl = engine.listing(NO_URL_ID);
    expect(withoutUrl?.url).toBe(`${BASE}/sources/${NO_URL_ID}`);
    expect(withoutUrl?.passages).toBe(seeds.find((a) => a.meta.id === NO_URL_ID)!.passages.length);
    expect(engine.listing("nope")).toBeUndefined();
  });
});

describe("createEngine: adding and removing articles", () => {
  it("reports a conflict naming a new source's $45 billion, with 4 of 6 agreeing", () => {
    const engine = fresh();
    engine.upsert(newSource);
    const { result, values } = dealValue(engine);
    expect(result.answer).toBe("$38 billion");
    expect(result.agreement).toEqual({ sources: 4, of: 6 });
    expect(values).toEqual(expect.arrayContaining(["$38 billion", "$3.8 billion", "$45 billion"]));
    const side = result.conflicts[0]!.values.find((v) => v.value === "$45 billion");
    expect(side?.articleIds).toEqual(["fresh_report"]);
    expect(side?.quotes[0]?.url).toBe(`${BASE}/sources/fresh_report#p-0`);
  });

  it("restores the original answer when the new source is removed", () => {
    const engine = fresh();
    const before = dealValue(engine);
    engine.upsert(newSource);
    expect(engine.remove("fresh_report")).toBe(true);
    const after = dealValue(engine);
    expect(after.result.agreement).toEqual({ sources: 4, of: 5 });
    expect(after.values).not.toContain("$45 billion");
    expect(after.result).toEqual(before.result);
    expect(engine.source("fresh_report")).toBeUndefined();
  });

  it("replaces an article with the same id instead of adding a second one", () => {
    const engine = fresh();
    const corrected = article(
      AI_ID,
      "OpenAI signed a $38 billion deal with Amazon Web Services for AI computing.",
      {
        title: "Corrected",
      },
    );
    const order = engine.articles().map((a) => a.meta.id);
    engine.upsert(corrected);
    // Replaced in place: same count, same order.
    expect(engine.articles().map((a) => a.meta.id)).toEqual(order);
    expect(engine.source(AI_ID)?.title).toBe("Corrected");
    const { result, values } = dealValue(engine);
    // The old text's $3.8 billion is gone with it; the corrected text now agrees.
    expect(values).not.toContain("$3.8 billion");
    expect(result.conflicts).toEqual([]);
    expect(result.agreement).toEqual({ sources: 5, of: 5 });
  });

  it("returns false when removing an id it does not hold, and on a second removal", () => {
    const engine = fresh();
    expect(engine.remove("nope")).toBe(false);
    expect(engine.remove(AI_ID)).toBe(true);
    expect(engine.remove(AI_ID)).toBe(false);
    expect(engine.articles()).toHaveLength(4);
    expect(dealValue(engine).result.conflicts).toEqual([]);
  });

  it("answers from a single article added to an empty engine, and says when it has none", () => {
    const engine = createEngine([], { publicBaseUrl: BASE });
    const empty = engine.answer("how much is the deal worth?");
    expect(empty.status).toBe("no_answer");
    engine.upsert(newSource);
    const result = engine.answer("how much is the deal worth?");
    expect(result).toMatchObject({
      status: "answered",
      answer: "$45 billion",
      agreement: { sources: 1, of: 1 },
    });
  });
});

describe("createEngine: quotes", () => {
  it("cuts a passage longer than 400 characters at a word, marking the cut", () => {
    // The splitter keeps passages shorter than this; the engine still guards the contract's limit.
    const text = `The deal is worth $38 billion, ${"and it covers a great many data centres across regions ".repeat(9)}in total.`;
    expect(text.length).toBeGreaterThan(400);
    const long: Article = {
      meta: { id: "long_one" },
      text,
      aiGenerated: false,
      passages: [{ id: "long_one:0", articleId: "long_one", index: 0, kind: "sentence", text, paragraph: 0 }],
    };
    const engine = createEngine([long], { publicBaseUrl: BASE });
    const quote = engine.answer("how much is the deal worth?").quotes[0]!;
    expect(quote.text.length).toBeLessThanOrEqual(400);
    expect(quote.text.endsWith("…")).toBe(true);
    const kept = quote.text.slice(0, -1);
    expect(text.startsWith(kept)).toBe(true);
    // Cut between words, not inside one.
    expect(text[kept.length]).toBe(" ");
  });
});
