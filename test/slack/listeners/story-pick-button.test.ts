/**
 * The "which story?" buttons through real Bolt: signed requests in, the fake Slack Web API and
 * response_urls out, and the real engine over three deal stories.
 */
import { afterEach, describe, expect, it } from "vitest";
import { dealEngine } from "../../fixtures/deal-stories.js";
import { everythingSent, type Harness, type SentMessage, sent, startHarness } from "../harness.js";
import { shown } from "../shown.js";

const THREAD = "1700000000.000100";

function pickButtons(message: SentMessage) {
  const actions = message.blocks.find((b) => b.elements?.some((e) => e.action_id?.startsWith("deal_pick_")));
  return actions?.elements ?? [];
}

function buttonFor(message: SentMessage, titleWord: RegExp) {
  const button = pickButtons(message).find((e) =>
    titleWord.test(typeof e.text === "string" ? e.text : (e.text?.text ?? "")),
  );
  if (!button?.action_id || !button.value) throw new Error(`no story button matching ${titleWord}`);
  return { actionId: button.action_id, value: button.value };
}

describe("story picker buttons", () => {
  let h: Harness;
  afterEach(() => h?.close());

  it("offers one button per story and answers /deal within the picked one, in place and still ephemeral", async () => {
    h = await startHarness({ engine: dealEngine() });
    await h.postCommand("what is it worth?");
    const which = sent((await h.fake.waitFor("respond:command"))[0]);
    const buttons = pickButtons(which);
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    // Action ids are unique within the block and within Slack's limits.
    expect(new Set(buttons.map((b) => b.action_id)).size).toBe(buttons.length);
    for (const b of buttons) expect((b.value ?? "").length).toBeLessThanOrEqual(2000);

    const pick = buttonFor(which, /Harbor/);
    const res = await h.postAction(pick.actionId, pick.value);
    expect(res.status).toBe(200);
    const answer = sent((await h.fake.waitFor("respond:action"))[0]);
    expect(answer.replace_original).toBe(true);
    expect(answer.response_type).toBe("ephemeral");
    expect(shown(answer.blocks[0])).toMatch(/\$4\.2 billion|\$38/);
    expect(JSON.stringify(answer.blocks)).toMatch(/Harbor/);
    expect(pickButtons(answer)).toHaveLength(0);
    // An ephemeral answer keeps its Share button.
    expect(JSON.stringify(answer.blocks)).toContain("deal_share");
  });

  it("keeps a thread in the picked story: the follow-up is answered from it without naming it", async () => {
    h = await startHarness({ engine: dealEngine() });
    await h.postEvent({
      type: "app_mention",
      user: "U1",
      text: "<@UBOT> what is it worth?",
      ts: THREAD,
      channel: "C1",
    });
    const which = sent((await h.fake.waitFor("chat.postMessage"))[0]);
    const pick = buttonFor(which, /Quanta/);
    await h.postAction(pick.actionId, pick.value, {
      message: { ts: "1700000000.000200", thread_ts: THREAD },
    });
    const answer = sent((await h.fake.waitFor("respond:action"))[0]);
    expect(answer.replace_original).toBe(true);
    expect(answer.response_type).toBeUndefined();
    expect(JSON.stringify(answer.blocks)).toMatch(/\$300 million|\$2\.1 billion/);

    // "how much?" names no story (alone it gets the picker); the thread's story answers it.
    await h.postEvent({
      type: "message",
      channel_type: "channel",
      channel: "C1",
      user: "U1",
      text: "how much?",
      ts: "1700000100.000100",
      thread_ts: THREAD,
    });
    const followUp = sent((await h.fake.waitFor("chat.postMessage", 2))[1]);
    expect(pickButtons(followUp)).toHaveLength(0);
    expect(JSON.stringify(followUp.blocks)).toMatch(/Pinecrest Capital–Quanta|Quanta–Pinecrest Capital/);
    expect(JSON.stringify(followUp.blocks)).not.toContain("Harbor");
  });

  it("never sends a story button value with raw markup, and a forged value gets a short reply", async () => {
    h = await startHarness({ engine: dealEngine() });
    await h.postCommand("<!channel> what is it worth?");
    const which = sent((await h.fake.waitFor("respond:command"))[0]);
    expect(pickButtons(which).length).toBeGreaterThanOrEqual(2);
    expect(everythingSent(h.fake)).not.toContain("<!channel>");

    await h.postAction("deal_pick_story_0", "not json");
    const reply = sent((await h.fake.waitFor("respond:action"))[0]);
    expect(reply.text).toBe("This answer has expired — ask again.");
  });
});
