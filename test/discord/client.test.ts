/**
 * The Discord bot end to end: the real discord.js Client, started by `startDiscord`, against a local fake
 * Discord (REST + JSON gateway). Events arrive as gateway dispatches; assertions are on the REST calls.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ERROR_TEXT } from "../../adapters/discord/deps.js";
import { COLORS } from "../../adapters/discord/render.js";
import type { DiscordBot } from "../../adapters/discord/start.js";
import type { Reply } from "../../src/commands/reply.js";
import { createCore } from "../../src/core.js";
import { createLogger } from "../../src/logger.js";
import { createFakeEngine } from "../fixtures/fake-engine.js";
import { digestReply } from "../fixtures/replies.js";
import {
  APP_ID,
  BOT_ID,
  BOT_ROLE_ID,
  buttonClick,
  CHANNEL_ID,
  DM_CHANNEL_ID,
  type FakeDiscord,
  GUILD_ID,
  messageCreate,
  OTHER_BOT_ID,
  type RecordedCall,
  slashCommand,
  startFakeDiscord,
  THREAD_ID,
  TOKEN,
  USER_ID,
  user,
} from "./fake-discord.js";
import { startDiscordOnFake } from "./start-on-fake.js";

const RATE_LIMIT = 5;
const bot_ = user(BOT_ID, "deal-bot", true);

let fake: FakeDiscord;
let bot: DiscordBot;
let engine: ReturnType<typeof createFakeEngine>;
let clock = Date.parse("2025-11-05T09:00:00Z");
const logLines: string[] = [];

beforeAll(async () => {
  fake = await startFakeDiscord();
  engine = createFakeEngine();
  const core = createCore({ engine, now: () => new Date(clock), rateLimitPerMinute: RATE_LIMIT });
  const sink = { write: (line: string) => logLines.push(line) } as unknown as NodeJS.WritableStream;
  // Debug, to see why a message is left unanswered.
  bot = await startDiscordOnFake(fake, core, { logger: createLogger("debug", sink) });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

// Every test starts with a fresh rate-limit window.
beforeEach(() => {
  clock += 120_000;
});

const sendsMessage = (c: RecordedCall) =>
  (c.method === "POST" && /^\/channels\/\d+\/messages$/.test(c.path)) ||
  (c.method === "PATCH" && c.path.endsWith("/messages/@original")) ||
  (c.method === "POST" && /^\/webhooks\//.test(c.path)) ||
  (c.method === "POST" && c.path.endsWith("/callback") && c.body?.type === 4);

/** The message body of a call, wherever the API puts it. */
const messageOf = (c: RecordedCall) => (c.path.endsWith("/callback") ? c.body.data : c.body);

const channelReply = (channelId: string, messageId?: string) => (c: RecordedCall) =>
  c.method === "POST" &&
  c.path === `/channels/${channelId}/messages` &&
  c.status === 200 &&
  (!messageId || c.body.message_reference?.message_id === messageId);

async function ask(payload: ReturnType<typeof messageCreate>): Promise<RecordedCall> {
  const since = fake.calls.length;
  fake.dispatch("MESSAGE_CREATE", payload);
  return fake.waitForCall(channelReply(payload.channel_id, payload.id), since);
}

async function slash(payload: ReturnType<typeof slashCommand>): Promise<RecordedCall> {
  const since = fake.calls.length;
  fake.dispatch("INTERACTION_CREATE", payload);
  return fake.waitForCall((c) => c.method === "PATCH" && c.path.includes(payload.token), since);
}

describe("a 100 KB article title", () => {
  it("lists sources within a second, the title cut and escaped", async () => {
    const title = `[Official](https://evil.example) ${"*_~`|>#-[](".repeat(9_000)}`;
    engine.upsert({
      meta: { id: "huge-title", title },
      text: "One sentence.",
      passages: [],
      aiGenerated: false,
    });
    const started = performance.now();
    const edit = await slash(slashCommand("sources"));
    expect(performance.now() - started).toBeLessThan(1_000);
    const description: string = edit.body.embeds[0].description;
    expect(description.length).toBeLessThanOrEqual(4096);
    expect(description).toContain("\\[Official\\](https\\://evil.example)");
  });
});

