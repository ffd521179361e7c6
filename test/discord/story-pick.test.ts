/**
 * The "which story?" buttons through the real discord.js client against the fake Discord, with the real
 * engine over three deal stories.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseStoryPick } from "../../adapters/discord/handlers/story-pick.js";
import type { DiscordBot } from "../../adapters/discord/start.js";
import { createCore } from "../../src/core.js";
import { dealEngine } from "../fixtures/deal-stories.js";
import {
  BOT_ID,
  buttonClick,
  type FakeDiscord,
  messageCreate,
  type RecordedCall,
  slashCommand,
  startFakeDiscord,
  user,
} from "./fake-discord.js";
import { startDiscordOnFake } from "./start-on-fake.js";

let fake: FakeDiscord;
let bot: DiscordBot;
const bot_ = user(BOT_ID, "deal-bot", true);

beforeAll(async () => {
  fake = await startFakeDiscord();
  const core = createCore({ engine: dealEngine(), rateLimitPerMinute: 100 });
  bot = await startDiscordOnFake(fake, core);
});
afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

type Button = { label: string; custom_id: string };
const buttonsOf = (message: { components?: { components: Button[] }[] }): Button[] =>
  (message.components ?? []).flatMap((row) => row.components);
const storyButton = (message: { components?: { components: Button[] }[] }, label: RegExp): Button => {
  const button = buttonsOf(message).find((b) => label.test(b.label));
  if (!button) throw new Error(`no button matching ${label}`);
  return button;
};

async function click(customId: string, onMessage: unknown, ephemeral: boolean): Promise<RecordedCall> {
  const since = fake.calls.length;
  fake.dispatch("INTERACTION_CREATE", buttonClick(customId, onMessage, ephemeral));
  return fake.waitForCall((c) => c.path.endsWith("/callback"), since);
}

async function ask(payload: ReturnType<typeof messageCreate>): Promise<RecordedCall> {
  const since = fake.calls.length;
  fake.dispatch("MESSAGE_CREATE", payload);
  return fake.waitForCall(
    (c) => c.method === "POST" && c.body?.message_reference?.message_id === payload.id,
    since,
  );
}

describe("story picker on Discord", () => {
  it("offers a button per story under /deal and updates the private reply with the answer from the picked one", async () => {
    const since = fake.calls.length;
    const payload = slashCommand("ask", { question: "what is it worth?" });
    fake.dispatch("INTERACTION_CREATE", payload);
    const which = await fake.waitForCall(
      (c) => c.method === "PATCH" && c.path.includes(payload.token),
      since,
    );
    const buttons = buttonsOf(which.body);
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    for (const b of buttons) {
      expect(b.custom_id.length).toBeLessThanOrEqual(100);
      expect(b.label.length).toBeLessThanOrEqual(80);
      expect(parseStoryPick(b.custom_id)).toBeDefined();
    }

    const update = await click(storyButton(which.body, /Harbor/).custom_id, which.response, true);
    expect(update.body.type).toBe(7);
    const text = JSON.stringify(update.body.data.embeds);
    expect(text).toMatch(/\$4\.2 billion|\$38/);
    expect(text).toContain("Harbor");
    // The answer has the buttons of an answer now, Share included, and no story buttons.
    expect(buttonsOf(update.body.data).map((b) => b.label)).toEqual(["Share in channel", "More sources"]);
    expect(update.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it("keeps replies to a picked answer in its story", async () => {
    const which = await ask(messageCreate({ content: `<@${BOT_ID}> what is it worth?`, mentions: [bot_] }));
    const pick = storyButton(which.body, /Quanta/);
    const update = await click(pick.custom_id, which.response, false);
    expect(JSON.stringify(update.body.data.embeds)).toContain("Quanta");

    // "how much?" alone would get the picker; as a reply to the picked answer it stays in its story.
    const followUp = await ask(
      messageCreate({ content: "how much?", replyTo: { id: which.response.id, author: bot_ } }),
    );
    expect(buttonsOf(followUp.body).map((b) => b.label)).not.toContainEqual(expect.stringMatching(/Harbor/));
    expect(JSON.stringify(followUp.body.embeds)).toContain("Quanta");
    expect(JSON.stringify(followUp.body.embeds)).not.toContain("Harbor");
  });

  it("says the question expired for an unknown or malformed story button", async () => {
    const which = await ask(messageCreate({ content: `<@${BOT_ID}> what is it worth?`, mentions: [bot_] }));
    for (const id of ["deal:story:nosuchkey:0", "deal:story:x"]) {
      const reply = await click(id, which.response, false);
      expect(reply.body.data).toMatchObject({ content: "This answer has expired — ask again.", flags: 64 });
    }
  });
});
