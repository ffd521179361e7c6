/**
 * `/deal add` on Discord end to end: the real discord.js client against the fake Discord, the real ingest
 * service and adder, and a loopback news site. Discord users wrap addresses in `<…>` (no preview) or write
 * masked links `[word](address)`; both reach the adder as the bare address.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DiscordBot } from "../../adapters/discord/start.js";
import { createCore } from "../../src/core.js";
import { createIngestService } from "../../src/ingest/ingest-service.js";
import { createLogger } from "../../src/logger.js";
import { type Harness, harness, PUBLIC_BASE_URL } from "../ingest/fixtures/ingest-harness.js";
import { type NewsSite, startNewsSite } from "../ingest/fixtures/news-site.js";
import type { RecordedCall } from "./fake-discord.js";
import {
  BOT_ID,
  type FakeDiscord,
  messageCreate,
  slashCommand,
  startFakeDiscord,
  user,
} from "./fake-discord.js";
import { startDiscordOnFake } from "./start-on-fake.js";

let fake: FakeDiscord;
let bot: DiscordBot;
let site: NewsSite;
let ingest: Harness;

/** 20,000 nested <div>s around one paragraph (220 KB): Readability alone would take 40 s and overflow. */
const NESTED = `<html><head><title>Nested</title></head><body>${"<div>".repeat(20_000)}<p>${"The widget tally rose to nine units at the depot. ".repeat(20)}</p>${"</div>".repeat(20_000)}</body></html>`;

/** About 2 MB of ordinary article markup: seconds of linkedom and Readability work. */
const HEAVY = `<html><head><title>Heavy</title></head><body><article>${`<div class="row"><span>Update</span><p>${"The widget tally rose to nine units at the depot, the operator said on Tuesday. ".repeat(4)}</p></div>`.repeat(5_500)}</article></body></html>`;

beforeAll(async () => {
  site = await startNewsSite({
    "/nested": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(NESTED);
    },
    "/heavy": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(HEAVY);
    },
  });
  ingest = await harness();
  fake = await startFakeDiscord();
  const service = createIngestService({
    engine: ingest.engine,
    adder: ingest.adder,
    allowedUsers: ["*"],
    publicBaseUrl: PUBLIC_BASE_URL,
    logger: createLogger("silent"),
  });
  const core = createCore({ engine: ingest.engine, ingest: service, rateLimitPerMinute: 100 });
  bot = await startDiscordOnFake(fake, core);
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  await site?.close();
  await ingest?.remove();
});

const added = () => ingest.engine.articles().map((a) => a.meta.url);

describe("/deal add on Discord", () => {
  it("adds a masked link [word](address) sent in a mention", async () => {
    const url = `${site.baseUrl}/news/openai-widens-amazon-pact`;
    const payload = messageCreate({
      content: `<@${BOT_ID}> add [this story](${url})`,
      mentions: [user(BOT_ID, "deal-bot", true)],
    });
    const since = fake.calls.length;
    fake.dispatch("MESSAGE_CREATE", payload);
    const reply = await fake.waitForCall(
      (c) => c.method === "POST" && c.path === `/channels/${payload.channel_id}/messages`,
      since,
    );
    expect(JSON.stringify(reply.body)).not.toContain("not a web address");
    expect(added()).toContain(url);
  });

  it("adds an address wrapped in <…> given as the slash command's option", async () => {
    const url = `${site.baseUrl}/feed-items/chip-supply`;
    const payload = slashCommand("add", { url: `<${url}>` });
    const since = fake.calls.length;
    fake.dispatch("INTERACTION_CREATE", payload);
    await fake.waitForCall((c) => c.method === "PATCH" && c.path.includes(payload.token), since);
    expect(added()).toContain(url);
  });

  it("replies within the fetch deadline, saying nothing was added, when the page's gzip body never ends", async () => {
    ingest.fetchOptions.timeoutMs = 300;
    try {
      const url = `${site.baseUrl}/endless.gz`;
      const articles = ingest.engine.articles().length;
      const payload = slashCommand("add", { url });
      const since = fake.calls.length;
      const started = performance.now();
      fake.dispatch("INTERACTION_CREATE", payload);
      const reply = await fake.waitForCall(
        (c) => c.method === "PATCH" && c.path.includes(payload.token),
        since,
      );
      expect(performance.now() - started).toBeLessThan(3_000);
      const body = JSON.stringify(reply.body);
      expect(body).toContain("Could not add the article");
      expect(body).toContain("did not answer within 300 ms");
      expect(ingest.engine.articles()).toHaveLength(articles);
    } finally {
      ingest.fetchOptions.timeoutMs = 2_000;
    }
  });

  it.each([
    ["20,000 nested elements", "/nested", "nest more than 256 levels deep"],
    ["2 MB of markup", "/heavy", "an added article holds at most 100000"],
  ])(
    "answers a question while a page of %s is being added",
    async (_what, path, refusal) => {
      ingest.fetchOptions.maxBytes = 3_000_000;
      // The longest the event loop was held, in nanoseconds.
      const loopDelay = monitorEventLoopDelay({ resolution: 10 });
      loopDelay.enable();
      try {
        const since = fake.calls.length;
        const add = slashCommand("add", { url: `${site.baseUrl}${path}` });
        fake.dispatch("INTERACTION_CREATE", add);
        const question = messageCreate({
          content: `<@${BOT_ID}> how much is the deal worth?`,
          mentions: [user(BOT_ID, "deal-bot", true)],
        });
        fake.dispatch("MESSAGE_CREATE", question);
        const replyTo = (c: RecordedCall) =>
          c.method === "POST" &&
          c.path === `/channels/${question.channel_id}/messages` &&
          (c.body as { message_reference?: { message_id?: string } })?.message_reference?.message_id ===
            question.id;
        const answer = await fake.waitForCall(replyTo, since);
        expect(JSON.stringify(answer.body)).toContain("billion");
        // The add's own reply may take longer than waitForCall's 5 s: the page is read within its deadline.
        const addReply = () =>
          fake.calls.slice(since).find((c) => c.method === "PATCH" && c.path.includes(add.token));
        while (!addReply()) await new Promise((resolve) => setTimeout(resolve, 50));
        // On a loaded machine the page may outlast the reading deadline first: refused clearly either way.
        expect(JSON.stringify(addReply()?.body)).toMatch(
          new RegExp(`${refusal}|took longer than \\d+ s to read`),
        );
        // The bot's thread never stopped for the page: every other user is answered as usual.
        expect(loopDelay.max / 1e6).toBeLessThan(1_000);
      } finally {
        loopDelay.disable();
        ingest.fetchOptions.maxBytes = 200_000;
      }
    },
    60_000,
  );
});
