/**
 * DISCORD_SHARDS: startDiscord spawns shard processes through discord.js's ShardingManager; each runs
 * adapters/discord/shard.ts (real engine from seeds/) and logs in against the fake Discord.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REST } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveShardCount } from "../../adapters/discord/sharding.js";
import { startDiscord } from "../../adapters/discord/start.js";
import { parseConfig } from "../../src/config.js";
import { createCore } from "../../src/core.js";
import { createLogger } from "../../src/logger.js";
import { createFakeEngine } from "../fixtures/fake-engine.js";
import { APP_ID, CHANNEL_ID, type FakeDiscord, GUILD_ID, startFakeDiscord, TOKEN } from "./fake-discord.js";

let fake: FakeDiscord;
/** The shard opens the digest store; keep it out of the work tree. */
const dataDir = mkdtempSync(join(tmpdir(), "deal-bot-shard-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake?.close();
});

describe("resolveShardCount", () => {
  it("takes a number as given and asks /gateway/bot of DISCORD_API_URL for auto", async () => {
    const rest = new REST({ api: fake.api, retries: 0 }).setToken(TOKEN);
    expect(await resolveShardCount("3", rest)).toBe(3);
    const since = fake.calls.length;
    expect(await resolveShardCount("auto", rest)).toBe(1);
    expect(fake.calls.slice(since).map((c) => c.path)).toEqual(["/gateway/bot"]);
  });
});

describe("startDiscord with DISCORD_SHARDS=auto", () => {
  it("spawns a shard process that identifies as shard 0 of 1, and posts digests over REST", async () => {
    const parsed = parseConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: fake.api,
      DISCORD_SHARDS: "auto",
    });
    if (!parsed.ok) throw new Error(parsed.error);
    const bot = await startDiscord({
      core: createCore({ engine: createFakeEngine() }),
      config: parsed.config,
      logger: createLogger("silent"),
      shardEnv: {
        DISCORD_APPLICATION_ID: APP_ID,
        SEEDS_DIR: "seeds",
        LOG_LEVEL: "silent",
        DATA_DIR: dataDir,
        WATCH_SEEDS: "false",
      },
    });
    try {
      expect(fake.identifies).toHaveLength(1);
      expect(fake.identifies[0]).toMatchObject({ token: TOKEN, shard: [0, 1] });
      const since = fake.calls.length;
      await bot.poster.post(`discord:${GUILD_ID}:${CHANNEL_ID}`, {
        type: "notice",
        tone: "info",
        text: "hi",
      });
      expect(fake.calls.slice(since).map((c) => `${c.method} ${c.path}`)).toEqual([
        `POST /channels/${CHANNEL_ID}/messages`,
      ]);
    } finally {
      await bot.stop();
    }
  }, 90_000);
});
