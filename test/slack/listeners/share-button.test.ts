import { afterEach, describe, expect, it } from "vitest";
import { createSharedAnswerCache } from "../../../adapters/slack/answer-cache.js";
import { silentLogger } from "../../digest/support.js";
import { type Harness, sent, startHarness } from "../harness.js";
import { markupOnly, shown } from "../shown.js";

describe("Share in channel", () => {
  let h: Harness;
  afterEach(() => h?.close());

  async function shareValueFor(text: string): Promise<string> {
    await h.postCommand(text);
    const reply = sent((await h.fake.waitFor("respond:command"))[0]);
    const button = reply.blocks
      .find((b) => b.type === "actions")
      ?.elements?.find((e) => e.action_id === "deal_share");
    if (!button?.value) throw new Error("no Share button");
    return button.value;
  }

  it("posts the same answer publicly, attributed to the asker from Slack's payload, and removes the ephemeral copy", async () => {
    h = await startHarness();
    const value = await shareValueFor("value");
    const res = await h.postAction("deal_share", value, { user: "U1" });
    expect(res.status).toBe(200);
    const shared = sent((await h.fake.waitFor("chat.postMessage"))[0]);
    expect(shared.channel).toBe("C1");
    expect(shown(shared.blocks[0])).toBe("*$38 billion*");
    expect(shown(shared.blocks.at(-1))).toBe("Shared by <@U1> · asked: “/deal value”");
    // The asker is mentioned by an explicit user element built from the payload's user ID.
    expect(JSON.stringify(shared.blocks.at(-1))).toContain('{"type":"user","user_id":"U1"}');
    // Share is gone from the public copy; More sources stays.
    const actions = shared.blocks.find((b) => b.type === "actions");
    expect(actions?.elements?.map((e) => e.action_id)).toEqual(["deal_more_sources"]);
    const [removal] = await h.fake.waitFor("respond:action");
    expect(removal?.body.delete_original).toBe(true);
    // The engine was asked once: the share reuses the cached answer.
    expect(h.asked).toHaveLength(1);
  });

  it("never lets typed markup into the attribution", async () => {
    h = await startHarness();
    const value = await shareValueFor("<!channel> <@U999> what is the interest rate?");
    await h.postAction("deal_share", value, { user: "U1" });
    const shared = sent((await h.fake.waitFor("chat.postMessage"))[0]);
    // Shown as typed, in a rich text element Slack does not parse; the only mention is the asker's.
    expect(shown(shared.blocks.at(-1))).toBe(
      "Shared by <@U1> · asked: “/deal <!channel> <@U999> what is the interest rate?”",
    );
    const live = h.fake.calls.map((c) => JSON.stringify(markupOnly(c.body))).join("\n");
    expect(live).not.toContain("<!channel>");
    expect(live).not.toContain("<@U999>");
    expect(live).not.toMatch(/"type":"(broadcast|usergroup|channel)"|"user_id":"U999"/);
  });

  it("says the answer has expired after a restart, and posts nothing in the channel", async () => {
    h = await startHarness();
    const value = await shareValueFor("value");
    await h.close();
    // A new process: another person asks, then the first person's old button is clicked.
    h = await startHarness();
    await h.postCommand("what chips?", { user_id: "U2" });
    await h.fake.waitFor("respond:command");
    await h.postAction("deal_share", value);
    const [notice] = await h.fake.waitFor("respond:action");
    expect(sent(notice).text).toBe("This answer has expired — ask again.");
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);
    await h.postAction("deal_more_sources", value);
    const [, more] = await h.fake.waitFor("respond:action", 2);
    expect(sent(more).text).toBe("This answer has expired — ask again.");
  });

  it("says the answer is temporarily unavailable when another replica cannot read the store, not that it expired", async () => {
    h = await startHarness();
    const value = await shareValueFor("value");
    await h.close();
    // The other replica: the answer is only in the store, which does not answer.
    const down = () => Promise.reject(new Error("value: the store is unreachable (heartbeat)"));
    h = await startHarness({ answers: createSharedAnswerCache({ put: down, get: down }, silentLogger) });
    await h.postAction("deal_share", value);
    const [notice] = await h.fake.waitFor("respond:action");
    expect(sent(notice).text).toBe("This answer is temporarily unavailable — try again in a minute.");
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);
    await h.postAction("deal_more_sources", value);
    const [, more] = await h.fake.waitFor("respond:action", 2);
    expect(sent(more).text).toBe("This answer is temporarily unavailable — try again in a minute.");
  });

  it("tells the asker how to invite the bot when it is not in the channel", async () => {
    h = await startHarness();
    const value = await shareValueFor("value");
    h.fake.script("chat.postMessage", { body: { ok: false, error: "not_in_channel" } });
    await h.postAction("deal_share", value);
    const [notice] = await h.fake.waitFor("respond:action");
    expect(sent(notice).text).toContain("/invite @deal-bot");
    expect(sent(notice).response_type).toBe("ephemeral");
    expect(h.logs()).toContain("not_in_channel");
  });
});
