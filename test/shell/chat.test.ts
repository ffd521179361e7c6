import { PassThrough, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runShellChat } from "../../adapters/shell/chat.js";
import type { Engine } from "../../src/answer/engine.js";
import { createCore } from "../../src/core.js";
import { createLogger } from "../../src/logger.js";
import type { Article } from "../../src/types.js";
import { openStore } from "../digest/support.js";
import { dealEngine } from "../fixtures/deal-stories.js";
import { createFakeEngine } from "../fixtures/fake-engine.js";

const article: Article = {
  meta: { id: "001_plain", publisher: "Example News", published: "2025-11-04" },
  text: "OpenAI signed a deal.",
  passages: [
    {
      id: "001_plain:0",
      articleId: "001_plain",
      index: 0,
      kind: "sentence",
      text: "OpenAI signed a deal.",
      paragraph: 0,
    },
  ],
  aiGenerated: false,
};

/** Runs the chat over `lines` as a pipe (or a TTY) and returns everything it printed and logged. */
async function chat(
  lines: string[],
  options: { engine?: Engine; isTTY?: boolean; follows?: ReturnType<typeof openStore> } = {},
) {
  const engine = options.engine ?? createFakeEngine([article]);
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk) => {
    printed += String(chunk);
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const finished = runShellChat({
    core: createCore({ engine, ...(options.follows ? { follows: options.follows } : {}) }),
    input,
    output,
    isTTY: options.isTTY ?? false,
    logger: createLogger("info", sink),
    publicBaseUrl: "http://localhost:3999",
  });
  input.end(lines.map((l) => `${l}\n`).join(""));
  await finished;
  return { printed, logs: logs.join("") };
}

