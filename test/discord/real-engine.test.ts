/**
 * One end-to-end pass with the real engine on seeds/: the fake Discord receives real answers as embeds.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embedsLength, LIMITS } from "../../adapters/discord/limits.js";
import { COLORS } from "../../adapters/discord/render.js";
import type { DiscordBot } from "../../adapters/discord/start.js";
import { loadEngine } from "../../src/bootstrap.js";
import { createCore } from "../../src/core.js";
import {
  BOT_ID,
  CHANNEL_ID,
  type FakeDiscord,
  messageCreate,
  slashCommand,
  startFakeDiscord,
  user,
} from "./fake-discord.js";
import { startDiscordOnFake } from "./start-on-fake.js";

let fake: FakeDiscord;
let bot: DiscordBot;

beforeAll(async () => {
  fake = await startFakeDiscord();
  const loaded = await loadEngine({ seedsDir: "seeds", publicBaseUrl: "http://localhost:3000" });
  if (!loaded.ok) throw new Error(loaded.error);
  const core = createCore({ engine: loaded.engine });
  bot = await startDiscordOnFake(fake, core);
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe("the Discord bot on the real articles", () => {
  it("answers a mention about the deal value with the quote, sources and the $3.8 billion conflict", async () => {
    const since = fake.calls.length;
    const message = messageCreate({
      content: `<@${BOT_ID}> how much is the deal worth?`,
      mentions: [user(BOT_ID, "deal-bot", true)],
    });
    fake.dispatch("MESSAGE_CREATE", message);
    const reply = await fake.waitForCall(
      (c) =>
        c.path === `/channels/${CHANNEL_ID}/messages` && c.body?.message_reference?.message_id === message.id,
      since,
    );
    const [answer, conflict] = reply.body.embeds;
    expect(answer.title).toBe("$38 billion");
    expect(answer.description).toMatch(/^> .*\$38 billion/);
    expect(answer.fields.length).toBeGreaterThan(0);
    expect(answer.footer.text).toMatch(/^\d+ of \d+ sources agree/);
    expect(conflict).toMatchObject({ color: COLORS.warning });
    expect(conflict.description).toContain("$3.8 billion");
    expect(embedsLength(reply.body.embeds)).toBeLessThanOrEqual(LIMITS.total);
  });

  it("answers /deal market ephemerally", async () => {
    const since = fake.calls.length;
    fake.dispatch("INTERACTION_CREATE", slashCommand("market"));
    const edit = await fake.waitForCall((c) => c.method === "PATCH", since);
    // What the engine picks is tested in test/answer/; here: it arrives as a quoted, sourced answer.
    expect(edit.body.embeds[0]).toMatchObject({
      color: COLORS.answer,
      description: expect.stringMatching(/^> /),
    });
    expect(edit.body.embeds[0].title.length).toBeGreaterThan(0);
    const defer = fake.calls.slice(since).find((c) => c.path.endsWith("/callback"));
    expect(defer?.body).toEqual({ type: 5, data: { flags: 64 } });
  });
});
