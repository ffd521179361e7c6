import { afterEach, describe, expect, it } from "vitest";
import type { Core } from "../../src/core.js";
import { BOT_TOKEN, type Harness, SIGNING_SECRET, sent, startHarness } from "./harness.js";
import { shown } from "./shown.js";

const mention = (text = "<@UBOT> how many years?") => ({
  type: "app_mention",
  user: "U1",
  text,
  ts: "1700000000.000100",
  channel: "C1",
});

describe("the Slack app over signed HTTP", () => {
  let h: Harness;
  afterEach(() => h?.close());

  it("answers url_verification with the challenge", async () => {
    h = await startHarness();
    const res = await h.post(
      JSON.stringify({ type: "url_verification", challenge: "abc123", token: "t" }),
      "application/json",
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ challenge: "abc123" });
  });

  it("rejects a request signed with the wrong secret with 401 and posts nothing", async () => {
    h = await startHarness();
    const res = await h.postEvent(mention(), { secret: "not-the-secret" });
    expect(res.status).toBe(401);
    expect(h.fake.calls).toHaveLength(0);
    expect(h.asked).toEqual([]);
  });

  it("rejects a correctly signed request older than five minutes with 401 and posts nothing", async () => {
    h = await startHarness();
    const res = await h.postEvent(mention(), { timestamp: Math.floor(Date.now() / 1000) - 301 });
    expect(res.status).toBe(401);
    expect(h.fake.calls).toHaveLength(0);
  });

  it("answers a 405 to anything but POST at /slack/events", async () => {
    h = await startHarness();
    const res = await fetch(h.url);
    expect(res.status).toBe(405);
  });

  it("does not reply a second time to a retried event (X-Slack-Retry-Num)", async () => {
    h = await startHarness();
    await h.postEvent(mention(), { eventId: "EvSame" });
    const retry = await h.postEvent(mention(), { eventId: "EvSame", retryNum: 1 });
    expect(retry.status).toBe(200);
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(1);
    expect(h.asked).toHaveLength(1);
  });

  it("retries chat.postMessage after a 429 with Retry-After and after a 500, then posts", async () => {
    h = await startHarness();
    h.fake.script(
      "chat.postMessage",
      { status: 429, headers: { "retry-after": "0" }, body: { ok: false, error: "ratelimited" } },
      { status: 500, body: { ok: false } },
    );
    await h.postEvent(mention());
    const calls = await h.fake.waitFor("chat.postMessage", 3);
    expect(calls).toHaveLength(3);
    expect(shown(sent(calls[2]).blocks[0])).toBe("*seven years*");
  });

  it("logs a persistent Web API failure with its context", async () => {
    h = await startHarness();
    const failure = { status: 503, body: { ok: false } };
    // Three tries for the answer, three for the apology: Slack is down.
    h.fake.script("chat.postMessage", failure, failure, failure, failure, failure, failure);
    await h.postEvent(mention());
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(6);
    const line = h
      .logs()
      .split("\n")
      .find((l) => l.includes("posting the answer to Slack failed"));
    expect(line).toBeDefined();
    expect(JSON.parse(line as string)).toMatchObject({
      level: 50,
      platform: "slack",
      team: "T1",
      channel: "C1",
      user: "U1",
      method: "chat.postMessage",
      err: { statusCode: 503 },
    });
  });

  it("still posts a short apology when Slack refuses the answer's blocks", async () => {
    h = await startHarness();
    h.fake.script("chat.postMessage", { body: { ok: false, error: "invalid_blocks" } });
    await h.postEvent(mention());
    const calls = await h.fake.waitFor("chat.postMessage", 2);
    expect(sent(calls[1]).text).toMatch(/^Sorry, something went wrong/);
    expect(sent(calls[1]).thread_ts).toBe("1700000000.000100");
    expect(h.logs()).toContain("invalid_blocks");
  });

  it("posts a short apology in the thread when answering throws", async () => {
    h = await startHarness({
      wrapCore: (core): Core => ({
        ...core,
        handleText: async () => {
          throw new Error("engine broke");
        },
      }),
    });
    await h.postEvent(mention());
    const [call] = await h.fake.waitFor("chat.postMessage");
    expect(sent(call).text).toMatch(/^Sorry, something went wrong/);
  });

  it("never writes the bot token or the signing secret to the log", async () => {
    h = await startHarness();
    h.fake.script("chat.postMessage", { status: 500, body: { ok: false } });
    await h.postEvent(mention());
    await h.postCommand("value");
    await h.postEvent(mention(), { secret: "wrong" });
    expect(h.fake.callsTo("chat.postMessage")[0]?.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(h.logs().length).toBeGreaterThan(0);
    expect(h.logs()).not.toContain(BOT_TOKEN);
    expect(h.logs()).not.toContain(SIGNING_SECRET);
  });
});
