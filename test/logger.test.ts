/**
 * Tokens never reach the log, wherever they hide: a known field at any depth, a free-text message, an
 * error's message or stack, a string in an array.
 */
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, plainLogLine, redactTokens } from "../src/logger.js";

const SLACK_BOT = "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx";
const SLACK_APP = "xapp-1-A0123456789-1234567890123-abcdef0123456789";
const SLACK_USER = "xoxp-1234-5678-abcdef";
// Discord-shaped: base64 user id, timestamp, HMAC. Made up, like all of these.
const DISCORD = "MTA5ODc2NTQzMjEwOTg3NjU0Mw.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB";
const DISCORD_NEWER = "OTg3NjU0MzIxMDk4NzY1NDMy.Yx1a2b.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef";
const SECRETS = [SLACK_BOT, SLACK_APP, SLACK_USER, DISCORD, DISCORD_NEWER, "signing-secret-value"];

/** A logger at `level` writing into a string. */
function capture(level = "trace", format: "json" | "plain" = "json") {
  let output = "";
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      output += chunk.toString();
      callback();
    },
  });
  return { logger: createLogger(level, destination, format), output: () => output };
}

function expectNoSecret(output: string) {
  expect(output.length).toBeGreaterThan(0);
  for (const secret of SECRETS) expect(output).not.toContain(secret);
  // And not their distinctive pieces either.
  expect(output).not.toMatch(/AbCdEfGhIjKlMnOpQrStUvWx|abcdefghijklmnopqrstuvwxyz0123456789AB/);
}

describe("redactTokens", () => {
  it.each([SLACK_BOT, SLACK_APP, SLACK_USER, DISCORD, DISCORD_NEWER])("replaces %s in free text", (token) => {
    expect(redactTokens(`auth failed for ${token}, retrying`)).toBe("auth failed for [redacted], retrying");
  });

  it("leaves ordinary text alone", () => {
    const text = "OpenAI signs a $38 billion deal with AWS (x-request-id: abc-123) on 2025-11-03.";
    expect(redactTokens(text)).toBe(text);
  });
});

describe("createLogger", () => {
  it("redacts token fields at the top level and nested at any depth", () => {
    const { logger, output } = capture();
    logger.info({
      token: SLACK_BOT,
      signingSecret: "signing-secret-value",
      config: { SLACK_APP_TOKEN: SLACK_APP, DISCORD_TOKEN: DISCORD },
      request: { headers: { authorization: `Bearer ${SLACK_USER}` } },
      deep: { a: { b: { c: { botToken: DISCORD_NEWER } } } },
    });
    expectNoSecret(output());
    expect(output()).toContain("[redacted]");
  });

  it("redacts tokens in the message text", () => {
    const { logger, output } = capture();
    logger.warn(`could not post with ${SLACK_BOT} or ${DISCORD}`);
    logger.info({ channel: "C1" }, "retrying with %s", SLACK_APP);
    expectNoSecret(output());
  });

  it("redacts tokens inside an error's message and stack", () => {
    const { logger, output } = capture();
    const error = new Error(`An API error occurred: invalid_auth (token ${SLACK_BOT})`);
    logger.error({ err: error }, "slack failed");
    logger.error(new Error(`Discord said 401 for Bot ${DISCORD}`));
    expectNoSecret(output());
    expect(output()).toContain("invalid_auth");
  });

  it("redacts a token that starts a line of a multi-line message", () => {
    const { logger, output } = capture();
    // In the JSON line the break is written "\\n", right before the token.
    logger.error({ err: new Error(`request failed:\n${SLACK_BOT}\n\t${DISCORD}`) }, "dump");
    expectNoSecret(output());
  });

  it("filters a very long line in linear time", () => {
    const { logger, output } = capture();
    // One 200,000-character word full of M, N and O: a pattern that backtracked per character would hang.
    logger.info({ blob: "MNO".repeat(66_667) });
    expect(output().length).toBeGreaterThan(200_000);
  });

  it("redacts tokens in fields it has no name for", () => {
    const { logger, output } = capture();
    logger.info({ url: `https://slack.com/api/auth.test?token=${SLACK_BOT}`, list: ["a", DISCORD] });
    logger.child({ shard: 0, note: SLACK_APP }).info("child logger");
    expectNoSecret(output());
  });

  it("keeps everything else readable", () => {
    const { logger, output } = capture();
    logger.info({ user: "U123", question: "how much is the deal worth?" }, "answered");
    const line = JSON.parse(output());
    expect(line).toMatchObject({ user: "U123", question: "how much is the deal worth?", msg: "answered" });
  });

  it("writes nothing below its level", () => {
    const { logger, output } = capture("warn");
    logger.info("quiet");
    logger.warn("loud");
    expect(output()).not.toContain("quiet");
    expect(output()).toContain("loud");
  });
});

describe("the plain format (the terminal chat)", () => {
  it("writes one readable line a message, with its fields and an error's message only", () => {
    const { logger, output } = capture("info", "plain");
    logger.warn({ file: "seeds/bad.md" }, "article not loaded: no title");
    logger.error({ err: new Error("disk full") }, "snapshot not written");
    expect(output()).toBe(
      "deal-bot warning: article not loaded: no title (file: seeds/bad.md)\n" +
        "deal-bot error: snapshot not written (err: disk full)\n",
    );
  });

  it("still redacts tokens", () => {
    const { logger, output } = capture("info", "plain");
    logger.warn({ token: SLACK_BOT, url: `https://x.test/?t=${DISCORD}` }, `failed with ${SLACK_APP}`);
    expectNoSecret(output());
    expect(output()).toMatch(/^deal-bot warning: failed with \[redacted\]/);
  });

  it("passes a line that is not JSON through unchanged", () => {
    expect(plainLogLine("not json\n")).toBe("not json\n");
  });
});
