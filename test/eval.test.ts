/**
 * The development questions, scored by the shared scorer exactly as `npm run eval` does: the `ask --jsonl`
 * CLI over the real seeds, then `../shared/eval/score.mjs`; and the development stories through their own
 * runner (`../shared/eval/stories/run.sh`), each held to the score it has reached so it cannot regress.
 * This guards the whole path (CLI, engine, JSON contract); the engine's behaviour is tested piece by piece
 * in test/answer/.
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

const storiesRunner = join(evalDir, "stories", "run.sh");

/**
 * The least each set scores, as reached: raise a number when the engine gets better, never lower it.
 * Sets the runner reports that are not listed here (a new story) must score something.
 */
const STORY_MINIMUMS: Record<string, number> = {
  "mistral-asml": 15,
  "salesforce-informatica": 14,
  combined: 8,
};

describe.skipIf(!existsSync(storiesRunner))("the development stories", () => {
  it("each score at least what they have reached, and every answer over all of them cites one story", () => {
    const run = spawnSync("bash", [storiesRunner], {
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" },
    });
    expect(run.status, run.stderr).toBe(0);
    const scores = new Map(
      [...run.stdout.matchAll(/^([\w-]+): (\d+)\/(\d+) correct$/gm)].map((m) => [m[1]!, Number(m[2])]),
    );
    for (const [set, minimum] of Object.entries(STORY_MINIMUMS)) {
      expect(scores.get(set), `${set} in:\n${run.stdout}`).toBeGreaterThanOrEqual(minimum);
    }
    for (const [set, score] of scores) if (set !== "stories") expect(score, set).toBeGreaterThan(0);
    const isolation = /^isolation: (\d+)\/(\d+) answers within one story$/m.exec(run.stdout);
    expect(isolation?.[1], run.stdout).toBe(isolation?.[2]);
  }, 180_000);
});
