/**
 * A revoked or invalid bot token through the real Bolt app and the fake Slack API: one error saying to
 * reinstall, and no further calls to Slack with that token.
 */
import { afterEach, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
afterEach(() => h?.close());

const mention = (ts: string) => ({
  type: "app_mention",
  user: "U1",
  text: "<@UBOT> how much is the deal worth?",
  ts,
  channel: "C1",
});

describe("a token Slack rejects", () => {
  it.each([
    "invalid_auth",
    "token_revoked",
    "account_inactive",
  ])("after %s logs one error saying to reinstall and makes no more calls", async (error) => {
    h = await startHarness();
    h.fake.script("chat.postMessage", { body: { ok: false, error } });
    await h.postEvent(mention("1700000000.000001"));
    await h.postEvent(mention("1700000000.000002"));
    await h.postEvent(mention("1700000000.000003"));
    // Only the first answer reached Slack: no apology, no second or third answer with a dead token.
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(1);
    const lines = h
      .logs()
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { level: number; msg: string; reason?: string });
    const reinstall = lines.filter((l) => l.level >= 50 && /reinstall/i.test(l.msg));
    expect(reinstall).toHaveLength(1);
    expect(reinstall[0]?.msg).toContain(error);
    // What was not answered on purpose is logged at debug with the reason.
    expect(lines.filter((l) => l.level === 20 && l.reason?.includes(error))).toHaveLength(2);
  });

  it("still answers /deal through its response_url, which needs no token", async () => {
    h = await startHarness();
    h.fake.script("chat.postMessage", { body: { ok: false, error: "token_revoked" } });
    await h.postEvent(mention("1700000000.000004"));
    await h.postCommand("value");
    const [reply] = await h.fake.waitFor("respond:command");
    expect(JSON.stringify(reply?.body)).toContain("38 billion");
  });
});
