/**
 * Runs the real Bolt app behind the same request listener production mounts, on 127.0.0.1 port 0, with
 * its Web API pointed at the fake. Helpers send signed events, `/deal` commands and button clicks.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { HTTPReceiver } from "@slack/bolt";
import type { AnswerCache } from "../../adapters/slack/answer-cache.js";
import { createSlackApp } from "../../adapters/slack/app.js";
import { boltLogger } from "../../adapters/slack/bolt-logger.js";
import type { SeenEvents } from "../../adapters/slack/dedupe-events.js";
import { slackRequestListener } from "../../adapters/slack/start.js";
import type { ThreadMemory } from "../../adapters/slack/thread-memory.js";
import type { Engine } from "../../src/answer/engine.js";
import { type Core, createCore } from "../../src/core.js";
import { createLogger } from "../../src/logger.js";
import type { StoryFollows } from "../../src/store/digest-store.js";
import { createFakeEngine } from "../fixtures/fake-engine.js";
import { type FakeSlack, startFakeSlack } from "./fake-slack-api.js";
import { postSigned } from "./signed-request.js";

export const BOT_TOKEN = "xoxb-test-harness-token";
export const SIGNING_SECRET = "test-signing-secret-0123456789";

export interface HarnessOptions {
  engine?: Engine;
  /** Where each channel's followed stories are kept (e.g. an in-memory SQLite store); by default none. */
  follows?: StoryFollows;
  /** Replaces the core (e.g. one that is slow), built around the engine. */
  wrapCore?: (core: Core) => Core;
  rateLimitPerMinute?: number;
  /** True (default) holds each HTTP response until the listeners finish, so tests await outcomes, never sleep. */
  processBeforeResponse?: boolean;
  /** Where handled delivery ids are claimed (e.g. a slow shared ledger); by default the app's memory. */
  seenEvents?: SeenEvents;
  /** Thread memory (e.g. one over a store); by default the app's memory. */
  threads?: ThreadMemory;
  /** The answers behind buttons (e.g. over a store); by default the app's memory. */
  answers?: AnswerCache;
  /** Refuse events with 503 while this many deliveries are pending (production's back-pressure). */
  maxPendingEvents?: number;
}

let eventCounter = 0;

