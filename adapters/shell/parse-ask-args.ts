/**
 * The `ask` command line, parsed into what to do. Pure: bad usage is a value with a message, not an exit.
 */

export const ASK_USAGE = `Usage:
  npm run --silent ask -- --json "how much is the deal worth?"   one question, one JSON object
  npm run --silent ask -- --jsonl < questions.txt                  one question a line, one JSON object a line
  npm run --silent ask -- "how much is the deal worth?"            one question, answered for a person
Options:
  --json     print the answer as JSON (the contract in ../shared/eval/README.md)
  --jsonl    read questions from standard input, print one JSON object a line, in the same order
  --help     show this text`;

export type AskArgs =
  | { ok: true; mode: "json" | "text"; question: string }
  | { ok: true; mode: "jsonl" }
  | { ok: true; mode: "help" }
  | { ok: false; error: string };

/** Parses the arguments after `ask --`; words after a flag are joined into the question. */
export function parseAskArgs(argv: readonly string[]): AskArgs {
  const flags = argv.filter((a) => a.startsWith("--"));
  const words = argv.filter((a) => !a.startsWith("--"));
  const unknown = flags.filter((f) => !["--json", "--jsonl", "--help"].includes(f));
  if (unknown.length) return { ok: false, error: `unknown option ${unknown.join(", ")}` };
  if (flags.includes("--help")) return { ok: true, mode: "help" };
  if (flags.includes("--json") && flags.includes("--jsonl")) {
    return { ok: false, error: "use either --json or --jsonl, not both" };
  }
  const question = words.join(" ").trim();
  if (flags.includes("--jsonl")) {
    if (question) {
      return {
        ok: false,
        error: `--jsonl reads questions from standard input; got a question too: "${question}"`,
      };
    }
    return { ok: true, mode: "jsonl" };
  }
  if (!question)
    return { ok: false, error: "give a question, or --jsonl to read questions from standard input" };
  return { ok: true, mode: flags.includes("--json") ? "json" : "text", question };
}
