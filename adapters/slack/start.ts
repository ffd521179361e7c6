/**
 * Starts deal-bot on Slack from the config: Socket Mode when SLACK_APP_TOKEN is set, otherwise HTTP at
 * `/slack/events` on the bot's shared HTTP server (which also serves the source pages).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { HTTPReceiver, type Receiver, SocketModeReceiver, webApi } from "@slack/bolt";
import type { Config } from "../../src/config.js";
import type { Core } from "../../src/core.js";
import type { DigestPoster } from "../../src/digest/poster.js";
import type { Logger } from "../../src/logger.js";
import type { ButtonAnswerStore, ConversationStore } from "../../src/store/button-answer-store.js";
import type { EventLedger } from "../../src/store/event-ledger.js";
import type { WriteRetries } from "../../src/store/write-retries.js";
import { createSharedAnswerCache } from "./answer-cache.js";
import { createSlackApp, DEFAULT_RETRY_CONFIG } from "./app.js";
import { boltLogger } from "./bolt-logger.js";
import { createSharedSeenEvents } from "./dedupe-events.js";
import { describeError } from "./failures.js";
import { createSharedThreadMemory } from "./thread-memory.js";

/** Where Slack sends events, commands and interactivity in HTTP mode. */
export const SLACK_EVENTS_PATH = "/slack/events";

/** The part of the shared HTTP server the adapter needs. */
export interface HttpMount {
  mount(pathPrefix: string, listener: (req: IncomingMessage, res: ServerResponse) => void): void;
}

export interface StartSlackDeps {
  core: Core;
  config: Config;
  logger: Logger;
  http: HttpMount;
  /** The store's ledger of handled deliveries: retries reaching any replica are answered once. */
  events?: EventLedger;
  /** The store's button answers: a button works on any replica and after a restart. */
  buttons?: ButtonAnswerStore;
  /** The store's conversation memory: a thread follow-up keeps its context on any replica. */
  conversations?: ConversationStore;
  /** False while the store is known to be unreachable (thread memory then stays in memory). */
  storeReachable?: () => boolean;
  /** Retries the ledger records of deliveries answered while the store was unreachable. */
  storeRetries?: WriteRetries;
}

export interface SlackRuntime {
  stop(): Promise<void>;
  poster: DigestPoster;
}

/** Limits on what the HTTP listener takes in. */
export interface RequestLimits {
  /** Deliveries taken in and not yet finished (claimed or waiting, being answered, being posted). */
  pending: { readonly size: number };
  /** At this many pending, new events are refused with 503 until some finish (Slack's retries at twice it). */
  maxPendingEvents: number;
}

/**
 * Bolt's HTTP listener for a mount point. Bolt throws for a path or method it does not serve (a GET, say);
 * that becomes a 405 here instead of an error. With `limits`, an Events API delivery (a JSON body) arriving
 * while `maxPendingEvents` are pending is refused with 503 before Bolt acknowledges or claims it: Slack
 * retries it later (`X-Slack-Retry-Num`), and as this replica never claimed it, the retry — here or on
 * another replica — is answered once. Without the refusal Bolt would acknowledge everything and the queue
 * waiting for a claim and an answer would grow without bound. Slack's retries (`X-Slack-Retry-Num`) are
 * taken up to twice the limit: a retry has waited already and Slack gives up after three, while a first
 * delivery still has its three retries, so under sustained load retries are not starved by new events
 * (the bound stays twice the limit). Commands and clicks are never refused: Slack does not retry them and
 * a person is waiting; they come at human pace. The count is taken as Bolt's middleware starts, so requests
 * still being read may overshoot the limit by the number of open connections.
 */
export function slackRequestListener(receiver: HTTPReceiver, limits?: RequestLimits) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (limits && req.method === "POST" && refusesEvent(req, limits)) {
      req.resume();
      res.writeHead(503, { "content-type": "text/plain; charset=utf-8", "retry-after": "1" });
      res.end("Busy: too many events pending. Retry later.\n");
      return;
    }
    try {
      receiver.requestListener(req, res);
    } catch {
      res.writeHead(405, { "content-type": "text/plain; charset=utf-8", allow: "POST" });
      res.end("Slack events are POSTed here.\n");
    }
  };
}

/** True for an Events API delivery (JSON; commands and clicks are forms) arriving over its limit. */
function refusesEvent(req: IncomingMessage, { pending, maxPendingEvents }: RequestLimits): boolean {
  if (!(req.headers["content-type"] ?? "").startsWith("application/json")) return false;
  const isRetry = req.headers["x-slack-retry-num"] !== undefined;
  return pending.size >= (isRetry ? 2 * maxPendingEvents : maxPendingEvents);
}

