/**
 * `/deal stories`, `/deal follow <story>` and `/deal unfollow <story>` through the real discord.js client
 * against the fake Discord, with the real engine over four deal stories and a real (in-memory SQLite)
 * follows store.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DiscordBot } from "../../adapters/discord/start.js";
import type { Engine } from "../../src/answer/engine.js";
import { createCore } from "../../src/core.js";
import type { DigestStore } from "../../src/store/digest-store.js";
import { openStore } from "../digest/support.js";
import { dealEngineWithMarkup, MARKUP_TITLE, storyHolding } from "../fixtures/deal-stories.js";
import {
  BOT_ID,
  CHANNEL_ID,
  DM_CHANNEL_ID,
  type FakeDiscord,
  GUILD_ID,
  messageCreate,
  type RecordedCall,
  slashCommand,
  startFakeDiscord,
  THREAD_ID,
  user,
} from "./fake-discord.js";
import { startDiscordOnFake } from "./start-on-fake.js";

let engine: Engine;
beforeAll(() => {
  engine = dealEngineWithMarkup();
});
const storyOf = (articleId: string) => storyHolding(engine, articleId);

let fake: FakeDiscord;
let bot: DiscordBot;
let store: DigestStore;
const bot_ = user(BOT_ID, "deal-bot", true);
const HERE = `discord:${GUILD_ID}:${CHANNEL_ID}`;

beforeEach(async () => {
  fake = await startFakeDiscord();
  store = openStore(":memory:");
  bot = await startDiscordOnFake(fake, createCore({ engine, follows: store, rateLimitPerMinute: 100 }));
});
afterEach(async () => {
  await bot?.stop();
  await fake?.close();
  await store?.close();
});

interface Sent {
  content?: string;
  embeds?: {
    title?: string;
    description?: string;
    footer?: { text: string };
    fields?: { name: string; value: string }[];
  }[];
  components?: { components: { label?: string; custom_id?: string }[] }[];
  allowed_mentions?: unknown;
}

/** `/deal <subcommand>` in #general (or the DM with `guild` null): the private reply edited in. */
async function command(sub: string, options: Record<string, string> = {}, guild: string | null = GUILD_ID) {
  const since = fake.calls.length;
  const payload = slashCommand(sub, options, guild);
  fake.dispatch("INTERACTION_CREATE", payload);
  const call = await fake.waitForCall((c) => c.method === "PATCH" && c.path.includes(payload.token), since);
  const body = call.body as Sent;
  expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  return body;
}

/** A mention of the bot in #general (or the DM with `guild` null): the reply. */
async function mention(question: string, guild: string | null = GUILD_ID): Promise<Sent> {
  const since = fake.calls.length;
  const payload = messageCreate({ content: `<@${BOT_ID}> ${question}`, mentions: [bot_], guildId: guild });
  fake.dispatch("MESSAGE_CREATE", payload);
  const call: RecordedCall = await fake.waitForCall(
    (c) => c.method === "POST" && c.body?.message_reference?.message_id === payload.id,
    since,
  );
  expect(call.path).toContain(guild ? CHANNEL_ID : DM_CHANNEL_ID);
  return call.body as Sent;
}

/** Everything an embed shows, one string. */
const shows = (message: Sent) =>
  (message.embeds ?? [])
    .flatMap((e) => [e.title, e.description, ...(e.fields ?? []).map((f) => f.value), e.footer?.text])
    .filter(Boolean)
    .join("\n");
const isPick = (message: Sent) =>
  (message.components ?? []).some((row) =>
    row.components.some((b) => b.custom_id?.startsWith("deal:story:")),
  );

/** The line `/deal stories` shows for a story. */
function storyLine(listing: Sent, id: string): string {
  const line = shows(listing)
    .split("\n")
    .find((l) => l.includes(`\`${id}\``));
  if (!line) throw new Error(`no line for ${id} in ${shows(listing)}`);
  return line;
}

