import { afterEach, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "../harness.js";

const THREAD = "1700000000.000100";

/** The reasons of the "message not answered" lines logged at debug. */
function debugReasons(h: Harness): string[] {
  return h
    .logs()
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { level: number; msg: string; reason?: string })
    .filter((l) => l.level === 20 && l.msg === "message not answered")
    .map((l) => l.reason ?? "");
}

describe("thread follow-ups", () => {
  let h: Harness;
  afterEach(() => h?.close());

  async function mentionThenReply(text: string, extra: Record<string, unknown> = {}) {
    await h.postEvent({
      type: "app_mention",
      user: "U1",
      text: "<@UBOT> how much is the deal worth?",
      ts: THREAD,
      channel: "C1",
    });
    await h.postEvent({
      type: "message",
      channel_type: "channel",
      channel: "C1",
      user: "U2",
      text,
      ts: "1700000100.000100",
      thread_ts: THREAD,
      ...extra,
    });
  }

  it("answers a reply in a thread where it answered, without a mention, using the earlier question", async () => {
    h = await startHarness();
    await mentionThenReply("and when?");
    const calls = await h.fake.waitFor("chat.postMessage", 2);
    expect(calls[1]?.body.thread_ts).toBe(THREAD);
    expect(h.asked).toEqual([
      "how much is the deal worth?",
      "and when? | after: how much is the deal worth?",
    ]);
  });

  it("leaves threads it never answered in alone", async () => {
    h = await startHarness();
    await h.postEvent({
      type: "message",
      channel_type: "channel",
      channel: "C1",
      user: "U2",
      text: "and when?",
      ts: "1700000100.000100",
      thread_ts: "1600000000.000100",
    });
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);
    // As after a restart that lost the thread's memory: the reason is at debug, not silence.
    expect(debugReasons(h)).toEqual([expect.stringMatching(/thread the bot has not answered in/)]);
  });

  it("logs at debug, with the reason, an ordinary channel message not addressed to it", async () => {
    h = await startHarness();
    await h.postEvent({
      type: "message",
      channel_type: "channel",
      channel: "C1",
      user: "U2",
      text: "lunch anyone?",
      ts: "1700000200.000100",
    });
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);
    expect(debugReasons(h)).toEqual([expect.stringMatching(/not addressed to the bot/)]);
  });

  it("does not answer twice when the follow-up also mentions the bot", async () => {
    h = await startHarness();
    // Slack delivers a mention in a thread as both app_mention and message.channels.
    await mentionThenReply("<@UBOT> and when?");
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(1);
  });
});