describe("login", () => {
  it("identifies with Guilds, GuildMessages, DirectMessages and MessageContent, and the token", () => {
    expect(fake.identifies).toEqual([{ token: TOKEN, intents: 37377, shard: [0, 1] }]);
  });
});

describe("/deal slash commands", () => {
  it("defers ephemerally, then edits in the answer with Share in channel and More sources buttons", async () => {
    const since = fake.calls.length;
    const payload = slashCommand("value");
    const edit = await slash(payload);

    const defer = fake.calls
      .slice(since)
      .find((c) => c.path === `/interactions/${payload.id}/${payload.token}/callback`);
    expect(defer?.body).toEqual({ type: 5, data: { flags: 64 } });
    // Interaction callbacks authenticate by their token, never with the bot token.
    expect(defer?.authorization).toBeUndefined();
    expect(edit.path).toBe(`/webhooks/${APP_ID}/${payload.token}/messages/@original`);
    expect(edit.body.embeds[0].title).toBe("$38 billion");
    expect(edit.body.embeds[1]).toMatchObject({
      title: "⚠️ Sources disagree about deal value",
      color: COLORS.warning,
    });
    const buttons = edit.body.components[0].components;
    expect(buttons.map((b: { label: string }) => b.label)).toEqual(["Share in channel", "More sources"]);
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it("answers ask with the question option", async () => {
    const edit = await slash(slashCommand("ask", { question: "how many years is it?" }));
    expect(edit.body.embeds[0]).toMatchObject({
      title: "seven years",
      author: { name: "how many years is it?" },
    });
    expect(engine.asked.at(-1)).toBe("how many years is it?");
  });

  it("shows help generated from the command table", async () => {
    const edit = await slash(slashCommand("help"));
    expect(edit.body.embeds[0].description).toContain("`/deal value` — What the deal is worth");
    expect(edit.body.embeds[0].description).toContain(
      "`/deal ask <question>` — Ask a question in your own words",
    );
    expect(edit.body.components).toEqual([]);
  });

  it("suggests the closest command for an unknown subcommand", async () => {
    const edit = await slash(slashCommand("markt"));
    expect(edit.body.embeds[0].description).toContain("Did you mean `/deal market`?");
  });

  it("works in a DM with the bot", async () => {
    const edit = await slash(slashCommand("value", {}, null));
    expect(edit.body.embeds[0].title).toBe("$38 billion");
  });
});

describe("buttons", () => {
  it("Share in channel posts the same answer publicly, attributed to the asker, and replies to it follow up", async () => {
    const edit = await slash(slashCommand("ask", { question: "how much is the deal worth? @everyone" }));
    const shareId = edit.body.components[0].components[0].custom_id as string;
    expect(shareId.length).toBeLessThanOrEqual(100);

    const since = fake.calls.length;
    fake.dispatch("INTERACTION_CREATE", buttonClick(shareId, edit.response));
    const shared = await fake.waitForCall((c) => c.path.endsWith("/callback") && c.body?.type === 4, since);
    expect(shared.query.get("with_response")).toBe("true");
    const data = shared.body.data;
    expect(data.flags ?? 0).toBe(0);
    expect(data.content).toBe(`<@${USER_ID}> asked: how much is the deal worth? \\@everyone`);
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(data.embeds).toEqual(edit.body.embeds);
    expect(data.components[0].components.map((b: { label: string }) => b.label)).toEqual(["More sources"]);

    const sharedMessageId = shared.response.resource.message.id;
    await ask(messageCreate({ content: "and who pays?", replyTo: { id: sharedMessageId, author: bot_ } }));
    expect(engine.asked.at(-1)).toBe("and who pays? | after: how much is the deal worth? @everyone");
  });

  it("More sources lists every quote behind the answer, ephemerally", async () => {
    const edit = await slash(slashCommand("value"));
    const moreId = edit.body.components[0].components[1].custom_id as string;
    const since = fake.calls.length;
    fake.dispatch("INTERACTION_CREATE", buttonClick(moreId, edit.response));
    const more = await fake.waitForCall((c) => c.path.endsWith("/callback") && c.body?.type === 4, since);
    expect(more.body.data.flags).toBe(64);
    const names = more.body.data.embeds[0].fields.map((f: { name: string }) => f.name);
    // Both quotes of the answer and the disagreeing source from the conflict.
    expect(names).toEqual([
      "1. article 001\\_d560d490478c0a15",
      "2. makhanamornings.in · 2025-11-04",
      "3. Nishadil · 2025-11-04",
    ]);
  });

  it("says an answer expired when its button outlived the bot's memory", async () => {
    const edit = await slash(slashCommand("value"));
    const since = fake.calls.length;
    fake.dispatch("INTERACTION_CREATE", buttonClick("deal:more:unknown", edit.response));
    const reply = await fake.waitForCall((c) => c.path.endsWith("/callback") && c.body?.type === 4, since);
    expect(reply.body.data).toMatchObject({ content: expect.stringContaining("ask again"), flags: 64 });
  });
});

describe("messages", () => {
  it("answers an @mention in a channel in reply, with a More sources button", async () => {
    const reply = await ask(
      messageCreate({ content: `<@${BOT_ID}> how much is the deal worth?`, mentions: [bot_] }),
    );
    expect(engine.asked.at(-1)).toBe("how much is the deal worth?");
    expect(reply.body.embeds[0].title).toBe("$38 billion");
    expect(reply.body.components[0].components.map((b: { label: string }) => b.label)).toEqual([
      "More sources",
    ]);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it("answers a DM without a mention", async () => {
    const reply = await ask(messageCreate({ content: "how many years?", guildId: null }));
    expect(reply.path).toBe(`/channels/${DM_CHANNEL_ID}/messages`);
    expect(reply.body.embeds[0].title).toBe("seven years");
  });

  it("treats a reply to one of its answers as a follow-up to the earlier question", async () => {
    const first = await ask(
      messageCreate({ content: `<@${BOT_ID}> how much is the deal worth?`, mentions: [bot_] }),
    );
    await ask(
      messageCreate({ content: "and for how many years?", replyTo: { id: first.response.id, author: bot_ } }),
    );
    expect(engine.asked.at(-1)).toBe("and for how many years? | after: how much is the deal worth?");
  });

  it("answers every message in a thread it started, following up on the last question there", async () => {
    await ask(messageCreate({ content: "how much is it worth?", channelId: THREAD_ID }));
    expect(engine.asked.at(-1)).toBe("how much is it worth?");
    await ask(messageCreate({ content: "how many years?", channelId: THREAD_ID }));
    expect(engine.asked.at(-1)).toBe("how many years? | after: how much is it worth?");
  });

  it("ignores other bots and itself, and messages that are not for it", async () => {
    const since = fake.calls.length;
    const fromBot = messageCreate({
      content: `<@${BOT_ID}> how much?`,
      mentions: [bot_],
      author: user(OTHER_BOT_ID, "other-bot", true),
    });
    const fromSelf = messageCreate({ content: `<@${BOT_ID}> how much?`, mentions: [bot_], author: bot_ });
    const unrelated = messageCreate({ content: "lunch anyone?" });
    fake.dispatch("MESSAGE_CREATE", fromBot);
    fake.dispatch("MESSAGE_CREATE", fromSelf);
    fake.dispatch("MESSAGE_CREATE", unrelated);
    // Dispatches are handled in order, so once this one is answered the earlier ones have been seen.
    await ask(messageCreate({ content: `<@${BOT_ID}> how many years?`, mentions: [bot_] }));
    const replies = fake.calls.slice(since).filter((c) => c.path === `/channels/${CHANNEL_ID}/messages`);
    expect(replies).toHaveLength(1);
    // Each is logged at debug with why, as on Slack.
    const reasons = logLines
      .map((l) => JSON.parse(l) as { level: number; msg: string; reason?: string; messageId?: string })
      .filter((l) => l.level === 20 && l.msg === "message not answered");
    const reasonFor = (id: string) => reasons.find((l) => l.messageId === id)?.reason;
    expect(reasonFor(fromBot.id)).toBe("sent by a bot");
    expect(reasonFor(fromSelf.id)).toBe("sent by the bot itself");
    expect(reasonFor(unrelated.id)).toMatch(/^not addressed to the bot/);
  });

  it("answers a mention of its own managed role, which Discord's @-autocomplete offers, like its own", async () => {
    const reply = await ask(
      messageCreate({
        content: `<@&${BOT_ROLE_ID}> how much is the deal worth?`,
        mentionRoles: [BOT_ROLE_ID],
      }),
    );
    expect(engine.asked.at(-1)).toBe("how much is the deal worth?");
    expect(reply.body.embeds[0].title).toBe("$38 billion");
  });

  it("does not take a mention of another role for its own", async () => {
    const since = fake.calls.length;
    // The guild's @everyone role has the guild's id.
    const other = messageCreate({ content: `<@&${GUILD_ID}> lunch?`, mentionRoles: [GUILD_ID] });
    fake.dispatch("MESSAGE_CREATE", other);
    await ask(messageCreate({ content: `<@${BOT_ID}> how many years?`, mentions: [bot_] }));
    const replies = fake.calls.slice(since).filter((c) => c.path === `/channels/${CHANNEL_ID}/messages`);
    expect(replies).toHaveLength(1);
  });

  it("sends the answer as a plain channel message where it may not read history (160002), and warns", async () => {
    fake.fail({
      method: "POST",
      path: new RegExp(`^/channels/${CHANNEL_ID}/messages$`),
      status: 403,
      body: { message: "Cannot reply without permission to read message history", code: 160002 },
      times: 1,
    });
    const since = fake.calls.length;
    const question = messageCreate({ content: `<@${BOT_ID}> how much is the deal worth?`, mentions: [bot_] });
    fake.dispatch("MESSAGE_CREATE", question);
    const plain = await fake.waitForCall(
      (c) => c.path === `/channels/${CHANNEL_ID}/messages` && c.status === 200 && !c.body.message_reference,
      since,
    );
    expect(plain.body.embeds[0].title).toBe("$38 billion");
    expect(plain.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const refused = fake.calls.slice(since).filter((c) => c.status === 403);
    expect(refused).toHaveLength(1);
    expect(refused[0]?.body.message_reference?.message_id).toBe(question.id);
    const warning = logLines.find((l) => l.includes("Read Message History") && l.includes(question.id));
    expect(warning && JSON.parse(warning).level).toBe(40);
    // Not an error: the person got the answer.
    expect(logLines.some((l) => l.includes("Discord message answer failed") && l.includes(question.id))).toBe(
      false,
    );
  });

  it("never lets a question ping: <@id>, @everyone and @here stay text", async () => {
    const reply = await ask(
      messageCreate({
        content: `<@${BOT_ID}> @everyone @here <@${USER_ID}> what is the interest rate?`,
        mentions: [bot_, user()],
      }),
    );
    expect(reply.body.embeds[0].author.name).toBe(`@everyone @here <@${USER_ID}> what is the interest rate?`);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it("replies politely once a user asks faster than the rate limit", async () => {
    const fast = user("1100000000000000077", "fast");
    for (let i = 0; i < RATE_LIMIT; i++) {
      const reply = await ask(
        messageCreate({ content: `<@${BOT_ID}> how many years?`, mentions: [bot_], author: fast }),
      );
      expect(reply.body.embeds[0].title).toBe("seven years");
    }
    const limited = await ask(
      messageCreate({ content: `<@${BOT_ID}> how many years?`, mentions: [bot_], author: fast }),
    );
    expect(limited.body.content).toMatch(/faster than I can keep up\. Please try again in \d+ s\./);
    expect(limited.body.embeds ?? []).toEqual([]);
  });

  it("rate-limits /deal too, with an ephemeral reply", async () => {
    for (let i = 0; i < RATE_LIMIT; i++) await slash(slashCommand("value"));
    const since = fake.calls.length;
    fake.dispatch("INTERACTION_CREATE", slashCommand("value"));
    const reply = await fake.waitForCall((c) => c.path.endsWith("/callback"), since);
    expect(reply.body).toMatchObject({
      type: 4,
      data: { flags: 64, content: expect.stringMatching(/try again/) },
    });
  });
});

describe("REST failures", () => {
  it("retries a 500 and delivers the answer", async () => {
    fake.fail({
      method: "POST",
      path: new RegExp(`^/channels/${CHANNEL_ID}/messages$`),
      status: 500,
      times: 1,
    });
    const since = fake.calls.length;
    const reply = await ask(messageCreate({ content: `<@${BOT_ID}> how many years?`, mentions: [bot_] }));
    expect(reply.body.embeds[0].title).toBe("seven years");
    const attempts = fake.calls.slice(since).filter((c) => c.path === `/channels/${CHANNEL_ID}/messages`);
    expect(attempts.map((c) => c.status)).toEqual([500, 200]);
    // Both attempts carry one nonce that Discord enforces, so a retry of a post that landed is not a second post.
    const [first, second] = attempts.map((c) => c.body);
    expect(first.nonce).toMatch(/^.{1,25}$/);
    expect(second.nonce).toBe(first.nonce);
    expect(second.enforce_nonce).toBe(true);
  });

  it("waits out a 429 and delivers the answer", async () => {
    fake.fail({
      method: "POST",
      path: new RegExp(`^/channels/${CHANNEL_ID}/messages$`),
      status: 429,
      times: 1,
      body: { message: "You are being rate limited.", retry_after: 0.05, global: false },
      headers: { "retry-after": "0.05", "x-ratelimit-scope": "user" },
    });
    const reply = await ask(messageCreate({ content: `<@${BOT_ID}> how many years?`, mentions: [bot_] }));
    expect(reply.body.embeds[0].title).toBe("seven years");
  });

  it("shows a short error when Discord keeps failing, and logs it without the token", async () => {
    fake.fail({ method: "PATCH", path: /\/messages\/@original$/, status: 500, times: 10 });
    const since = fake.calls.length;
    const payload = slashCommand("value");
    fake.dispatch("INTERACTION_CREATE", payload);
    const apology = await fake.waitForCall(
      (c) => c.method === "POST" && c.path === `/webhooks/${APP_ID}/${payload.token}`,
      since,
    );
    expect(apology.body).toMatchObject({ content: ERROR_TEXT, flags: 64 });
    const edits = fake.calls.slice(since).filter((c) => c.method === "PATCH");
    expect(edits.length).toBe(4); // the first try and three retries
    const logged = logLines.find((l) => l.includes("Discord interaction failed"));
    expect(logged).toContain('"status":500');
    expect(logLines.join("\n")).not.toContain(TOKEN);
    // The interaction token would let a log reader answer as the bot for 15 minutes.
    expect(logged).toContain("/webhooks/1100000000000000002/[redacted]/messages");
    expect(logLines.join("\n")).not.toContain(payload.token);
  });
});

describe("digest poster", () => {
  it("posts a digest to the channel of a channel key", async () => {
    const since = fake.calls.length;
    await bot.poster.post(`discord:${GUILD_ID}:${CHANNEL_ID}`, {
      type: "notice",
      tone: "info",
      text: "Digest is on for 09:00 UTC.",
    });
    const post = await fake.waitForCall(channelReply(CHANNEL_ID), since);
    expect(post.body.embeds[0].description).toBe("Digest is on for 09:00 UTC.");
    expect(post.body.allowed_mentions).toEqual({ parse: [] });
    expect(post.authorization).toBe(`Bot ${TOKEN}`);
  });

  it("gives a digest the same enforced nonce however often it is posted, so it lands once", async () => {
    const digest = digestReply as Extract<Reply, { type: "digest" }>;
    const key = `discord:${GUILD_ID}:${CHANNEL_ID}`;
    const since = fake.calls.length;
    await bot.poster.post(key, digest);
    await bot.poster.post(key, digest);
    const posts = fake.calls.slice(since).filter(channelReply(CHANNEL_ID));
    expect(posts).toHaveLength(2);
    expect(posts[0]!.body.enforce_nonce).toBe(true);
    expect(posts[1]!.body.nonce).toBe(posts[0]!.body.nonce);
    await bot.poster.post(key, { ...digest, digest: { ...digest.digest, date: "2025-11-06" } });
    expect(fake.calls.at(-1)!.body.nonce).not.toBe(posts[0]!.body.nonce);
  });

  it("rejects a channel key from another platform", async () => {
    await expect(bot.poster.post("slack:T1:C1", { type: "notice", tone: "info", text: "x" })).rejects.toThrow(
      /not a Discord channel key/,
    );
  });
});

describe("every message sent", () => {
  it("carries allowed_mentions with nothing to parse", () => {
    const sent = fake.calls.filter(sendsMessage);
    expect(sent.length).toBeGreaterThan(20);
    for (const call of sent)
      expect(messageOf(call).allowed_mentions?.parse, `${call.method} ${call.path}`).toEqual([]);
  });
});
