/**
 * Starts deal-bot on Discord as `npm start` does (`parseConfig` + `startDiscord`, the real discord.js
 * Client) against a local fake Discord, so each test file states only what differs: its core, and any
 * extra variables or logger.
 */
import type { DiscordStores } from "../../adapters/discord/client.js";
import { type DiscordBot, startDiscord } from "../../adapters/discord/start.js";
import { parseConfig } from "../../src/config.js";
import type { Core } from "../../src/core.js";
import { createLogger, type Logger } from "../../src/logger.js";
import { APP_ID, type FakeDiscord, TOKEN } from "./fake-discord.js";

export interface StartOnFakeOverrides {
  /** More environment variables, on top of the token, application id and the fake's API. */
  env?: Record<string, string>;
  /** Silent by default. */
  logger?: Logger;
  /** The shared store; by default none (this process's memory). */
  stores?: DiscordStores;
}

/** The bot logged in to `fake`, answering from `core`; resolves once it receives events. */
export async function startDiscordOnFake(
  fake: FakeDiscord,
  core: Core,
  overrides: StartOnFakeOverrides = {},
): Promise<DiscordBot> {
  const parsed = parseConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_API_URL: fake.api,
    ...overrides.env,
  });
  if (!parsed.ok) throw new Error(parsed.error);
  return startDiscord({
    core,
    config: parsed.config,
    logger: overrides.logger ?? createLogger("silent"),
    ...(overrides.stores ? { stores: overrides.stores } : {}),
  });
}
