import { createHmac } from "node:crypto";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocketServer } from "ws";
import { type SlackRuntime, startSlack } from "../../adapters/slack/start.js";
import { type Config, parseConfig } from "../../src/config.js";
import { type Core, createCore } from "../../src/core.js";
import { createLogger } from "../../src/logger.js";
import { openStores, type Stores } from "../../src/store/open-store.js";
import { createHttpServer, type HttpServer } from "../../src/web/http-server.js";
import { tempDir } from "../digest/support.js";
import { createFakeEngine } from "../fixtures/fake-engine.js";
import { postMention } from "../fixtures/replica-process.js";
import { type FakeSlack, startFakeSlack } from "./fake-slack-api.js";
import { sent, slashCommandForm } from "./harness.js";
import { shown } from "./shown.js";
import { postSigned } from "./signed-request.js";

const BOT_TOKEN = "xoxb-test-start-token";
const APP_TOKEN = "xapp-test-start-token";
const SECRET = "start-test-secret";

function configFor(env: Record<string, string>): Config {
  const parsed = parseConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, PORT: "0", ...env });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.config;
}

function capturedLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger("debug", sink), text: () => lines.join("") };
}

const mentionEvent = {
  type: "app_mention",
  user: "U1",
  text: "<@UBOT> how many years?",
  ts: "1700000000.000100",
  channel: "C1",
  event_ts: "1700000000.000100",
};

describe("startSlack", () => {
  let fake: FakeSlack;
  let http: HttpServer | undefined;
  let runtime: SlackRuntime | undefined;
  let wss: WebSocketServer | undefined;
  afterEach(async () => {
    await runtime?.stop();
    await http?.close();
    await new Promise((resolve) => (wss ? wss.close(resolve) : resolve(undefined)));
    await fake?.close();
    runtime = undefined;
    http = undefined;
    wss = undefined;
  });

  it("in HTTP mode serves /slack/events on the shared server, next to the source pages", async () => {
    fake = await startFakeSlack();
    const { logger, text: logs } = capturedLogger();
    const engine = createFakeEngine();
    http = createHttpServer({ engine, logger });
    runtime = await startSlack({
      core: createCore({ engine }),
      config: configFor({ SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl }),
      logger,
      http,
    });
    const port = await http.listen(0, "127.0.0.1");
    expect(fake.callsTo("auth.test")[0]?.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);

    const body = JSON.stringify({
      type: "event_callback",
      team_id: "T1",
      event_id: "Ev1",
      event: mentionEvent,
    });
    const ts = Math.floor(Date.now() / 1000);
    const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: "POST",
      body,
      headers: {
        "content-type": "application/json",
        "x-slack-request-timestamp": String(ts),
        "x-slack-signature": `v0=${createHmac("sha256", SECRET).update(`v0:${ts}:${body}`).digest("hex")}`,
      },
    });
    expect(res.status).toBe(200);
    const [posted] = await fake.waitFor("chat.postMessage");
    expect(sent(posted).thread_ts).toBe("1700000000.000100");
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect(logs()).not.toContain(BOT_TOKEN);
  });

  it("stops the start with a message naming SLACK_BOT_TOKEN when Slack rejects it", async () => {
    fake = await startFakeSlack();
    fake.script("auth.test", { body: { ok: false, error: "invalid_auth" } });
    const { logger } = capturedLogger();
    const engine = createFakeEngine();
    http = createHttpServer({ engine, logger });
    const start = startSlack({
      core: createCore({ engine }),
      config: configFor({ SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl }),
      logger,
      http,
    });
    await expect(start).rejects.toThrow("SLACK_BOT_TOKEN was rejected by Slack (auth.test: invalid_auth).");
    await start.catch((err: Error) => expect(err.message).not.toContain(BOT_TOKEN));
  });

  it("stops the start with a message naming SLACK_APP_TOKEN when Slack rejects it", async () => {
    fake = await startFakeSlack();
    fake.script("apps.connections.open", { body: { ok: false, error: "invalid_auth" } });
    const { logger } = capturedLogger();
    const engine = createFakeEngine();
    http = createHttpServer({ engine, logger });
    const start = startSlack({
      core: createCore({ engine }),
      config: configFor({ SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl }),
      logger,
      http,
    });
    await expect(start).rejects.toThrow(
      "SLACK_APP_TOKEN was rejected by Slack (apps.connections.open: invalid_auth).",
    );
    await start.catch((err: Error) => expect(err.message).not.toContain(APP_TOKEN));
  });

  it("in Socket Mode connects with the app token, acks an event and answers it", async () => {
    fake = await startFakeSlack();
    wss = new WebSocketServer({ port: 0, host: "127.0.0.1" });
    await new Promise((resolve) => wss?.once("listening", resolve));
    const wsPort = (wss.address() as { port: number }).port;
    // Once for the start-up check of the app token, once for the socket client itself.
    const opened = { body: { ok: true, url: `ws://127.0.0.1:${wsPort}/link/?ticket=t1` } };
    fake.script("apps.connections.open", opened, opened);
    const acks: unknown[] = [];
    const gotAck = new Promise<void>((resolve) => {
      wss?.on("connection", (socket) => {
        socket.on("message", (data) => {
          acks.push(JSON.parse(String(data)));
          resolve();
        });
        socket.send(
          JSON.stringify({ type: "hello", num_connections: 1, debug_info: {}, connection_info: {} }),
        );
        socket.send(
          JSON.stringify({
            envelope_id: "env-1",
            type: "events_api",
            accepts_response_payload: false,
            retry_attempt: 0,
            retry_reason: "",
            payload: { type: "event_callback", team_id: "T1", event_id: "Ev9", event: mentionEvent },
          }),
        );
      });
    });
    const { logger, text: logs } = capturedLogger();
    const engine = createFakeEngine();
    http = createHttpServer({ engine, logger });
    runtime = await startSlack({
      core: createCore({ engine }),
      config: configFor({ SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl }),
      logger,
      http,
    });
    expect(fake.callsTo("apps.connections.open")[0]?.headers.authorization).toBe(`Bearer ${APP_TOKEN}`);
    await gotAck;
    expect(acks[0]).toMatchObject({ envelope_id: "env-1" });
    const [posted] = await fake.waitFor("chat.postMessage");
    expect(shown(sent(posted).blocks[0])).toBe("*seven years*");
    expect(logs()).not.toContain(APP_TOKEN);
    expect(logs()).not.toContain(BOT_TOKEN);
  });
});