export async function startHarness(options: HarnessOptions = {}) {
  const fake = await startFakeSlack();
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const logger = createLogger("debug", sink);
  const engine = options.engine ?? createFakeEngine();
  const baseCore = createCore({
    engine,
    rateLimitPerMinute: options.rateLimitPerMinute ?? 100,
    ...(options.follows ? { follows: options.follows } : {}),
  });
  const core = options.wrapCore ? options.wrapCore(baseCore) : baseCore;
  const receiver = new HTTPReceiver({
    signingSecret: SIGNING_SECRET,
    processBeforeResponse: options.processBeforeResponse ?? true,
    logger: boltLogger(logger),
  });
  const { app, poster, pending } = createSlackApp({
    core,
    logger,
    botToken: BOT_TOKEN,
    botUserId: "UBOT",
    botId: "BBOT",
    receiver,
    clientOptions: {
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 2, minTimeout: 0, maxTimeout: 1 },
      timeout: 2000,
    },
    respondRetryDelaysMs: [0, 0],
    ...(options.seenEvents ? { seenEvents: options.seenEvents } : {}),
    ...(options.threads ? { threads: options.threads } : {}),
    ...(options.answers ? { answers: options.answers } : {}),
  });
  const limits =
    options.maxPendingEvents === undefined
      ? undefined
      : { pending, maxPendingEvents: options.maxPendingEvents };
  const server = http.createServer(slackRequestListener(receiver, limits));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;

  const post = (
    body: string,
    contentType: string,
    opts: { timestamp?: number; secret?: string; headers?: Record<string, string> } = {},
  ) =>
    postSigned(url, opts.secret ?? SIGNING_SECRET, body, {
      contentType,
      headers: opts.headers,
      timestamp: opts.timestamp,
    });

  return {
    fake,
    app,
    poster,
    /** Deliveries taken in and not finished. */
    pending,
    engine,
    /** What the fake engine was asked (with "| after: <previous>" for follow-ups). */
    asked: "asked" in engine ? (engine.asked as string[]) : [],
    core,
    url,
    logs: () => logLines.join(""),
    post,
    /** Sends an Events API callback wrapping `event`. */
    postEvent(
      event: Record<string, unknown>,
      opts: { eventId?: string; retryNum?: number; timestamp?: number; secret?: string } = {},
    ) {
      eventCounter += 1;
      const body = JSON.stringify({
        token: "verification-token",
        team_id: "T1",
        api_app_id: "A1",
        type: "event_callback",
        event_id: opts.eventId ?? `Ev${eventCounter}`,
        event_time: 1700000000,
        authorizations: [{ team_id: "T1", user_id: "UBOT", is_bot: true }],
        event: { event_ts: "1700000000.000100", ...event },
      });
      const headers: Record<string, string> =
        opts.retryNum !== undefined
          ? { "x-slack-retry-num": String(opts.retryNum), "x-slack-retry-reason": "http_timeout" }
          : {};
      return post(body, "application/json", { ...opts, headers });
    },
    /** Sends `/deal <text>` as Slack does: form-encoded with the exact content type Bolt expects. */
    postCommand(text: string, fields: Record<string, string> = {}) {
      // Slack gives every invocation its own trigger_id; a repeated one is a replay and is dropped.
      eventCounter += 1;
      const body = slashCommandForm(text, {
        response_url: fake.responseUrl("command"),
        trigger_id: `trigger-${eventCounter}`,
        ...fields,
      });
      return post(body, "application/x-www-form-urlencoded");
    },
    /**
     * Clicks a button: a `block_actions` payload, form-encoded. Without `message` the button sits on an
     * ephemeral reply (Slack then sends no message); with it, on that posted message (`ts`, `thread_ts`).
     */
    postAction(
      actionId: string,
      value: string,
      opts: { user?: string; channel?: string; message?: { ts: string; thread_ts?: string } } = {},
    ) {
      eventCounter += 1;
      const payload = {
        type: "block_actions",
        team: { id: "T1", domain: "test" },
        user: { id: opts.user ?? "U1", username: "alice", team_id: "T1" },
        api_app_id: "A1",
        token: "verification-token",
        container: {
          type: "message",
          message_ts: opts.message?.ts ?? "1700000000.000300",
          channel_id: "C1",
          is_ephemeral: !opts.message,
        },
        ...(opts.message ? { message: { type: "message", user: "UBOT", text: "", ...opts.message } } : {}),
        trigger_id: `trigger-${eventCounter}`,
        channel: { id: opts.channel ?? "C1", name: "general" },
        response_url: fake.responseUrl("action"),
        actions: [
          {
            type: "button",
            action_id: actionId,
            block_id: "b1",
            value,
            text: { type: "plain_text", text: "x" },
            action_ts: "1700000001.0",
          },
        ],
      };
      return post(
        new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
        "application/x-www-form-urlencoded",
      );
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fake.close();
    },
  };
}

/** The form body Slack posts for `/deal <text>` from alice in #general; `fields` override or add. */
export function slashCommandForm(text: string, fields: Record<string, string>): string {
  return new URLSearchParams({
    command: "/deal",
    text,
    team_id: "T1",
    team_domain: "test",
    channel_id: "C1",
    channel_name: "general",
    user_id: "U1",
    user_name: "alice",
    api_app_id: "A1",
    ...fields,
  }).toString();
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;

/** Everything the bot sent anywhere, as one string, for "never appears" assertions. */
export function everythingSent(fake: FakeSlack): string {
  return fake.calls.map((c) => JSON.stringify(c.body)).join("\n");
}

/** A Block Kit block as the tests read it back. */
export interface SentBlock {
  type: string;
  text?: { type: string; text: string; verbatim?: boolean };
  elements?: {
    type: string;
    text?: string | { text: string };
    action_id?: string;
    value?: string;
    style?: string;
  }[];
}

/** A message payload as the fake received it. */
export interface SentMessage {
  channel?: string;
  thread_ts?: string;
  user?: string;
  text: string;
  blocks: SentBlock[];
  response_type?: string;
  replace_original?: boolean | string;
  delete_original?: boolean | string;
}

/** The body of a recorded call, typed for reading. */
export function sent(call: { body: Record<string, unknown> } | undefined): SentMessage {
  if (!call) throw new Error("expected a recorded call, got none");
  return call.body as unknown as SentMessage;
}
