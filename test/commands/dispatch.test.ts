import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CommandSpec } from "../../src/commands/command.js";
import {
  handleText,
  MAX_INPUT_CHARS,
  normalizeInput,
  parseOptions,
  runCommand,
  suggestCommands,
} from "../../src/commands/dispatch.js";
import { ReplySchema } from "../../src/commands/reply.js";
import { COMMANDS, findCommand } from "../../src/commands/table.js";
import type { DigestService } from "../../src/digest/digest-service.js";
import type { IngestService } from "../../src/ingest/ingest-service.js";
import { envelope, testContext } from "./context.js";

const pick: CommandSpec = {
  name: "pick",
  description: "A command with a choice and a rest option",
  kind: "utility",
  options: [
    { name: "mode", description: "quiet or verbose", required: true, choices: ["quiet", "verbose"] },
    { name: "when", description: "when", required: false },
    { name: "note", description: "what is left", required: false, rest: true },
  ],
  run: (options) => ({ type: "notice", tone: "info", text: JSON.stringify(options) }),
};

describe("normalizeInput", () => {
  it("removes the /deal prefix in any case", () => {
    expect(normalizeInput("/deal value")).toBe("value");
    expect(normalizeInput("  /DEAL   chips ")).toBe("chips");
    expect(normalizeInput("/deal")).toBe("");
  });

  it("keeps a word that only starts with deal", () => {
    expect(normalizeInput("/dealers?")).toBe("/dealers?");
    expect(normalizeInput("deal value")).toBe("deal value");
  });

  it("turns control characters into spaces and folds white space", () => {
    expect(normalizeInput("what\u0000 is\u0007 the\u001b[2J\tdeal\r\nworth?\u0085")).toBe(
      "what is the [2J deal worth?",
    );
  });

  it("says a line past the maximum is too long instead of answering its start", async () => {
    const { ctx, asked } = testContext();
    const reply = await handleText(`how much is the deal worth? ${"very ".repeat(2000)}`, ctx);
    expect(reply).toMatchObject({ type: "notice", tone: "warning" });
    expect(reply.type === "notice" && reply.text).toMatch(
      /^That is 10,027 characters; I read questions of up to 1,000\./,
    );
    expect(asked).toEqual([]);
    // At the maximum it is still a question.
    expect((await handleText(`how much ${"x".repeat(MAX_INPUT_CHARS - 9)}`, ctx)).type).toBe("answer");
  });

  it("caps 10,000 characters at the maximum", () => {
    const input = `how much ${"x".repeat(10_000)}`;
    expect(normalizeInput(input)).toHaveLength(MAX_INPUT_CHARS);
  });

  it("never cuts an emoji in half at the cap", () => {
    const input = `${"a".repeat(MAX_INPUT_CHARS - 1)}🚀🚀`;
    const out = normalizeInput(input);
    expect(out).toBe("a".repeat(MAX_INPUT_CHARS - 1));
    // No lone surrogate left at the end.
    expect(out).not.toMatch(/[\uD800-\uDFFF]/);
  });

  it("keeps emoji and non-Latin text", () => {
    expect(normalizeInput("🚀 Wert des Deals? 価値")).toBe("🚀 Wert des Deals? 価値");
  });
});

describe("parseOptions", () => {
  it("fills options in declaration order and gives the rest option what is left", () => {
    expect(parseOptions(pick, "quiet 08:00 and then  some more")).toEqual({
      mode: "quiet",
      when: "08:00",
      note: "and then some more",
    });
  });

  it("leaves missing options undefined", () => {
    expect(parseOptions(pick, "")).toEqual({ mode: undefined, when: undefined, note: undefined });
    expect(parseOptions(pick, "verbose")).toEqual({ mode: "verbose", when: undefined, note: undefined });
  });

  it("gives a whole question to a rest-only command", () => {
    expect(parseOptions(findCommand("ask")!, "who signed the deal?")).toEqual({
      question: "who signed the deal?",
    });
  });
});

describe("suggestCommands", () => {
  it("suggests the command a typo is one letter from", () => {
    expect(suggestCommands("markt", COMMANDS)).toEqual(["market"]);
    expect(suggestCommands("partise", COMMANDS)).toContain("parties");
  });

  it("suggests the command a word begins", () => {
    expect(suggestCommands("valu", COMMANDS)).toEqual(["value"]);
    expect(suggestCommands("TIME", COMMANDS)).toEqual(["timeline"]);
  });

  it("suggests nothing for unrelated words or short ones", () => {
    for (const word of ["banana", "zzkrr", "what", "how", "who", "revenue", "he", "x"]) {
      expect(suggestCommands(word, COMMANDS), word).toEqual([]);
    }
  });
});

