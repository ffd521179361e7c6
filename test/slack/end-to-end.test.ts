import { afterEach, describe, expect, it } from "vitest";
import { loadEngine } from "../../src/bootstrap.js";
import { everythingSent, type Harness, sent, startHarness } from "./harness.js";
import { shown } from "./shown.js";

describe("Slack end to end with the real engine and the seed articles", () => {
  let h: Harness;
  afterEach(() => h?.close());

  it("answers `/deal value` with $38 billion, a verbatim quote, the $3.8 billion conflict, then shares it", async () => {
    const loaded = await loadEngine({ seedsDir: "seeds", publicBaseUrl: "http://localhost:3000" });
    if (!loaded.ok) throw new Error(loaded.error);
    h = await startHarness({ engine: loaded.engine });

    await h.postCommand("value");
    const reply = sent((await h.fake.waitFor("respond:command"))[0]);
    expect(shown(reply.blocks[0])).toBe("*$38 billion*");
    const quote = shown(reply.blocks[1]) ?? "";
    expect(quote.startsWith(">")).toBe(true);
    // The quote is a sentence of one of the articles, word for word.
    const articleTexts = loaded.engine.articles().map((a) => a.text);
    expect(articleTexts.some((t) => t.includes(quote.slice(1).replace(/&amp;/g, "&")))).toBe(true);
    const all = reply.blocks.map(shown).join("\n");
    expect(all).toMatch(/:warning: \*Sources disagree on .*\$3\.8 billion/);

    const share = reply.blocks
      .find((b) => b.type === "actions")
      ?.elements?.find((e) => e.action_id === "deal_share");
    await h.postAction("deal_share", share?.value ?? "");
    const shared = sent((await h.fake.waitFor("chat.postMessage"))[0]);
    expect(shown(shared.blocks[0])).toBe("*$38 billion*");
    expect(everythingSent(h.fake)).not.toMatch(/<!(channel|here|everyone)>/);
  });
});
