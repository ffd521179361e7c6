/**
 * deal-bot's entry point (`npm start`). Reads the configuration once, loads and indexes the articles, starts
 * ingestion (seeds watcher, feeds) and the daily digest, then every platform whose variables are set:
 * Slack (SLACK_BOT_TOKEN), Discord (DISCORD_TOKEN). With none set it opens the terminal chat, the embedded
 * default. The source pages (`/sources/<id>`) and Slack's HTTP endpoint share the one port, PORT.
 */
import { loadEngine } from "../src/bootstrap.js";
import { enabledPlatforms } from "../src/config.js";
import type { DigestPoster } from "../src/digest/poster.js";
import { createLogger } from "../src/logger.js";
import { createHttpServer } from "../src/web/http-server.js";
import { startDiscord } from "./discord/start.js";
import { readConfigOrExit } from "./read-config.js";
import { runShellChat } from "./shell/chat.js";
import { renderReply } from "./shell/render.js";
import { startSlack } from "./slack/start.js";
import { openStoresOrExit, startCore } from "./start-core.js";

const config = readConfigOrExit();
const platforms = enabledPlatforms(config);
const chatOnly = !platforms.slack && !platforms.discord;
// In the terminal chat, routine log lines would land between answers: only warnings unless asked.
const logger = createLogger(chatOnly && !process.env.LOG_LEVEL ? "warn" : config.LOG_LEVEL);

const opened = await openStoresOrExit(config, logger);
const loaded = await loadEngine({
  seedsDir: config.SEEDS_DIR,
  publicBaseUrl: config.PUBLIC_BASE_URL,
  dataDir: config.DATA_DIR,
  log: (message) => logger.warn(message),
});
if (!loaded.ok) {
  console.error(`deal-bot cannot start: ${loaded.error}`);
  process.exit(1);
}
for (const bad of loaded.errors) logger.warn({ file: bad.file }, `article not loaded: ${bad.message}`);
const { engine } = loaded;
const now = () => new Date();

// Posters are added as platforms start; the digest looks them up at each tick.
const posters: DigestPoster[] = [];
const services = await startCore({ engine, config, logger, now, posters, schedule: true, opened });
const { core } = services;
let stopping = false;
const http = createHttpServer({
  engine,
  logger,
  readiness: () => ({
    store: services.store.ok ? "ok" : services.store.error,
    ...(stopping ? { stopping: "the bot is shutting down" } : {}),
  }),
});
const running: { stop(): Promise<void> }[] = [];

/** How long a stop waits for accepted requests to be answered before closing anyway. */
const DRAIN_TIMEOUT_MS = 10_000;

/**
 * Stops gracefully: /readyz turns 503 and the port stops taking connections, requests already accepted
 * are answered (at most DRAIN_TIMEOUT_MS), then the platforms, the schedules and the store are closed.
 */
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    logger.info({ inflight: core.inflight.size }, "stopping: finishing requests in flight");
    http.server.close();
    http.server.closeIdleConnections();
    const { left } = await core.inflight.drain(DRAIN_TIMEOUT_MS);
    if (left > 0)
      logger.warn({ left, waitedMs: DRAIN_TIMEOUT_MS }, "stopping with requests still unanswered");
    for (const part of [...running, services]) {
      await part.stop().catch((err: unknown) => logger.error({ err }, "error while stopping"));
    }
    await http.close().catch(() => undefined);
    logger.info("stopped");
  }
  process.exit(code);
}
process.once("SIGINT", () => void shutdown(0));
process.once("SIGTERM", () => void shutdown(0));

try {
  if (platforms.slack) {
    const slack = await startSlack({
      core,
      config,
      logger,
      http,
      events: opened.stores?.events,
      buttons: opened.stores?.buttons,
    });
    running.push(slack);
    posters.push(slack.poster);
  }
  if (platforms.discord) {
    const discord = await startDiscord({ core, config, logger });
    running.push(discord);
    posters.push(discord.poster);
  }
} catch (err) {
  logger.fatal({ err }, "a platform failed to start");
  await shutdown(1);
}

try {
  const port = await http.listen(config.PORT);
  logger.info({ port, sources: `${config.PUBLIC_BASE_URL}/sources` }, "serving source pages");
} catch (err) {
  // The chat still answers without its pages; a platform bot needs its port (Slack's HTTP endpoint).
  if (!chatOnly) {
    logger.fatal({ err, port: config.PORT }, "cannot listen on PORT");
    await shutdown(1);
  }
  console.error(`Source pages are not served: port ${config.PORT} is taken (set PORT to another port).`);
}

if (chatOnly) {
  const color = Boolean(process.stdout.isTTY);
  posters.push({
    platform: "shell",
    post: async (_channelKey, reply) => {
      process.stdout.write(`\n${renderReply(reply, { color })}\n`);
    },
  });
  await runShellChat({
    core,
    input: process.stdin,
    output: process.stdout,
    isTTY: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    logger,
    publicBaseUrl: config.PUBLIC_BASE_URL,
  });
  await shutdown(0);
}
