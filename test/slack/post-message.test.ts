import { afterEach, describe, expect, it } from "vitest";
import { classifyPostError, POST_EVENT_TYPE } from "../../adapters/slack/post-message.js";
import { type Harness, sent, startHarness } from "./harness.js";
import { shown } from "./shown.js";

const mention = (channel: string, user = "U1") => ({
  type: "app_mention",
  user,
  text: "<@UBOT> how many years is the agreement?",
  ts: "1700000000.000100",
  channel,
});

describe("posting to Slack", () => {
  let h: Harness;
  afterEach(() => h?.close());

  it("posts an answer once when Slack confirms it only after the client gave up, finding it by its id", async () => {
    h = await startHarness();
    // The harness's client gives up after 2 s; the post lands but its confirmation comes at 2.5 s.
    h.fake.script("chat.postMessage", { delayMs: 2_500 });
    await h.postEvent(mention("C1"));
    const posts = h.fake.callsTo("chat.postMessage");
    expect(posts).toHaveLength(1);
    expect(shown(sent(posts[0]).blocks[0])).toBe("*seven years*");
    expect(posts[0]?.body.metadata).toMatchObject({ event_type: POST_EVENT_TYPE });
    // It looked in the thread before deciding not to post again.
    expect(h.fake.callsTo("conversations.replies")).toHaveLength(1);
  }, 15_000);

  it("posts a digest once when the confirmation times out", async () => {
    h = await startHarness();
    h.fake.script("chat.postMessage", { delayMs: 2_500 });
    const result = await h.poster.post("slack:T1:C9", { type: "notice", tone: "info", text: "Digest" });
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(1);
    expect(h.fake.callsTo("conversations.history")).toHaveLength(1);
    expect(result).toMatchObject({ messageId: expect.any(String) });
  }, 15_000);

  it("posts again when the timed-out post is not in the channel", async () => {
    h = await startHarness();
    h.fake.script("chat.postMessage", { delayMs: 2_500 });
    h.fake.script("conversations.history", { body: { ok: true, messages: [] } });
    await h.poster.post("slack:T1:C9", { type: "notice", tone: "info", text: "Digest" });
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(2);
  }, 15_000);

  it("never posts again after a timeout where the post cannot be looked for (a direct message)", async () => {
    h = await startHarness();
    h.fake.script("chat.postMessage", { delayMs: 2_500 });
    h.fake.script("conversations.history", { body: { ok: false, error: "channel_not_found" } });
    await expect(
      h.poster.notify?.("slack:T1:C9", "U42", { type: "notice", tone: "warning", text: "Digest paused" }),
    ).rejects.toThrow();
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(1);
  }, 15_000);

  it("holds only the rate-limited channel's post, tells that asker, and answers others at once", async () => {
    h = await startHarness();
    h.fake.script("chat.postMessage", {
      status: 429,
      headers: { "retry-after": "2" },
      body: { ok: false, error: "ratelimited" },
    });
    const slow = h.postEvent(mention("C1", "U1"));
    await h.fake.waitFor("chat.postMessage");
    const started = performance.now();
    await h.postEvent(mention("C2", "U2"));
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(h.fake.callsTo("chat.postMessage").map((c) => c.body.channel)).toEqual(["C1", "C2"]);
    const notice = (await h.fake.waitFor("chat.postEphemeral"))[0];
    expect(notice?.body).toMatchObject({ channel: "C1", user: "U1" });
    expect(String(notice?.body.text)).toMatch(/delayed/i);
    await slow;
    expect(h.fake.callsTo("chat.postMessage").map((c) => c.body.channel)).toEqual(["C1", "C2", "C1"]);
  }, 15_000);
});

describe("classifyPostError", () => {
  it("treats a refused connection and a 5xx as surely failed, a timeout as unknown, a Slack error as final", () => {
    const refused = {
      code: "slack_webapi_request_error",
      original: { cause: { code: "ECONNREFUSED" } },
    };
    expect(classifyPostError(refused).outcome).toBe("surely-failed");
    expect(classifyPostError({ code: "slack_webapi_http_error", statusCode: 503 }).outcome).toBe(
      "surely-failed",
    );
    const timeout = { code: "slack_webapi_request_error", original: { name: "TimeoutError" } };
    expect(classifyPostError(timeout).outcome).toBe("unknown");
    expect(classifyPostError({ code: "slack_webapi_platform_error" }).outcome).toBe("refused");
    expect(classifyPostError({ code: "slack_webapi_rate_limited_error", retryAfter: 3 })).toEqual({
      outcome: "rate-limited",
      retryAfterSec: 3,
    });
  });
});