describe("runCommand", () => {
  it("asks for a missing required option, naming it", async () => {
    const { ctx } = testContext();
    const reply = await runCommand(pick, { when: "08:00" }, ctx);
    expect(reply).toEqual({
      type: "notice",
      tone: "warning",
      text: "`/deal pick` needs a mode: quiet or verbose.",
    });
  });

  it("says what a missing story option takes, in a sentence", async () => {
    const { ctx } = testContext();
    expect(await handleText("/deal follow", ctx)).toEqual({
      type: "notice",
      tone: "warning",
      text: "`/deal follow` needs a story: the story's id, title words or number in /deal stories.",
    });
  });

  it("lists the allowed values for a bad choice", async () => {
    const { ctx } = testContext();
    const reply = await runCommand(pick, { mode: "loud" }, ctx);
    expect(reply).toMatchObject({ type: "notice", tone: "warning" });
    expect(reply.type === "notice" && reply.text).toBe("`loud` is not one of `quiet`, `verbose`.");
  });

  it("accepts a choice in any case and passes it on in lower case", async () => {
    const { ctx } = testContext();
    const reply = await runCommand(pick, { mode: "Verbose" }, ctx);
    expect(reply.type === "notice" && JSON.parse(reply.text)).toEqual({ mode: "verbose" });
  });
});

