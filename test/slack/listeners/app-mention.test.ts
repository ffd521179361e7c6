import { afterEach, describe, expect, it } from "vitest";
import { createThreadMemory } from "../../../adapters/slack/thread-memory.js";
import { everythingSent, type Harness, sent, startHarness } from "../harness.js";
import { shown } from "../shown.js";

describe("app_mention", () => {
  let h: Harness;
  afterEach(() => h?.close());

  it("reads thread memory for a mention inside a thread, never for one that opens a thread", async () => {
    const memory = createThreadMemory();
    const recalled: string[] = [];
    h = await startHarness({
      threads: {
        ...memory,
        recall: (key) => {
          recalled.push(key);
          return memory.recall(key);
        },
      },
    });
    await h.postEvent({
      type: "app_mention",
      user: "U1",
      text: "<@UBOT> value",
      ts: "1700000000.000100",
      channel: "C1",
    });
    await h.postEvent({
      type: "app_mention",
      user: "U1",
      text: "<@UBOT> and when?",
      ts: "1700000000.000200",
      thread_ts: "1700000000.000100",
      channel: "C1",
    });
    await h.fake.waitFor("chat.postMessage", 2);
    expect(recalled).toEqual(["T1:C1:1700000000.000100"]);
    // The follow-up was read with the thread's first question.
    expect(h.asked[1]).toBe("and when? | after: how much is the deal worth?");
  });

  it("answers in a thread under the question with the answer in bold, the quote and a More sources button", async () => {
    h = await startHarness();
    const res = await h.postEvent({
      type: "app_mention",
      user: "U1",
      text: "<@UBOT> how much is the deal worth?",
      ts: "1700000000.000100",
      channel: "C1",
    });
    expect(res.status).toBe(200);
    const [call] = await h.fake.waitFor("chat.postMessage");
    expect(call?.headers.authorization).toBe("Bearer xoxb-test-harness-token");
    const body = sent(call);
    expect(body.channel).toBe("C1");
    expect(body.thread_ts).toBe("1700000000.000100");
    expect(body.text).toContain("$38 billion");
    expect(body.blocks[0]).toEqual({
      type: "rich_text",
      elements: [
        {
          type: "rich_text_section",
          elements: [{ type: "text", text: "$38 billion", style: { bold: true } }],
        },
      ],
    });
    expect(shown(body.blocks[1])).toBe(">This partnership is valued at $38 billion.");
    expect(body.blocks.map((b) => b.type)).toContain("actions");
    const actions = body.blocks.find((b) => b.type === "actions");
    expect(actions?.elements?.map((e) => e.action_id)).toEqual(["deal_more_sources"]);
    // The bot's own mention is not part of the question the engine sees.
    expect(h.asked).toEqual(["how much is the deal worth?"]);
  });

  it("answers inside the thread it was asked in", async () => {
    h = await startHarness();
    await h.postEvent({
      type: "app_mention",
      user: "U1",
      text: "<@UBOT> how many years?",
      ts: "1700000050.000100",
      thread_ts: "1700000000.000100",
      channel: "C1",
    });
    const [call] = await h.fake.waitFor("chat.postMessage");
    expect(call?.body.thread_ts).toBe("1700000000.000100");
  });

  it("never sends <!channel> from a question unescaped", async () => {
    h = await startHarness();
    await h.postEvent({
      type: "app_mention",
      user: "U1",
      text: "<@UBOT> <!channel> what is the interest rate? &lt;b&gt;",
      ts: "1700000000.000100",
      channel: "C1",
    });
    await h.fake.waitFor("chat.postMessage");
    expect(h.asked).toEqual(["<!channel> what is the interest rate? <b>"]);
    expect(everythingSent(h.fake)).not.toContain("<!channel>");
  });

  it("replies to the asker alone, politely, once they are over the rate limit", async () => {
    h = await startHarness({ rateLimitPerMinute: 1 });
    const mention = (ts: string) =>
      h.postEvent({ type: "app_mention", user: "U1", text: "<@UBOT> how many years?", ts, channel: "C1" });
    await mention("1700000000.000100");
    await mention("1700000001.000100");
    const [notice] = await h.fake.waitFor("chat.postEphemeral");
    expect(notice?.body).toMatchObject({ channel: "C1", user: "U1", thread_ts: "1700000001.000100" });
    expect(notice?.body.text).toMatch(/try again in \d+ s/);
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(1);
    expect(h.asked).toHaveLength(1);
  });

  it("answers a thread reply also sent to the channel (subtype thread_broadcast)", async () => {
    h = await startHarness();
    await h.postEvent({
      type: "app_mention",
      subtype: "thread_broadcast",
      user: "U1",
      text: "<@UBOT> how much is the deal worth?",
      ts: "1700000000.000500",
      thread_ts: "1700000000.000400",
      channel: "C1",
    });
    const [call] = await h.fake.waitFor("chat.postMessage");
    expect(sent(call).thread_ts).toBe("1700000000.000400");
    expect(h.asked).toEqual(["how much is the deal worth?"]);
  });

  it("answers a DM sent with a file, and logs at debug why it leaves an edited message alone", async () => {
    h = await startHarness();
    await h.postEvent({
      type: "message",
      subtype: "file_share",
      channel_type: "im",
      user: "U1",
      text: "how much is the deal worth?",
      ts: "1700000000.000600",
      channel: "D1",
    });
    await h.fake.waitFor("chat.postMessage");
    expect(h.asked).toEqual(["how much is the deal worth?"]);
    await h.postEvent({
      type: "message",
      subtype: "message_changed",
      channel_type: "im",
      channel: "D1",
      ts: "1700000000.000700",
      message: { user: "U1", text: "how long?", ts: "1700000000.000600" },
    });
    expect(h.asked).toHaveLength(1);
    const debug = h
      .logs()
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { level: number; reason?: string })
      .filter((l) => l.level === 20 && l.reason?.includes("message_changed"));
    expect(debug.length).toBeGreaterThan(0);
  });
});
