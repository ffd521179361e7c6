/**
 * deal-bot's entry point (`npm start`). Reads the configuration once, loads and indexes the articles, starts
 * ingestion (seeds watcher, feeds) and the daily digest, then every platform whose variables are set:
 * Slack (SLACK_BOT_TOKEN), Discord (DISCORD_TOKEN). With none set it opens the terminal chat, the embedded
 * default. The source pages (`/sources/<id>`) and Slack's HTTP endpoint share the one port, PORT.
 */
import type { Engine } from "../src/answer/engine.js";
import { loadEngine } from "../src/bootstrap.js";
import { type Config, enabledPlatforms } from "../src/config.js";
import type { DigestPoster } from "../src/digest/poster.js";
import { servedBaseUrl } from "../src/links.js";
import { createLogger } from "../src/logger.js";
import { createHttpServer } from "../src/web/http-server.js";
import { startDiscord } from "./discord/start.js";
import { readConfigOrExit } from "./read-config.js";
import { runShellChat } from "./shell/chat.js";
import { renderReply } from "./shell/render.js";
import { startSlack } from "./slack/start.js";
import { openStoresOrExit, orExit, type RunningCore, startCore } from "./start-core.js";

const config = readConfigOrExit();
const platforms = enabledPlatforms(config);
const chatOnly = !platforms.slack && !platforms.discord;
// In the terminal chat, log lines land between answers: only warnings unless asked, as readable lines.
const logger = createLogger(
  chatOnly && !process.env.LOG_LEVEL ? "warn" : config.LOG_LEVEL,
  undefined,
  config.LOG_FORMAT ?? (chatOnly ? "plain" : "json"),
);

const opened = await openStoresOrExit(config, logger);

// The port is bound before the articles load, because every link to a source page is built at load time
// from where the pages are actually served: the port bound (PORT=0 picks one), or PUBLIC_BASE_URL when set.
// Until the index is loaded, /readyz says so.
let engine: Engine | undefined;
let services: RunningCore | undefined;
let stopping = false;
const http = createHttpServer({
  engine: { articles: () => engine?.articles() ?? [] },
  logger,
  readiness: () => ({
    store: !services || services.store.ok ? "ok" : services.store.error,
    ...(stopping ? { stopping: "the bot is shutting down" } : {}),
  }),
});
let boundPort: number | undefined;
try {
  boundPort = await http.listen(config.PORT);
} catch (err) {
  // The chat still answers without its pages; a platform bot needs its port (Slack's HTTP endpoint).
  if (!chatOnly) {
    logger.fatal({ err, port: config.PORT }, "cannot listen on PORT");
    await opened.stores?.close();
    process.exit(1);
  }
  console.error(
    `Source pages are not served: port ${config.PORT} is taken (set PORT to another port). ` +
      "Answers name their sources without links to those pages.",
  );
}
const publicBaseUrl = servedBaseUrl(config.PUBLIC_BASE_URL, boundPort);
// Everything below (engine, digest, ingestion, Discord shards) links to where the pages are served, if anywhere.
const served: Config = { ...config, PUBLIC_BASE_URL: publicBaseUrl };

const loaded = await loadEngine({
  seedsDir: config.SEEDS_DIR,
  publicBaseUrl,
  dataDir: config.DATA_DIR,
  log: (message, level = "warn") => logger[level](message),
});
if (!loaded.ok) {
  console.error(`deal-bot cannot start: ${loaded.error}`);
  process.exit(1);
}
// The seeds watcher, once started, reports every file in the folder it cannot index; said here too, each
// bad file would be reported twice.
if (!config.WATCH_SEEDS) {
  for (const bad of loaded.errors) logger.warn({ file: bad.file }, `article not loaded: ${bad.message}`);
}
engine = loaded.engine;
const now = () => new Date();

// Posters are added as platforms start; the digest looks them up at each tick.
const posters: DigestPoster[] = [];
services = await orExit(startCore({ engine, config: served, logger, now, posters, schedule: true, opened }));
const { core } = services;
const running: { stop(): Promise<void> }[] = [];

/**
 * How long a stop waits for accepted requests to be answered before closing anyway: 10 s, and always
 * longer than one fetch may take (an `add` accepted just before the stop needs its whole fetch deadline,
 * then a few seconds to extract and store the article).
 */
const DRAIN_TIMEOUT_MS = Math.max(10_000, config.FETCH_TIMEOUT_MS + 5_000);

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
    for (const part of [...running, ...(services ? [services] : [])]) {
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
      config: served,
      logger,
      http,
      events: opened.stores?.events,
      buttons: opened.stores?.buttons,
      conversations: opened.stores?.conversations,
      storeReachable: opened.stores?.reachable,
      storeRetries: opened.stores?.retries,
    });
    running.push(slack);
    posters.push(slack.poster);
  }
  if (platforms.discord) {
    const discord = await startDiscord({ core, config: served, logger, stores: opened.stores });
    running.push(discord);
    posters.push(discord.poster);
  }
} catch (err) {
  logger.fatal({ err }, "a platform failed to start");
  await shutdown(1);
}

// Logged once every platform is mounted: from here on the port answers all it serves.
if (boundPort !== undefined) {
  logger.info({ port: boundPort, sources: `${publicBaseUrl}/sources` }, "serving source pages");
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
    publicBaseUrl,
  });
  await shutdown(0);
}
