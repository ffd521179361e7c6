import { describe, expect, it } from "vitest";
import { parseAskArgs } from "../../adapters/shell/parse-ask-args.js";

describe("parseAskArgs", () => {
  it("reads --json with a quoted question", () => {
    expect(parseAskArgs(["--json", "what chips?"])).toEqual({
      ok: true,
      mode: "json",
      question: "what chips?",
    });
  });

  it("joins unquoted words into the question", () => {
    expect(parseAskArgs(["what", "chips?", "--json"])).toEqual({
      ok: true,
      mode: "json",
      question: "what chips?",
    });
  });

  it("reads --jsonl alone", () => {
    expect(parseAskArgs(["--jsonl"])).toEqual({ ok: true, mode: "jsonl" });
  });

  it("answers for a person without a flag", () => {
    expect(parseAskArgs(["how long?"])).toEqual({ ok: true, mode: "text", question: "how long?" });
  });

  it("shows help on --help", () => {
    expect(parseAskArgs(["--help"])).toEqual({ ok: true, mode: "help" });
  });

  it.each([
    [[], "give a question"],
    [["--json"], "give a question"],
    [["--json", "  "], "give a question"],
    [["--jsonl", "what?"], 'got a question too: "what?"'],
    [["--json", "--jsonl"], "not both"],
    [["--yaml", "q"], "unknown option --yaml"],
  ])("refuses %j with a message saying what is wrong", (argv, message) => {
    const parsed = parseAskArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });
});
