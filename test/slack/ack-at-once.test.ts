/**
 * Commands and clicks are acknowledged before the claim in the event ledger: a busy shared store must not
 * make Slack show "dispatch failed" for a `/deal` or a button (its 3-second rule). Real Bolt, signed HTTP,
 * the fake Slack Web API.
 */
import { afterEach, describe, expect, it } from "vitest";
import { MORE_SOURCES_ACTION } from "../../adapters/slack/button-value.js";
import type { SeenEvents } from "../../adapters/slack/dedupe-events.js";
import { type Harness, startHarness } from "./harness.js";

describe("ackAtOnce", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it("acknowledges /deal and a button click while their claims are still undecided, and answers once they are", async () => {
    let release: () => void = () => {};
    const decided = new Promise<void>((resolve) => {
      release = resolve;
    });
    const claimed: string[] = [];
    // A shared ledger that takes its time, as a saturated PostgreSQL pool does.
    const slowLedger: SeenEvents = {
      async checkAndRecord(id) {
        claimed.push(id);
        await decided;
        return false;
      },
    };
    h = await startHarness({ processBeforeResponse: false, seenEvents: slowLedger });
    const command = await h.postCommand("value");
    const click = await h.postAction(MORE_SOURCES_ACTION, "not-a-button-value");
    expect(command.status).toBe(200);
    expect(click.status).toBe(200);
    expect(claimed).toHaveLength(2);
    expect(h.fake.callsTo("respond:command")).toHaveLength(0);
    release();
    await h.fake.waitFor("respond:command");
    await h.fake.waitFor("respond:action");
  });

  it("lets a replayed command stop after its ack without answering it again", async () => {
    let seen = false;
    const once: SeenEvents = {
      checkAndRecord: () => {
        const before = seen;
        seen = true;
        return before;
      },
    };
    h = await startHarness({ seenEvents: once });
    expect((await h.postCommand("value")).status).toBe(200);
    expect((await h.postCommand("value")).status).toBe(200);
    expect(h.fake.callsTo("respond:command")).toHaveLength(1);
    expect(h.logs()).not.toContain("ReceiverMultipleAckError");
  });
});
