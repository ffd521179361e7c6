import { afterEach, describe, expect, it } from "vitest";
import { type Harness, sent, startHarness } from "../harness.js";
import { shown } from "../shown.js";

const dm = (text: string, extra: Record<string, unknown> = {}) => ({
  type: "message",
  channel_type: "im",
  channel: "D1",
  user: "U1",
  text,
  ts: "1700000000.000100",
  ...extra,
});

describe("message.im", () => {
  let h: Harness;
  afterEach(() => h?.close());

  it("answers a direct message in the DM, at the top level", async () => {
    h = await startHarness();
    await h.postEvent(dm("how many years is the agreement?"));
    const message = sent((await h.fake.waitFor("chat.postMessage"))[0]);
    expect(message.channel).toBe("D1");
    expect(message.thread_ts).toBeUndefined();
    expect(shown(message.blocks[0])).toBe("*seven years*");
  });

  it("reads a short follow-up in the DM with the earlier question as context", async () => {
    h = await startHarness();
    await h.postEvent(dm("how much is the deal worth?"));
    await h.postEvent(dm("and when?", { ts: "1700000010.000100" }));
    await h.fake.waitFor("chat.postMessage", 2);
    expect(h.asked).toEqual([
      "how much is the deal worth?",
      "and when? | after: how much is the deal worth?",
    ]);
  });

  it("ignores edits, other bots and its own messages", async () => {
    h = await startHarness();
    await h.postEvent(dm("edited", { subtype: "message_changed" }));
    await h.postEvent(dm("from a bot", { bot_id: "BOTHER" }));
    await h.postEvent(dm("from itself", { user: "UBOT" }));
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);
    expect(h.asked).toEqual([]);
  });
});
