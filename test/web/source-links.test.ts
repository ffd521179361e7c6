/**
 * Links and pages agree: every quote the real engine links to the bot's own page (articles without an
 * address) lands on an element of that page holding exactly the quoted sentence.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answer/engine.js";
import { loadEngine } from "../../src/bootstrap.js";
import { createLogger } from "../../src/logger.js";
import type { Quote } from "../../src/types.js";
import { escapeHtml } from "../../src/web/escape-html.js";
import { createHttpServer, type HttpServer } from "../../src/web/http-server.js";
import { AI_BANNER_TEXT } from "../../src/web/source-page.js";

/** The engine is built before the port is known, so links use this base and are re-pointed in the test. */
const PUBLIC = "http://deal-bot.test";
const QUESTIONS = [
  "how much is the deal worth?",
  "which chips are in the deal?",
  "when will the capacity be deployed?",
  "how long is the agreement?",
  "who said what about the deal?",
];

let engine: Engine;
let server: HttpServer;
let base: string;

beforeAll(async () => {
  const loaded = await loadEngine({ seedsDir: "seeds", publicBaseUrl: PUBLIC });
  if (!loaded.ok) throw new Error(loaded.error);
  engine = loaded.engine;
  server = createHttpServer({ engine, logger: createLogger("silent") });
  base = `http://127.0.0.1:${await server.listen(0, "127.0.0.1")}`;
});

afterAll(async () => {
  await server?.close();
});

function ownPageQuotes(): Quote[] {
  const quotes = QUESTIONS.flatMap((q) => {
    const result = engine.answer(q);
    return [...result.quotes, ...result.conflicts.flatMap((c) => c.values.flatMap((v) => v.quotes))];
  });
  return quotes.filter((q) => q.url?.startsWith(`${PUBLIC}/sources/`));
}

describe("own source pages for the real seeds", () => {
  it("serve every article the engine lists", async () => {
    for (const article of engine.articles()) {
      const res = await fetch(`${base}/sources/${article.meta.id}`);
      expect(res.status, article.meta.id).toBe(200);
    }
  });

  it("hold each linked quote in the element its link points at", async () => {
    const quotes = ownPageQuotes();
    // Two seeds have no address of their own, and they answer these questions.
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      const url = new URL(quote.url!.replace(PUBLIC, base));
      const html = await (await fetch(url)).text();
      const id = url.hash.slice(1);
      const element = new RegExp(`id="${id}">([^<]*)</`).exec(html);
      expect(element?.[1], quote.url).toBeDefined();
      // A quote over 400 characters is clipped with an ellipsis; it still starts the passage.
      const text = quote.text.replace(/…$/, "");
      expect(element?.[1]?.startsWith(escapeHtml(text)), `${quote.url}: ${quote.text}`).toBe(true);
    }
  });

  it("show the AI banner exactly on the articles whose publisher says so", async () => {
    const flagged: string[] = [];
    for (const article of engine.articles()) {
      const html = await (await fetch(`${base}/sources/${article.meta.id}`)).text();
      if (html.includes(escapeHtml(AI_BANNER_TEXT))) flagged.push(article.meta.id);
    }
    // Nishadil's article carries the disclaimer; no other seed does.
    expect(flagged).toEqual(["004_f6b62743335d7553"]);
  });
});
