/**
 * The development questions, scored by the shared scorer exactly as `npm run eval` does: the `ask --jsonl`
 * CLI over the real seeds, then `../shared/eval/score.mjs`. This guards the whole path (CLI, engine,
 * JSON contract); the engine's behaviour is tested piece by piece in test/answer/.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const evalDir = join("..", "shared", "eval");
const questions = join(evalDir, "questions.dev.jsonl");

describe.skipIf(!existsSync(questions))("the development questions", () => {
  it("all pass the shared scorer", () => {
    const dir = mkdtempSync(join(tmpdir(), "deal-bot-eval-"));
    try {
      const answers = spawnSync(process.execPath, ["--import", "tsx", "adapters/shell/ask.ts", "--jsonl"], {
        input: readFileSync(questions),
        encoding: "utf8",
        env: { PATH: process.env.PATH ?? "", SEEDS_DIR: "seeds" },
      });
      expect(answers.status).toBe(0);
      const file = join(dir, "answers.jsonl");
      writeFileSync(file, answers.stdout);
      const total = readFileSync(questions, "utf8")
        .split("\n")
        .filter((l) => l.trim()).length;
      const scored = spawnSync(process.execPath, [join(evalDir, "score.mjs"), questions, file], {
        encoding: "utf8",
      });
      expect(scored.stdout).toContain(`score: ${total}/${total} correct`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
