/**
 * Two Discord bot replicas on one store: the real discord.js clients, each against its own fake Discord
 * (so the test picks which replica a delivery reaches), sharing a SQLite file or a PostgreSQL database.
 * A button rendered by one works when clicked on the other, a reply to one's answer is a follow-up on the
 * other, and an interaction delivered to both is answered once.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type DiscordBot, startDiscord } from "../../adapters/discord/start.js";
import { parseConfig } from "../../src/config.js";
import { createCore } from "../../src/core.js";
import { createLogger } from "../../src/logger.js";
import type { Stores } from "../../src/store/open-store.js";
import { createFakeEngine } from "../fixtures/fake-engine.js";
import { type OpenedBackend, storeBackends } from "../store/backends.js";
import {
  APP_ID,
  BOT_ID,
  buttonClick,
  type FakeDiscord,
  messageCreate,
  type RecordedCall,
  slashCommand,
  startFakeDiscord,
  TOKEN,
  USER_ID,
  user,
} from "./fake-discord.js";

const bot_ = user(BOT_ID, "deal-bot", true);

interface Replica {
  fake: FakeDiscord;
  bot: DiscordBot;
  engine: ReturnType<typeof createFakeEngine>;
}

async function startReplica(stores: Stores): Promise<Replica> {
  const fake = await startFakeDiscord();
  const parsed = parseConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_API_URL: fake.api,
  });
  if (!parsed.ok) throw new Error(parsed.error);
  const engine = createFakeEngine();
  const core = createCore({ engine, rateLimitPerMinute: 100 });
  const bot = await startDiscord({ core, config: parsed.config, logger: createLogger("silent"), stores });
  return { fake, bot, engine };
}

async function slash(r: Replica, payload: ReturnType<typeof slashCommand>): Promise<RecordedCall> {
  const since = r.fake.calls.length;
  r.fake.dispatch("INTERACTION_CREATE", payload);
  return r.fake.waitForCall((c) => c.method === "PATCH" && c.path.includes(payload.token), since);
}

async function click(r: Replica, customId: string, onMessage: unknown): Promise<RecordedCall> {
  const since = r.fake.calls.length;
  r.fake.dispatch("INTERACTION_CREATE", buttonClick(customId, onMessage));
  return r.fake.waitForCall((c) => c.path.endsWith("/callback") && c.body?.type === 4, since);
}

async function ask(r: Replica, payload: ReturnType<typeof messageCreate>): Promise<RecordedCall> {
  const since = r.fake.calls.length;
  r.fake.dispatch("MESSAGE_CREATE", payload);
  return r.fake.waitForCall(
    (c) =>
      c.method === "POST" &&
      c.path === `/channels/${payload.channel_id}/messages` &&
      c.body.message_reference?.message_id === payload.id,
    since,
  );
}

describe.each(storeBackends)("two Discord replicas on $name", (backend) => {
  let opened: OpenedBackend;
  let a: Replica;
  let b: Replica;

  beforeAll(async () => {
    opened = await backend.open();
    [a, b] = await Promise.all([startReplica(opened.stores), startReplica(await opened.reopen())]);
  });
  afterAll(async () => {
    for (const r of [a, b]) {
      await r?.bot.stop();
      await r?.fake.close();
    }
    await opened?.cleanup();
  });

  it("runs Share in channel and More sources rendered by one replica when clicked on the other", async () => {
    const edit = await slash(a, slashCommand("ask", { question: "how much is the deal worth?" }));
    const [shareId, moreId] = [0, 1].map((i) => edit.body.components[0].components[i].custom_id as string);

    const shared = await click(b, shareId!, edit.response);
    expect(shared.body.data.content).toBe(`<@${USER_ID}> asked: how much is the deal worth?`);
    expect(shared.body.data.embeds).toEqual(edit.body.embeds);
    const more = await click(b, moreId!, edit.response);
    expect(more.body.data.flags).toBe(64);
    expect(more.body.data.content ?? "").not.toContain("expired");
    expect(more.body.data.embeds[0].fields.length).toBeGreaterThan(0);
    // b never answered the question itself: the answer came from the store.
    expect(b.engine.asked).not.toContain("how much is the deal worth?");
  });

  it("reads a reply on one replica as a follow-up to the answer the other gave", async () => {
    const first = await ask(
      a,
      messageCreate({ content: `<@${BOT_ID}> how much is the deal worth?`, mentions: [bot_] }),
    );
    // The answer's id is known once Discord has it, so a records it just after sending: a person's reply
    // comes seconds later, the test's within a millisecond.
    const key = `discord:${first.response.id}`;
    await vi.waitFor(async () =>
      expect(await opened.stores.conversations.get(key, new Date())).toBeDefined(),
    );
    await ask(
      b,
      messageCreate({ content: "and for how many years?", replyTo: { id: first.response.id, author: bot_ } }),
    );
    expect(b.engine.asked.at(-1)).toBe("and for how many years? | after: how much is the deal worth?");
  });

  it("answers an interaction delivered to both replicas once", async () => {
    const payload = slashCommand("value");
    const callbacks = () =>
      [a, b].flatMap((r) => r.fake.calls).filter((c) => c.path.includes(`/interactions/${payload.id}/`));
    const sinceA = a.fake.calls.length;
    const sinceB = b.fake.calls.length;
    a.fake.dispatch("INTERACTION_CREATE", payload);
    b.fake.dispatch("INTERACTION_CREATE", payload);
    await Promise.race([
      a.fake.waitForCall((c) => c.path.includes(payload.token) && c.method === "PATCH", sinceA),
      b.fake.waitForCall((c) => c.path.includes(payload.token) && c.method === "PATCH", sinceB),
    ]);
    // A later interaction on each replica is answered, so the duplicate would have been too by now.
    await Promise.all([slash(a, slashCommand("value")), slash(b, slashCommand("value"))]);
    expect(callbacks()).toHaveLength(1);
  });
});