/** A title as Discord's markdown carries it: every markdown character backslash-escaped. */
const escaped = (title: string) => title.replace(/[\\`*_~|<>[\]@]/g, "\\$&");

describe("/deal stories, follow and unfollow on Discord", () => {
  it("lists every story with its title, source count and id, and marks only the channel's followed one", async () => {
    const stories = engine.stories();
    expect(stories).toHaveLength(4);
    const before = await command("stories");
    expect(before.embeds?.[0]?.title).toBe("Stories (4)");
    for (const s of stories) {
      const line = storyLine(before, s.id);
      expect(line).toContain(`**${escaped(s.title)}**`);
      expect(line).toContain(`— ${s.articleIds.length} source${s.articleIds.length === 1 ? " " : "s "}`);
      expect(line).not.toContain("followed here");
    }
    const harbor = storyOf("brew-1");
    // Numbered as /deal follow takes them: 1 to 4, in the listing's order.
    expect(stories.map((s) => storyLine(before, s.id).match(/^(\d)\. /)?.[1]).sort()).toEqual([
      "1",
      "2",
      "3",
      "4",
    ]);
    expect(storyLine(before, harbor.id).replace(/^\d\. /, "")).toBe(
      `**Harbor–Northwind · $4.2 billion** — 2 sources · \`${harbor.id}\``,
    );

    const followed = await command("follow", { story: "northwind harbor" });
    expect(shows(followed)).toBe(
      `This channel now follows “${harbor.title}” (2 sources). ` +
        "Questions that name no other story are answered from it. `/deal unfollow` stops.",
    );

    const after = await command("stories");
    const marked = stories.filter((s) => storyLine(after, s.id).includes("📌 followed here"));
    expect(marked.map((s) => s.id)).toEqual([harbor.id]);
    // The mark is this channel's: the DM's list marks nothing.
    expect(shows(await command("stories", {}, null))).not.toContain("followed here");
  });

  it("answers a question that names no story from the channel's followed story, and asks which elsewhere", async () => {
    const quanta = storyOf("robot-1");
    expect(isPick(await command("ask", { question: "what is it worth?" }))).toBe(true);

    await command("follow", { story: "quanta" });
    const here = await command("ask", { question: "what is it worth?" });
    expect(isPick(here)).toBe(false);
    expect(shows(here)).toMatch(/\$2\.1 billion|\$300 million/);
    expect(shows(here)).toContain(quanta.title);
    expect(shows(here)).not.toMatch(/Harbor|Voltline/);

    // A mention in the same channel goes the same way.
    const mentioned = await mention("how much?");
    expect(isPick(mentioned)).toBe(false);
    expect(shows(mentioned)).toContain(quanta.title);

    // The DM follows nothing: the same questions get the picker there.
    expect(isPick(await command("ask", { question: "what is it worth?" }, null))).toBe(true);
    expect(isPick(await mention("how much?", null))).toBe(true);
  });

  it("answers in a thread of the channel from the channel's followed story", async () => {
    const quanta = storyOf("robot-1");
    await command("follow", { story: "quanta" });
    // A message in the bot's own thread of #general: Discord gives the thread a channel id of its own.
    const since = fake.calls.length;
    const payload = messageCreate({ content: "what is it worth?", channelId: THREAD_ID });
    fake.dispatch("MESSAGE_CREATE", payload);
    const call = await fake.waitForCall(
      (c) => c.method === "POST" && c.body?.message_reference?.message_id === payload.id,
      since,
    );
    expect(call.path).toContain(THREAD_ID);
    const reply = call.body as Sent;
    expect(isPick(reply)).toBe(false);
    expect(shows(reply)).toContain(quanta.title);
  });

  it("answers a bad story name with a did-you-mean or the list of story ids, and follows nothing", async () => {
    const harbor = storyOf("brew-1");
    const typo = `${harbor.id.slice(0, -1)}x`;
    expect(shows(await command("follow", { story: typo }))).toBe(
      `I know no story “${typo}”. Did you mean “${harbor.title}” (\`/deal follow ${harbor.id}\`)?`,
    );

    const said = shows(await command("follow", { story: "zzzz" }));
    expect(said).toMatch(/^I know no story “zzzz”\. Stories: /);
    for (const s of engine.stories()) expect(said).toContain(`\`${s.id}\``);

    // Words two stories' titles share are no one story.
    expect(shows(await command("follow", { story: "billion" }))).not.toContain("now follows");
    expect(await store.listFollows(HERE)).toEqual([]);
    expect(shows(await command("stories"))).not.toContain("followed here");
  });

  it("stops answering from a story after /deal unfollow", async () => {
    const voltline = storyOf("power-1");
    await command("follow", { story: "voltline" });
    expect(shows(await command("ask", { question: "when is the full capacity online?" }))).toContain(
      voltline.title,
    );

    expect(shows(await command("unfollow", { story: "quanta" }))).toBe(
      `This channel does not follow “quanta”. It follows: \`${voltline.id}\`.`,
    );
    expect(shows(await command("unfollow", { story: "voltline" }))).toBe(
      `This channel no longer follows “${voltline.title}”.`,
    );
    expect(await store.listFollows(HERE)).toEqual([]);
    expect(isPick(await command("ask", { question: "what is it worth?" }))).toBe(true);
    expect(shows(await command("stories"))).not.toContain("followed here");
    expect(shows(await command("unfollow", { story: "voltline" }))).toBe("This channel follows no story.");
  });

  it("shows mentions in a story's title or a typed name as escaped text, and allows no pings", async () => {
    const lender = storyOf("lender-1");
    expect(lender.title).toBe(MARKUP_TITLE);

    const listing = await command("stories");
    expect(storyLine(listing, lender.id).replace(/^\d\. /, "")).toBe(
      `**${escaped(MARKUP_TITLE)}** — 1 source · latest 2026-03-02 · \`${lender.id}\``,
    );
    const followed = await command("follow", { story: lender.id });
    expect(shows(followed)).toContain(`now follows “${escaped(MARKUP_TITLE)}”`);
    const answered = await command("ask", { question: "how many branches will the combined bank have?" });
    expect(shows(answered)).toContain("40 branches");
    // None of these words is in a title: no story, and the typed name is echoed.
    const unknown = await command("follow", { story: "@everyone <@1100000000000000099> ping" });
    expect(shows(unknown)).toContain("I know no story “\\@everyone \\<\\@1100000000000000099\\> ping”");
    await command("unfollow", { story: lender.id });

    // Every text Discord reads as markdown, across everything the bot sent: no mention is live. (Footers
    // are plain text to Discord: the title is shown there as written.)
    const bodies = fake.calls.map((c) => c.body as Sent | undefined);
    const markdown = bodies.flatMap((b) => [
      b?.content,
      ...(b?.embeds ?? []).flatMap((e) => [
        e.title,
        e.description,
        ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      ]),
    ]);
    const texts = markdown.filter((t): t is string => typeof t === "string");
    expect(texts.join("\n")).toContain(escaped("@everyone @here lender merger"));
    for (const t of texts) expect(t).not.toMatch(/(?<!\\)@(everyone|here)|(?<!\\)<@/);
    const footers = bodies.flatMap((b) => (b?.embeds ?? []).map((e) => e.footer?.text ?? ""));
    expect(footers).toContainEqual(expect.stringContaining(MARKUP_TITLE));
  });
});