describe("handleText", () => {
  it("answers empty input with help", async () => {
    const { ctx, asked } = testContext();
    for (const text of ["", "   ", "/deal", "\u0000\u0007"]) {
      expect((await handleText(text, ctx)).type).toBe("help");
    }
    expect(asked).toEqual([]);
  });

  it("answers a topic with the question it stands for", async () => {
    const { ctx, asked } = testContext();
    const reply = await handleText("/deal value", ctx);
    expect(asked).toEqual(["how much is the deal worth?"]);
    expect(reply).toMatchObject({ type: "answer", result: { question: "how much is the deal worth?" } });
  });

  it("reads a command through the mentions and emphasis a chat client adds around it", async () => {
    for (const typed of [
      "<@U123> value",
      "**value**",
      "<@U123> **value**",
      "`value`",
      "_value_",
      "@everyone value",
    ]) {
      const { ctx, asked } = testContext();
      await handleText(typed, ctx);
      expect(asked, typed).toEqual(["how much is the deal worth?"]);
    }
    // A question goes to the engine as typed: it strips markup itself, and the reply echoes it as text.
    const { ctx, asked } = testContext();
    await handleText("<@U123> what is **the price** per share?", ctx);
    expect(asked).toEqual(["<@U123> what is **the price** per share?"]);
  });

  it("reads a topic name in any case", async () => {
    const { ctx, asked } = testContext();
    await handleText("Market", ctx);
    expect(asked).toEqual([findCommand("market")!.question]);
  });

  it("answers a free question through the engine, with the thread's previous question", async () => {
    const { ctx, asked } = testContext({ envelope: { ...envelope, previousQuestion: "who signed?" } });
    const reply = await handleText("how long  is the deal?", ctx);
    expect(asked).toEqual(["how long is the deal? | after: who signed?"]);
    expect(reply).toMatchObject({ type: "answer", result: { status: "answered", answer: "seven years" } });
  });

  it("treats a topic word followed by more words as a free question", async () => {
    const { ctx, asked } = testContext();
    await handleText("market share of AWS?", ctx);
    expect(asked).toEqual(["market share of AWS?"]);
  });

  it("answers `ask <question>` as the question itself", async () => {
    const { ctx, asked } = testContext();
    await handleText("/deal ask what chips?", ctx);
    expect(asked).toEqual(["what chips?"]);
  });

  it("asks for the question when `ask` has none", async () => {
    const { ctx, asked } = testContext();
    expect(await handleText("ask", ctx)).toMatchObject({ type: "notice", tone: "warning" });
    expect(asked).toEqual([]);
  });

  it("offers did-you-mean for a mistyped single word, without asking the engine", async () => {
    const { ctx, asked } = testContext();
    expect(await handleText("markt", ctx)).toEqual({
      type: "did_you_mean",
      input: "markt",
      suggestions: ["market"],
    });
    expect(asked).toEqual([]);
  });

  it("reads a swap of neighbouring letters as one slip, and a mistyped non-word before others as a command", async () => {
    const { ctx, asked } = testContext();
    expect(await handleText("valeu", ctx)).toMatchObject({ type: "did_you_mean", suggestions: ["value"] });
    // The command's name typed again after Slack's own "/deal" is no part of the text.
    expect(await handleText("/deal /deal valeu", ctx)).toMatchObject({
      type: "did_you_mean",
      input: "valeu",
    });
    expect(await handleText("/deal valeu", ctx)).toMatchObject({
      type: "did_you_mean",
      suggestions: ["value"],
    });
    expect(await handleText("folow the oracle deal", ctx)).toMatchObject({
      type: "did_you_mean",
      input: "folow",
      suggestions: ["follow"],
    });
    expect(await handleText("/deal digets on", ctx)).toMatchObject({
      type: "did_you_mean",
      suggestions: ["digest"],
    });
    expect(asked).toEqual([]);
    // A question opening with an English word close to a command ("time" of "timeline") is a question.
    expect((await handleText("time to close?", ctx)).type).toBe("answer");
    expect((await handleText("and when?", ctx)).type).toBe("answer");
    expect(asked).toEqual(["time to close?", "and when?"]);
  });

  it("asks the engine about a single word nothing is close to", async () => {
    const { ctx, asked } = testContext();
    expect((await handleText("GPUs", ctx)).type).toBe("answer");
    expect(asked).toEqual(["GPUs"]);
  });

  it("says the digest is not enabled when the bot has no digest service", async () => {
    const { ctx } = testContext();
    expect(await handleText("digest on 08:00", ctx)).toEqual({
      type: "notice",
      tone: "warning",
      text: "The daily digest is not enabled on this bot.",
    });
  });

  it("asks what to do with the digest when no action is given", async () => {
    const { ctx } = testContext();
    const reply = await handleText("digest", ctx);
    expect(reply).toMatchObject({ type: "notice", tone: "warning" });
    expect(reply.type === "notice" && reply.text).toContain("needs an action");
  });

  it("says adding is not enabled when the bot has no ingest service", async () => {
    const { ctx } = testContext();
    expect(await handleText("add https://news.example/a", ctx)).toEqual({
      type: "notice",
      tone: "warning",
      text: "Adding articles is not enabled on this bot.",
    });
  });

  it("hands digest and add to their services with the envelope", async () => {
    const calls: unknown[] = [];
    const notice = { type: "notice", tone: "success", text: "done" } as const;
    const digest: DigestService = {
      subscribe: async (e, o) => {
        calls.push(["subscribe", e.channelKey, o]);
        return notice;
      },
      unsubscribe: async () => notice,
      status: async () => notice,
      preview: async () => notice,
    };
    const ingest: IngestService = {
      addUrl: async (url, e) => {
        calls.push(["add", url, e.userId]);
        return notice;
      },
    };
    const { ctx } = testContext({ digest, ingest });
    await handleText("/deal digest ON 08:30 Europe/Berlin", ctx);
    await handleText("/deal add https://news.example/a", ctx);
    expect(calls).toEqual([
      ["subscribe", "shell:local", expect.objectContaining({ time: "08:30", timezone: "Europe/Berlin" })],
      ["add", "https://news.example/a", "local"],
    ]);
    // A file path is not fetched: the reply says how files get in.
    for (const path of ["/tmp/fresh/newart.txt", "./notes.md", "story.html"]) {
      const reply = await handleText(`add ${path}`, ctx);
      expect(reply.type === "notice" && reply.text).toContain("Copy the file into the articles folder");
    }
    expect(calls).toHaveLength(2);
  });

  it("never throws and always returns a valid reply, for any string", async () => {
    const { ctx } = testContext();
    const text = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 200 }),
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.constantFrom("<!channel> value", "<@U123> markt", "/deal /deal", "digest on 25:99 Mars/Base", "add"),
      fc.tuple(fc.constantFrom(...COMMANDS.map((c) => c.name)), fc.string()).map(([c, s]) => `${c} ${s}`),
    );
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        const reply = await handleText(t, ctx);
        expect(ReplySchema.safeParse(reply).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
