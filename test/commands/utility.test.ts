import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/commands/table.js";
import { askCommand, helpCommand, helpReply } from "../../src/commands/utility.js";
import { testContext } from "./context.js";

describe("helpReply", () => {
  it("lists every command of the table, in its order", () => {
    const reply = helpReply(COMMANDS);
    expect(reply.type === "help" && reply.commands.map((c) => c.name)).toEqual(COMMANDS.map((c) => c.name));
  });

  it("shows required options in angle brackets and optional ones in square brackets", () => {
    const reply = helpReply(COMMANDS);
    if (reply.type !== "help") throw new Error("expected help");
    const usage = Object.fromEntries(reply.commands.map((c) => [c.name, c.usage]));
    expect(usage.ask).toBe("<question>");
    expect(usage.digest).toBe("<action> [time] [timezone] [mode]");
    expect(usage.value).toBeUndefined();
  });

  it("opens with an example question", () => {
    const reply = helpReply(COMMANDS);
    expect(reply.type === "help" && reply.intro).toContain("/deal how many GPUs?");
  });
});

describe("helpCommand", () => {
  it("replies with help for the context's table", async () => {
    const { ctx } = testContext({ commands: [helpCommand] });
    expect(await helpCommand.run({}, ctx)).toMatchObject({ type: "help", commands: [{ name: "help" }] });
  });

  it("explains one command: how it is typed, what it does, its options, a topic's question", async () => {
    const { ctx } = testContext({ commands: COMMANDS });
    const follow = await helpCommand.run({ command: "follow" }, ctx);
    expect(follow).toMatchObject({ type: "notice", tone: "info" });
    expect(follow.type === "notice" && follow.text).toMatch(
      /^`\/deal follow <story>` — Follow a story .* `story`: the story's id, title words or number in \/deal stories\.$/,
    );
    const digest = await helpCommand.run({ command: "/deal digest" }, ctx);
    // Choices the description already names are not listed twice; an acronym keeps its capitals.
    expect(digest.type === "notice" && digest.text).toContain("`action`: on, off, status or preview.");
    expect(digest.type === "notice" && digest.text).toContain("IANA timezone");
    const value = await helpCommand.run({ command: "value" }, ctx);
    expect(value.type === "notice" && value.text).toMatch(/It asks “.+\?”\./);
    expect(await helpCommand.run({ command: "folow" }, ctx)).toEqual({
      type: "did_you_mean",
      input: "folow",
      suggestions: ["follow"],
    });
    expect((await helpCommand.run({ command: "zzzz" }, ctx)).type).toBe("help");
  });
});

describe("askCommand", () => {
  it("asks the engine the question, with the thread's previous one", async () => {
    const { ctx, asked } = testContext({
      envelope: { platform: "slack", userId: "U1", channelKey: "slack:T1:C1", previousQuestion: "who?" },
    });
    const reply = await askCommand.run({ question: " how long? " }, ctx);
    expect(asked).toEqual(["how long? | after: who?"]);
    expect(reply).toMatchObject({ type: "answer", result: { question: "how long?" } });
  });

  it("shows help for a blank question", async () => {
    const { ctx, asked } = testContext();
    expect((await askCommand.run({ question: "  " }, ctx)).type).toBe("help");
    expect(asked).toEqual([]);
  });
});