/** Checks the bot token and starts the Slack adapter; rejects with a message naming the variable on failure. */
export async function startSlack(deps: StartSlackDeps): Promise<SlackRuntime> {
  const { core, config, logger, http, events, buttons, conversations } = deps;
  const botToken = config.SLACK_BOT_TOKEN;
  if (!botToken)
    throw new Error("SLACK_BOT_TOKEN is not set: Slack cannot start without a bot token (xoxb-…).");
  const clientOptions: webApi.WebClientOptions = {
    retryConfig: DEFAULT_RETRY_CONFIG,
    timeout: 10_000,
    logger: boltLogger(logger),
    ...(config.SLACK_API_URL ? { slackApiUrl: `${config.SLACK_API_URL.replace(/\/+$/, "")}/` } : {}),
  };

  // One auth.test up front: a bad token stops the start with a clear message instead of failing every event.
  let identity: { user_id?: string; bot_id?: string; team?: string };
  try {
    identity = await new webApi.WebClient(botToken, {
      ...clientOptions,
      retryConfig: { retries: 1 },
    }).auth.test();
  } catch (err) {
    const detail = describeError(err);
    throw new Error(
      `SLACK_BOT_TOKEN was rejected by Slack (auth.test: ${String(detail.slackError ?? detail.message)}).`,
    );
  }
  if (!identity.user_id || !identity.bot_id)
    throw new Error("auth.test did not return the bot's user and bot IDs.");

  let receiver: Receiver;
  let socket: SocketModeReceiver | undefined;
  let httpReceiver: HTTPReceiver | undefined;
  if (config.SLACK_APP_TOKEN) {
    // The same for the app-level token: the socket client would otherwise retry a bad one for ever.
    try {
      await new webApi.WebClient(config.SLACK_APP_TOKEN, {
        ...clientOptions,
        retryConfig: { retries: 1 },
      }).apps.connections.open();
    } catch (err) {
      const detail = describeError(err);
      throw new Error(
        `SLACK_APP_TOKEN was rejected by Slack (apps.connections.open: ${String(detail.slackError ?? detail.message)}). ` +
          "It must be an app-level token (xapp-…) with the connections:write scope.",
      );
    }
    socket = new SocketModeReceiver({
      appToken: config.SLACK_APP_TOKEN,
      logger: boltLogger(logger),
      // A custom receiver does not inherit the App's client options, so SLACK_API_URL is passed here too.
      installerOptions: { clientOptions },
    });
    receiver = socket;
  } else {
    if (!config.SLACK_SIGNING_SECRET) {
      throw new Error(
        "SLACK_SIGNING_SECRET is not set: needed for Slack over HTTP (or set SLACK_APP_TOKEN).",
      );
    }
    httpReceiver = new HTTPReceiver({
      signingSecret: config.SLACK_SIGNING_SECRET,
      endpoints: SLACK_EVENTS_PATH,
      logger: boltLogger(logger),
    });
    receiver = httpReceiver;
  }

  const { app, poster, pending } = createSlackApp({
    core,
    logger,
    botToken,
    botUserId: identity.user_id,
    botId: identity.bot_id,
    receiver,
    clientOptions,
    ...(events
      ? {
          seenEvents: createSharedSeenEvents(events, () => Date.now(), logger, {
            reachable: deps.storeReachable,
            retries: deps.storeRetries,
          }),
        }
      : {}),
    ...(buttons ? { answers: createSharedAnswerCache(buttons, logger) } : {}),
    ...(conversations
      ? {
          threads: createSharedThreadMemory({
            store: conversations,
            logger,
            reachable: deps.storeReachable,
          }),
        }
      : {}),
  });

  if (socket) {
    await app.start();
    logger.info(
      { platform: "slack", mode: "socket", team: identity.team },
      "Slack connected over Socket Mode",
    );
    return {
      poster,
      stop: async () => {
        await app.stop();
      },
    };
  }
  http.mount(
    SLACK_EVENTS_PATH,
    slackRequestListener(httpReceiver as HTTPReceiver, {
      pending,
      maxPendingEvents: config.SLACK_MAX_PENDING_EVENTS,
    }),
  );
  logger.info(
    { platform: "slack", mode: "http", path: SLACK_EVENTS_PATH, team: identity.team },
    "Slack listening over HTTP",
  );
  // The shared HTTP server owns the port; closing it is main's job.
  return { poster, stop: async () => {} };
}