describe("startSlack over HTTP with too many events pending", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it("refuses new events with 503 at SLACK_MAX_PENDING_EVENTS and retries at twice it, still takes /deal, and answers each refused event once on a retry", async () => {
    const fake = await startFakeSlack();
    cleanups.push(() => fake.close());
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const opened = await openStores({ dataDir: dir.dir });
    if (!opened.ok) throw new Error(opened.error);
    const stores: Stores = opened.stores;
    cleanups.push(() => stores.close());
    let release: () => void = () => {};
    const answering = new Promise<void>((resolve) => {
      release = resolve;
    });
    const engine = createFakeEngine();
    const base = createCore({ engine });
    // Answers wait until released, so the first event stays pending.
    const core: Core = {
      ...base,
      handleText: async (text, envelope) => {
        await answering;
        return base.handleText(text, envelope);
      },
    };
    const { logger } = capturedLogger();
    const http = createHttpServer({ engine, logger });
    cleanups.push(() => http.close());
    const runtime = await startSlack({
      core,
      config: configFor({
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: fake.apiUrl,
        SLACK_MAX_PENDING_EVENTS: "1",
      }),
      logger,
      http,
      events: stores.events,
    });
    cleanups.push(() => runtime.stop());
    const bot = { url: `http://127.0.0.1:${await http.listen(0, "127.0.0.1")}/slack/events` };
    const mention = (eventId: string, ts: string, retryNum?: number) =>
      postMention(bot, SECRET, { text: "how many years?", eventId, ts, retryNum });
    /** Sends as Slack does: a refused delivery is sent again, marked as a retry, until it is taken. */
    const untilTaken = async (eventId: string, ts: string, firstRetry: number) => {
      for (let retry = firstRetry; retry < firstRetry + 200; retry++) {
        if ((await mention(eventId, ts, retry)) === 200) return retry;
        await new Promise((r) => setImmediate(r));
      }
      throw new Error(`${eventId} was never taken`);
    };

    expect(await mention("EvA", "1700000000.000100")).toBe(200);
    expect(await mention("EvB", "1700000000.000200")).toBe(503);
    // Slack's retry of the refused event is taken up to twice the limit: it has waited already.
    expect(await mention("EvB", "1700000000.000200", 1)).toBe(200);
    expect(await mention("EvC", "1700000000.000300")).toBe(503);
    expect(await mention("EvC", "1700000000.000300", 1)).toBe(503);
    const command = await postSigned(
      bot.url,
      SECRET,
      slashCommandForm("value", { response_url: fake.responseUrl("command"), trigger_id: "trigger-busy" }),
    );
    expect(command.status).toBe(200);
    release();
    await fake.waitFor("respond:command");
    await fake.waitFor("chat.postMessage", 2);
    await untilTaken("EvC", "1700000000.000300", 2);
    // A later retry of an answered event is taken (200) and dropped by the ledger.
    await untilTaken("EvB", "1700000000.000200", 2);
    await untilTaken("EvD", "1700000000.000400", 0);
    const posts = await fake.waitFor("chat.postMessage", 4);
    expect(posts.map((p) => sent(p).thread_ts).sort()).toEqual([
      "1700000000.000100",
      "1700000000.000200",
      "1700000000.000300",
      "1700000000.000400",
    ]);
  });
});
