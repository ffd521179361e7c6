import { webApi } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { describeError, slackErrorCode, withRetries } from "../../adapters/slack/failures.js";
import { type FakeSlack, startFakeSlack } from "./fake-slack-api.js";

describe("describeError", () => {
  it("keeps Slack's error code and the HTTP status, and redacts tokens in the message", async () => {
    let fake: FakeSlack | undefined;
    try {
      fake = await startFakeSlack();
      fake.script("chat.postMessage", { body: { ok: false, error: "channel_not_found" } });
      const client = new webApi.WebClient("xoxb-test", {
        slackApiUrl: fake.apiUrl,
        retryConfig: { retries: 0 },
      });
      const error = await client.chat.postMessage({ channel: "C1", text: "x" }).catch((e: unknown) => e);
      expect(describeError(error)).toMatchObject({
        code: "slack_webapi_platform_error",
        slackError: "channel_not_found",
      });
      expect(slackErrorCode(error)).toBe("channel_not_found");
    } finally {
      await fake?.close();
    }
    expect(describeError(new Error("failed with xoxb-1-secret")).message).toBe("failed with [redacted]");
    expect(describeError("plain")).toEqual({ message: "plain" });
  });
});

describe("withRetries", () => {
  it("retries once per delay and returns the first success", async () => {
    let calls = 0;
    const result = await withRetries(async () => {
      calls += 1;
      if (calls < 3) throw new Error("not yet");
      return "done";
    }, [0, 0]);
    expect(result).toBe("done");
    expect(calls).toBe(3);
  });

  it("throws the last error when every try fails", async () => {
    let calls = 0;
    await expect(
      withRetries(async () => {
        calls += 1;
        throw new Error(`try ${calls}`);
      }, [0]),
    ).rejects.toThrow("try 2");
  });
});
