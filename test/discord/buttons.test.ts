/**
 * Share and More sources across a restart: the real discord.js client against the fake Discord, stopped
 * and started again as a deploy would. A button from before the restart must never reach an answer given
 * after it (to someone else), and says the answer has expired.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DiscordStores } from "../../adapters/discord/client.js";
import type { DiscordBot } from "../../adapters/discord/start.js";
import { createCore } from "../../src/core.js";
import { boundForAnswers } from "../../src/store/answer-path-stores.js";
import { silentLogger } from "../digest/support.js";
import { createFakeEngine } from "../fixtures/fake-engine.js";
import { hangingStores } from "../fixtures/hanging-stores.js";
import {
  buttonClick,
  type FakeDiscord,
  type RecordedCall,
  slashCommand,
  startFakeDiscord,
  user,
} from "./fake-discord.js";
import { startDiscordOnFake } from "./start-on-fake.js";

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(() => fake?.close());

async function startBot(stores?: DiscordStores): Promise<DiscordBot> {
  const core = createCore({ engine: createFakeEngine(), rateLimitPerMinute: 100 });
  return startDiscordOnFake(fake, core, stores ? { stores } : {});
}

async function slash(payload: ReturnType<typeof slashCommand>): Promise<RecordedCall> {
  const since = fake.calls.length;
  fake.dispatch("INTERACTION_CREATE", payload);
  return fake.waitForCall((c) => c.method === "PATCH" && c.path.includes(payload.token), since);
}

describe("answer buttons across a restart", () => {
  it("answer an old Share or More sources with “expired”, never with another person's answer", async () => {
    let bot = await startBot();
    const mine = await slash(slashCommand("value"));
    const [oldMore, oldShare] = [1, 0].map(
      (i) => mine.body.components[0].components[i]?.custom_id as string | undefined,
    );
    await bot.stop();

    bot = await startBot();
    try {
      // Someone else asks a private question after the restart.
      const theirs = slashCommand("ask", { question: "who are the partners?" });
      (theirs as { member: { user: unknown } }).member.user = user("1100000000000000077", "other");
      const other = await slash(theirs);
      const otherIds = other.body.components[0].components.map((b: { custom_id: string }) => b.custom_id);
      expect(otherIds).not.toContain(oldShare);
      expect(otherIds).not.toContain(oldMore);

      for (const customId of [oldShare, oldMore]) {
        const since = fake.calls.length;
        fake.dispatch("INTERACTION_CREATE", buttonClick(customId as string, mine.response));
        const reply = await fake.waitForCall(
          (c) => c.path.endsWith("/callback") && c.body?.type === 4,
          since,
        );
        expect(reply.body.data).toMatchObject({ content: "This answer has expired — ask again.", flags: 64 });
        expect(JSON.stringify(reply.body)).not.toContain("asked:");
      }
    } finally {
      await bot.stop();
    }
  });

  it("answer Share or More sources with “temporarily unavailable” on a replica whose store is down", async () => {
    let bot = await startBot();
    const mine = await slash(slashCommand("value"));
    const ids = [1, 0].map((i) => mine.body.components[0].components[i]?.custom_id as string);
    await bot.stop();

    // Another replica, started during a database outage: the answers are only in the store.
    const { state, stores } = hangingStores();
    state.up = false;
    bot = await startBot(boundForAnswers(stores, { logger: silentLogger, waitMs: 30 }));
    try {
      for (const customId of ids) {
        const since = fake.calls.length;
        fake.dispatch("INTERACTION_CREATE", buttonClick(customId, mine.response));
        const reply = await fake.waitForCall(
          (c) => c.path.endsWith("/callback") && c.body?.type === 4,
          since,
        );
        expect(reply.body.data).toMatchObject({
          content: "This answer is temporarily unavailable — try again in a minute.",
          flags: 64,
        });
      }
    } finally {
      await bot.stop();
    }
  });
});
