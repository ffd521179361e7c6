/**
 * `/deal add` on Discord end to end: the real discord.js client against the fake Discord, the real ingest
 * service and adder, and a loopback news site. Discord users wrap addresses in `<…>` (no preview) or write
 * masked links `[word](address)`; both reach the adder as the bare address.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DiscordBot } from "../../adapters/discord/start.js";
import { createCore } from "../../src/core.js";
import { createIngestService } from "../../src/ingest/ingest-service.js";
import { createLogger } from "../../src/logger.js";
import { type Harness, harness, PUBLIC_BASE_URL } from "../ingest/fixtures/ingest-harness.js";
import { type NewsSite, startNewsSite } from "../ingest/fixtures/news-site.js";
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

beforeAll(async () => {
  site = await startNewsSite();
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
});
