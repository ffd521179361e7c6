/**
 * `npm run --silent ask -- --json "question"` | `--jsonl` (questions on stdin) | `"question"` (for a person).
 * Prints the answer contract of ../shared/eval/README.md. Exit codes: 0 answered (including no_answer),
 * 1 the bot could not start (configuration, seeds folder), 2 bad usage.
 */

import { loadEngine } from "../../src/bootstrap.js";
import { createCore } from "../../src/core.js";
import { servedBaseUrl } from "../../src/links.js";
import { readConfig } from "../read-config.js";
import { answerJsonLines, answerLine } from "./answer-lines.js";
import { ASK_USAGE, parseAskArgs } from "./parse-ask-args.js";
import { renderAnswer } from "./render.js";

function fail(code: number, message: string): never {
  process.stderr.write(`ask: ${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  const args = parseAskArgs(process.argv.slice(2));
  if (!args.ok) fail(2, `${args.error}\n\n${ASK_USAGE}`);
  if (args.mode === "help") {
    process.stdout.write(`${ASK_USAGE}\n`);
    return;
  }
  const parsed = readConfig();
  if (!parsed.ok) fail(1, parsed.error);
  const { SEEDS_DIR, PUBLIC_BASE_URL, PORT } = parsed.config;
  // `ask` serves no pages: its links go where `npm start` with the same settings serves them (the
  // contract's quotes carry a url); with PORT=0 nobody can know that port, so such quotes carry none.
  const publicBaseUrl = servedBaseUrl(PUBLIC_BASE_URL, PORT === 0 ? undefined : PORT);
  const loaded = await loadEngine({ seedsDir: SEEDS_DIR, publicBaseUrl });
  if (!loaded.ok) fail(1, `cannot load articles from SEEDS_DIR=${SEEDS_DIR}: ${loaded.error}`);
  // A bad file is skipped, not fatal; say so on stderr so stdout stays pure JSON.
  for (const { file, message } of loaded.errors) process.stderr.write(`ask: skipped ${file}: ${message}\n`);

  const core = createCore({ engine: loaded.engine });
  const onError = (error: unknown) =>
    process.stderr.write(`ask: error answering a question: ${String(error)}\n`);
  // A closed pipe (`| head -1`) is the reader being done, not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });

  if (args.mode === "jsonl") {
    await answerJsonLines(core, process.stdin, process.stdout, onError);
    return;
  }
  const result = answerLine(core, args.question, onError);
  process.stdout.write(
    args.mode === "json"
      ? `${JSON.stringify(result)}\n`
      : `${renderAnswer(result, { color: Boolean(process.stdout.isTTY) })}\n`,
  );
}

main().catch((error: unknown) =>
  fail(1, error instanceof Error ? (error.stack ?? error.message) : String(error)),
);
