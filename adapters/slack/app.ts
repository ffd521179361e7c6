/**
 * deal-bot on Slack (Bolt). Handles:
 * - events `app_mention` (answer in a thread), `message.im` (answer in the DM),
 *   `message.channels`/`message.groups` (follow-ups in threads where deal-bot answered);
 * - the `/deal` command (ephemeral answer with "Share in channel");
 * - the block actions "Share in channel", "More sources" and the "which story?" buttons
 *   (`deal_pick_story_<n>`: the question asked again within the picked story).
 * Retried events are dropped by event id; every listener ends in a visible reply, even on failure.
 */
import { App, type Receiver, type webApi } from "@slack/bolt";
import type { Core } from "../../src/core.js";
import type { DigestPoster } from "../../src/digest/poster.js";
import { createInflight, type Inflight } from "../../src/inflight.js";
import type { Logger } from "../../src/logger.js";
import { ackAtOnce } from "./ack-at-once.js";
import { type AnswerCache, createAnswerCache } from "./answer-cache.js";
import { boltLogger } from "./bolt-logger.js";
import { createSeenEvents, dedupeEvents, type SeenEvents } from "./dedupe-events.js";
import type { SlackDeps } from "./deps.js";
import { describeError } from "./failures.js";
import { registerAppMention } from "./listeners/app-mention.js";
import { registerDirectMessage } from "./listeners/direct-message.js";
import { registerMoreSourcesButton } from "./listeners/more-sources-button.js";
import { registerShareButton } from "./listeners/share-button.js";
import { registerSlashCommand } from "./listeners/slash-command.js";
import { registerStoryPickButton } from "./listeners/story-pick-button.js";
import { registerThreadFollowUp } from "./listeners/thread-follow-up.js";
import { createSlackPoster } from "./poster.js";
import { createThreadMemory, type ThreadMemory } from "./thread-memory.js";
import { createTokenGate } from "./token-gate.js";

/** Web API retries in production: a few quick tries, then the failure is logged and the user told. */
export const DEFAULT_RETRY_CONFIG: webApi.RetryOptions = {
  retries: 3,
  factor: 2,
  minTimeout: 500,
  maxTimeout: 5000,
  randomize: true,
};

export interface SlackAppOptions {
  core: Core;
  logger: Logger;
  botToken: string;
  /** From `auth.test`; passing them means Bolt never calls `auth.test` itself. */
  botUserId: string;
  botId: string;
  receiver: Receiver;
  /** Web API client options: `slackApiUrl` (SLACK_API_URL), `retryConfig`, `timeout`… */
  clientOptions?: webApi.WebClientOptions;
  /** Waits between retries of `response_url` posts. */
  respondRetryDelaysMs?: readonly number[];
  /** Clock for the event-id dedupe store. */
  now?: () => number;
  /** The answers behind buttons; by default this process's memory. */
  answers?: AnswerCache;
  /** Where handled delivery ids are recorded; by default this process's memory. */
  seenEvents?: SeenEvents;
  /** Each thread's previous question and story; by default this process's memory. */
  threads?: ThreadMemory;
}

export interface SlackApp {
  app: App;
  poster: DigestPoster;
  /**
   * Deliveries this app has taken in and not finished (claimed or waiting for a claim, being answered,
   * the reply being posted): the HTTP listener refuses new events while too many are pending.
   */
  pending: Pick<Inflight, "size">;
}

/** Builds the Bolt app with every listener registered; the caller starts the receiver. */
export function createSlackApp(options: SlackAppOptions): SlackApp {
  const app = new App({
    token: options.botToken,
    botId: options.botId,
    botUserId: options.botUserId,
    receiver: options.receiver,
    logger: boltLogger(options.logger),
    // No retries and no shared pause inside the client: posts retry in post-message.ts, only when they
    // surely failed or after looking for the post, and a 429 holds only the post it hit.
    clientOptions: {
      timeout: 10_000,
      ...options.clientOptions,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    },
  });
  const deps: SlackDeps = {
    core: options.core,
    logger: options.logger,
    threads: options.threads ?? createThreadMemory(),
    answers: options.answers ?? createAnswerCache(),
    respondRetryDelaysMs: options.respondRetryDelaysMs ?? [500, 2000],
  };

  // Every delivery counts as in flight until its listeners finish (the reply posted), so a graceful stop
  // waits for it, and as pending, so the HTTP listener can push back when too many are.
  const pending = createInflight();
  app.use(async ({ next }) => {
    await options.core.inflight.track(pending.track(next()));
  });
  // Before the claim: a command or click waiting on a busy store must not miss Slack's 3-second ack.
  app.use(ackAtOnce);
  const tokenGate = createTokenGate(options.logger);
  app.use(tokenGate.middleware);
  app.use(dedupeEvents(options.seenEvents ?? createSeenEvents(options.now ?? (() => Date.now()))));
  registerAppMention(app, deps);
  registerDirectMessage(app, deps);
  registerThreadFollowUp(app, deps);
  registerSlashCommand(app, deps);
  registerShareButton(app, deps);
  registerMoreSourcesButton(app, deps);
  registerStoryPickButton(app, deps);
  app.error(async (error) => {
    options.logger.error(
      { platform: "slack", err: describeError(error) },
      "unhandled error in a Slack listener",
    );
  });

  return {
    app,
    poster: createSlackPoster(tokenGate.guard(app.client), deps.respondRetryDelaysMs),
    pending,
  };
}
