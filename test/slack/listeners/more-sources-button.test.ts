import { afterEach, describe, expect, it } from "vitest";
import { type Harness, sent, startHarness } from "../harness.js";
import { shown } from "../shown.js";

describe("More sources", () => {
  let h: Harness;
  afterEach(() => h?.close());

  it("shows the clicker every supporting quote and the disagreeing one, privately", async () => {
    h = await startHarness();
    await h.postEvent({
      type: "app_mention",
      user: "U1",
      text: "<@UBOT> what is it worth?",
      ts: "1700000000.000100",
      channel: "C1",
    });
    const answer = sent((await h.fake.waitFor("chat.postMessage"))[0]);
    const button = answer.blocks.find((b) => b.type === "actions")?.elements?.[0];
    expect(button?.action_id).toBe("deal_more_sources");
    await h.postAction("deal_more_sources", button?.value ?? "", { user: "U2" });
    const reply = sent((await h.fake.waitFor("respond:action"))[0]);
    expect(reply.response_type).toBe("ephemeral");
    expect(reply.replace_original).toBe(false);
    const text = reply.blocks.map(shown).join("\n");
    expect(text).toContain(">This partnership is valued at $38 billion.");
    expect(text).toContain(">The company has signed a seven-year, $38 billion cloud services agreement");
    expect(text).toContain("*Stating $3.8 billion instead:*");
    expect(text).toContain("colossal $3.8 billion commitment");
  });

  it("says so when a click carries no value it understands", async () => {
    h = await startHarness();
    await h.postAction("deal_more_sources", "not json");
    const reply = sent((await h.fake.waitFor("respond:action"))[0]);
    expect(reply.text).toBe("This answer has expired — ask again.");
  });
});
