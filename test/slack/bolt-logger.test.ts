import { Writable } from "node:stream";
import { LogLevel } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { boltLogger } from "../../adapters/slack/bolt-logger.js";
import { createLogger } from "../../src/logger.js";

function capture(level: string) {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger(level, sink), lines };
}

describe("boltLogger", () => {
  it("joins Bolt's message parts into one line and redacts token-shaped text in them", () => {
    const { logger, lines } = capture("debug");
    boltLogger(logger).warn(
      "request failed",
      { headers: { Authorization: "Bearer xoxb-123-abc" } },
      new Error("boom"),
    );
    const entry = JSON.parse(lines[0] ?? "{}");
    expect(entry.msg).toBe('request failed {"headers":{"Authorization":"Bearer [redacted]"}} boom');
    expect(entry.component).toBe("slack-bolt");
    expect(lines.join("")).not.toContain("xoxb-123-abc");
  });

  it("reports the pino level to Bolt and ignores Bolt's attempts to change it", () => {
    const { logger, lines } = capture("warn");
    const bolt = boltLogger(logger);
    expect(bolt.getLevel()).toBe(LogLevel.WARN);
    bolt.setLevel(LogLevel.DEBUG);
    bolt.debug("hidden");
    expect(lines).toHaveLength(0);
  });
});
