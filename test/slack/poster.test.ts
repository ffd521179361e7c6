import { webApi } from "@slack/bolt";
import { afterEach, describe, expect, it } from "vitest";
import { createSlackPoster, parseChannelKey } from "../../adapters/slack/poster.js";
import { type FakeSlack, startFakeSlack } from "./fake-slack-api.js";
import { sent } from "./harness.js";

describe("the Slack digest poster", () => {
  let fake: FakeSlack;
  afterEach(() => fake?.close());

  const client = () =>
    new webApi.WebClient("xoxb-test", { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });

  it("posts a notice to the channel of a slack:<team>:<channel> key", async () => {
    fake = await startFakeSlack();
    const result = await createSlackPoster(client()).post("slack:T1:C9", {
      type: "notice",
      tone: "info",
      text: "Digest <on>",
    });
    // Slack's message timestamp is the post's id, kept in the digest ledger.
    expect(result).toEqual({ messageId: "1700000000.000200" });
    const message = sent(fake.callsTo("chat.postMessage")[0]);
    expect(message.channel).toBe("C9");
    expect(message.text).toBe(":information_source: Digest &lt;on&gt;");
  });

  it("rejects when Slack refuses the post, and for keys of other platforms", async () => {
    fake = await startFakeSlack();
    fake.script("chat.postMessage", { body: { ok: false, error: "channel_not_found" } });
    const poster = createSlackPoster(client());
    await expect(poster.post("slack:T1:C9", { type: "notice", tone: "info", text: "x" })).rejects.toThrow(
      "channel_not_found",
    );
    await expect(poster.post("discord:G1:C1", { type: "notice", tone: "info", text: "x" })).rejects.toThrow(
      'not a Slack channel key: "discord:G1:C1"',
    );
  });

  it("parses channel keys", () => {
    expect(parseChannelKey("slack:T1:C1")).toEqual({ team: "T1", channel: "C1" });
    expect(parseChannelKey("slack:T1")).toBeUndefined();
  });
});
