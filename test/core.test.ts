import { describe, expect, it } from "vitest";
import type { CommandSpec, Envelope } from "../src/commands/command.js";
import { COMMANDS } from "../src/commands/table.js";
import { createCore } from "../src/core.js";
import type { DigestService } from "../src/digest/digest-service.js";
import { createFakeEngine } from "./fixtures/fake-engine.js";

const envelope: Envelope = { platform: "discord", userId: "42", channelKey: "discord:G1:C1" };

/** A command that shows what context it ran in. */
const clockCommand: CommandSpec = {
  name: "clock",
  description: "Tells the core's time",
  kind: "utility",
  options: [],
  run: (_options, ctx) => ({
    type: "notice",
    tone: "info",
    text: `${ctx.now().toISOString()} ${ctx.envelope.userId}`,
  }),
};

describe("createCore", () => {
  it("answers text through the engine it was given", async () => {
    const engine = createFakeEngine();
    const core = createCore({ engine });
    const reply = await core.handleText("/deal how long is the deal?", envelope);
    expect(engine.asked).toEqual(["how long is the deal?"]);
    expect(reply).toMatchObject({ type: "answer", result: { answer: "seven years" } });
    expect(core.engine).toBe(engine);
  });

  it("offers the whole command table unless given another", () => {
    expect(createCore({ engine: createFakeEngine() }).commands).toBe(COMMANDS);
    const core = createCore({ engine: createFakeEngine(), commands: [clockCommand] });
    expect(core.commands).toEqual([clockCommand]);
  });

  it("runs a named command with structured options, as Discord sends them", async () => {
    const engine = createFakeEngine();
    const core = createCore({ engine });
    const reply = await core.runCommand("ask", { question: "how long is the deal?" }, envelope);
    expect(engine.asked).toEqual(["how long is the deal?"]);
    expect(reply.type).toBe("answer");
  });

  it("validates structured options like typed ones", async () => {
    const core = createCore({ engine: createFakeEngine() });
    expect(await core.runCommand("ask", {}, envelope)).toMatchObject({ type: "notice", tone: "warning" });
  });

  it("passes the digest service and lower-cased choices to the digest command", async () => {
    const seen: unknown[] = [];
    const notice = { type: "notice", tone: "success", text: "ok" } as const;
    const digest: DigestService = {
      subscribe: async (e, options) => {
        seen.push([e.channelKey, options]);
        return notice;
      },
      unsubscribe: async () => notice,
      status: async () => notice,
      preview: async () => notice,
    };
    const core = createCore({ engine: createFakeEngine(), digest });
    const options = { action: "ON", time: "07:15", timezone: undefined, mode: undefined };
    await core.runCommand("digest", options, envelope);
    expect(seen).toEqual([["discord:G1:C1", expect.objectContaining({ time: "07:15" })]]);
    // The caller's object is left as it was.
    expect(options.action).toBe("ON");
  });

  it("treats an unknown command name as text: did-you-mean, else a question", async () => {
    const engine = createFakeEngine();
    const core = createCore({ engine });
    expect(await core.runCommand("markt", {}, envelope)).toEqual({
      type: "did_you_mean",
      input: "markt",
      suggestions: ["market"],
    });
    expect((await core.runCommand("GPUs", {}, envelope)).type).toBe("answer");
    expect(engine.asked).toEqual(["GPUs"]);
  });

  it("gives commands the injected clock and the asker's envelope", async () => {
    const now = () => new Date("2025-11-05T08:00:00Z");
    const core = createCore({ engine: createFakeEngine(), commands: [clockCommand], now });
    expect(core.now).toBe(now);
    expect(await core.handleText("clock", envelope)).toMatchObject({ text: "2025-11-05T08:00:00.000Z 42" });
    expect(await core.runCommand("clock", {}, envelope)).toMatchObject({
      text: "2025-11-05T08:00:00.000Z 42",
    });
  });

  it("keeps one rate limiter for all callers, on the injected clock", () => {
    let t = Date.parse("2025-11-05T08:00:00Z");
    const core = createCore({ engine: createFakeEngine(), now: () => new Date(t), rateLimitPerMinute: 2 });
    const limiter = core.rateLimiter;
    expect(limiter.take("slack:U1")).toBe(true);
    // Another adapter holding the same core spends the same budget.
    expect(core.rateLimiter).toBe(limiter);
    expect(core.rateLimiter.take("slack:U1")).toBe(true);
    expect(core.rateLimiter.take("slack:U1")).toBe(false);
    expect(core.rateLimiter.retryAfterSeconds("slack:U1")).toBe(60);
    t += 60_000;
    expect(core.rateLimiter.take("slack:U1")).toBe(true);
  });

  it("allows 10 questions a minute by default", () => {
    const core = createCore({ engine: createFakeEngine(), now: () => new Date(0) });
    const taken = Array.from({ length: 11 }, () => core.rateLimiter.take("u"));
    expect(taken.filter(Boolean)).toHaveLength(10);
  });
});