describe("runShellChat", () => {
  it("answers each piped line in order and returns at the end of input", async () => {
    const { printed } = await chat(["how much is it worth?", "how many years?"]);
    const worth = printed.indexOf("$38 billion");
    const years = printed.indexOf("seven years");
    expect(worth).toBeGreaterThan(-1);
    expect(years).toBeGreaterThan(worth);
    expect(printed).toContain("⚠ Sources disagree on deal value:");
    expect(printed).toContain("4 of 5 sources agree.");
  });

  it("prints plain text with no prompt or colour when stdin is a pipe", async () => {
    const { printed } = await chat(["how much is it worth?"]);
    expect(printed).not.toContain("deal-bot>");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for ANSI escapes is the point
    expect(printed).not.toMatch(/\u001b\[/);
    expect(printed.startsWith("$38 billion\n")).toBe(true);
  });

  it("runs /deal commands, with or without the prefix", async () => {
    const engine = createFakeEngine([article]);
    const { printed } = await chat(["/deal value", "sources"], { engine });
    expect(engine.asked).toEqual(["how much is the deal worth?"]);
    expect(printed).toContain("$38 billion");
    // An untitled article is named by its opening words, then credited to its publisher.
    expect(printed).toMatch(/1\. Untitled: “.+” — Example News, 2025-11-04/);
    expect(printed).toContain("http://localhost:3000/sources/001_plain (1 passage)");
  });

  it("shows help on an empty line", async () => {
    const { printed } = await chat([""]);
    expect(printed).toContain("Ask me anything about the story");
    expect(printed).toMatch(/^ {2}value +What the deal is worth$/m);
  });

  it("suggests a command for a typo", async () => {
    expect((await chat(["markt"])).printed).toContain("Unknown command “markt”. Did you mean market?");
  });

  it("passes the last question as context for a follow-up, but a shorthand stands alone", async () => {
    const engine = createFakeEngine([article]);
    await chat(["how much is it worth?", "and how long?", "/deal value", "and since when?"], { engine });
    expect(engine.asked).toEqual([
      "how much is it worth?",
      "and how long? | after: how much is it worth?",
      // A shorthand is a whole question: it is asked without the conversation before it.
      "how much is the deal worth?",
      "and since when? | after: how much is the deal worth?",
    ]);
  });

  it("stops at exit or quit and answers nothing after it", async () => {
    for (const word of ["exit", "quit", " QUIT "]) {
      const engine = createFakeEngine();
      await chat(["how much is it worth?", word, "how many years?"], { engine });
      expect(engine.asked).toEqual(["how much is it worth?"]);
    }
  });

  it("answers or declines hostile input without crashing", async () => {
    const engine = createFakeEngine();
    const lines = [
      "x".repeat(10_000),
      "what\u0000 is\u0007 the\u001b[2J worth?",
      "🚀🚀 worth? 🚀",
      "<!channel> <@U123> rate?",
    ];
    const { printed } = await chat(lines, { engine });
    // 10,000 characters are no question: said so, never asked.
    expect(printed).toContain("That is 10,000 characters; I read questions of up to 1,000.");
    expect(engine.asked).toHaveLength(3);
    // Control characters never reach the engine or the terminal.
    expect(engine.asked[0]?.startsWith("what is the [2J worth?")).toBe(true);
    expect(printed).not.toContain("\u001b[2J");
    expect(printed.match(/No answer:/g)).toHaveLength(1);
    expect(printed.match(/\$38 billion\n/g)).toHaveLength(2);
  });

  it("apologises and carries on when answering a line throws", async () => {
    const engine = createFakeEngine();
    let calls = 0;
    const flaky: Engine = {
      ...engine,
      answer(question, options) {
        calls += 1;
        if (calls === 1) throw new Error("index exploded");
        return engine.answer(question, options);
      },
    };
    const { printed, logs } = await chat(["how much is it worth?", "how many years?"], { engine: flaky });
    expect(printed).toContain("Sorry, something went wrong answering that.");
    expect(printed).toContain("seven years");
    expect(logs).toContain("index exploded");
  });

  it("greets a person at a terminal with the source pages' address, a prompt and colour", async () => {
    const { printed } = await chat(["how much is it worth?"], { isTTY: true });
    expect(printed).toContain("Source pages: http://localhost:3999/sources");
    expect(printed).toContain("1 articles loaded.");
    expect(printed).toContain("deal-bot> ");
    expect(printed).toContain("\u001b[1m$38 billion\u001b[22m");
  });
});

describe("runShellChat with several stories", () => {
  it("lists the candidate stories by number, answers within the one typed, and stays in it", async () => {
    const { printed } = await chat(["what is it worth?", "1", "how much?"], { engine: dealEngine() });
    const [which = "", picked = "", followUp = ""] = printed.split("\n\n");
    expect(which).toMatch(/^\s+1\. .*Harbor/m);
    expect(which).toMatch(/^\s+\d\. .*Aurora/m);
    expect(which).toContain("Type a number to answer within that story.");
    expect(picked).toMatch(/\$4\.2 billion|\$38/);
    expect(picked).toMatch(/Story: .*Harbor/);
    // "how much?" alone gets the list again; after the pick it is answered within Harbor.
    expect(followUp).toMatch(/Story: .*Harbor/);
    expect(followUp).not.toMatch(/^\s+1\. /m);
  });

  it("takes a pick typed as '1.' or '#1' as the number", async () => {
    for (const pick of ["1.", "#1", "1)"]) {
      const { printed } = await chat(["what is it worth?", pick], { engine: dealEngine() });
      expect(printed.split("\n\n")[1], pick).toMatch(/Story: .*Harbor/);
    }
  });

  it("moves the session to a story just followed, though an earlier answer came from another", async () => {
    const follows = openStore(":memory:");
    const { printed } = await chat(["what is it worth?", "1", "/deal follow quanta", "what is it worth?"], {
      engine: dealEngine(),
      follows,
    });
    const replies = printed.split("\n\n");
    expect(replies[1]).toMatch(/Story: .*Harbor/);
    expect(replies[2]).toMatch(/now follows .*Quanta/);
    expect(replies[3]).toMatch(/Story: .*Quanta/);
    expect(replies[3]).toContain("$2.1 billion");
  });

  it("reads a number as a line of its own once another line answered the list", async () => {
    const { printed } = await chat(["what is it worth?", "who said what?", "1"], { engine: dealEngine() });
    const replies = printed.split("\n\n");
    expect(replies[0]).toMatch(/^\s+1\. .*Harbor/m);
    expect(replies[1]).toMatch(/Story: .*Aurora/);
    // Not a pick of Harbor from the list two lines up.
    expect(replies[2]).not.toMatch(/Story: .*Harbor/);
  });
});
