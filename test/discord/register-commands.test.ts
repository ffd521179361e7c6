import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDealCommand } from "../../adapters/discord/commands.js";
import { registerCommands } from "../../adapters/discord/register-commands.js";
import { COMMANDS } from "../../src/commands/table.js";
import { APP_ID, type FakeDiscord, GUILD_ID, startFakeDiscord, TOKEN } from "./fake-discord.js";

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake?.close();
});

describe("registerCommands", () => {
  it("bulk-overwrites /deal on the guild when a guild ID is given", async () => {
    const since = fake.calls.length;
    const result = await registerCommands({
      token: TOKEN,
      applicationId: APP_ID,
      guildId: GUILD_ID,
      api: fake.api,
      commands: COMMANDS,
    });
    expect(result).toEqual({
      scope: "guild",
      route: `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`,
      count: 1,
    });
    const put = await fake.waitForCall((c) => c.method === "PUT", since);
    expect(put.path).toBe(`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(put.authorization).toBe(`Bot ${TOKEN}`);
    expect(put.body).toEqual([buildDealCommand(COMMANDS)]);
  });

  it("registers globally without a guild ID", async () => {
    const since = fake.calls.length;
    const result = await registerCommands({
      token: TOKEN,
      applicationId: APP_ID,
      api: fake.api,
      commands: COMMANDS,
    });
    expect(result.scope).toBe("global");
    const put = await fake.waitForCall((c) => c.method === "PUT", since);
    expect(put.path).toBe(`/applications/${APP_ID}/commands`);
  });

  it("runs as `npm run discord:register` from the environment", async () => {
    const since = fake.calls.length;
    const run = promisify(execFile);
    const { stdout, stderr } = await run(
      process.execPath,
      ["--import", "tsx", "adapters/discord/register.ts"],
      {
        env: {
          ...process.env,
          DISCORD_TOKEN: TOKEN,
          DISCORD_APPLICATION_ID: APP_ID,
          DISCORD_GUILD_ID: GUILD_ID,
          DISCORD_API_URL: fake.api,
          LOG_LEVEL: "info",
        },
      },
    );
    const put = await fake.waitForCall((c) => c.method === "PUT", since);
    expect(put.path).toBe(`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(put.body[0].name).toBe("deal");
    expect(stdout + stderr).toContain("Registered /deal (guild)");
    expect(stdout + stderr).not.toContain(TOKEN);
  });
});
