/**
 * The `ask` CLI as the eval runs it: a child process over the real seeds and the real engine.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AnswerResultSchema } from "../../src/types.js";

const ROOT = resolve(import.meta.dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const emptyDir = mkdtempSync(join(tmpdir(), "deal-bot-empty-seeds-"));

afterAll(() => rmSync(emptyDir, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `ask` with a clean environment (no tokens, no developer settings), feeding `stdin`. */
function ask(args: string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((done) => {
    const child = execFile(
      TSX,
      ["adapters/shell/ask.ts", ...args],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? "", SEEDS_DIR: "seeds", ...options.env },
        timeout: 30_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
    child.stdin?.end(options.stdin ?? "");
  });
}

// Each run starts tsx and builds the engine: seconds, more on a loaded CI machine.
describe("ask CLI", { timeout: 60_000 }, () => {
  it("prints one answer object for --json, with every field of the contract", async () => {
    const run = await ask(["--json", "how much is the deal worth?"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const result = AnswerResultSchema.parse(JSON.parse(lines[0] ?? ""));
    expect(result.question).toBe("how much is the deal worth?");
    expect(result.status).toBe("answered");
    expect(result.quotes[0]?.url).toMatch(/^https?:\/\//);
    expect(result.agreement.of).toBe(5);
  });

  it("reads --jsonl questions from stdin and prints one object a line, in order", async () => {
    const questions = ["what chips?", "what is the interest rate?", "how much is the deal worth?"];
    const run = await ask(["--jsonl"], { stdin: `${questions.join("\n")}\n` });
    expect(run.code).toBe(0);
    const results = run.stdout
      .trim()
      .split("\n")
      .map((l) => AnswerResultSchema.parse(JSON.parse(l)));
    expect(results.map((r) => r.question)).toEqual(questions);
    expect(results[1]?.status).toBe("no_answer");
  });

  it("answers for a person without a flag", async () => {
    const run = await ask(["how much is the deal worth?"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/of 5 sources agree\./);
    expect(run.stdout).not.toMatch(/^\{/);
  });

  it("exits 2 with the usage on stderr for bad usage", async () => {
    const run = await ask(["--jsonl", "a question"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("--jsonl reads questions from standard input");
    expect(run.stderr).toContain("Usage:");
  });

  it("exits 1 naming the folder when the seeds folder is missing", async () => {
    const run = await ask(["--json", "q"], { env: { SEEDS_DIR: join(emptyDir, "missing") } });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(join(emptyDir, "missing"));
  });

  it("exits 1 with a clear message when the seeds folder is empty", async () => {
    const run = await ask(["--json", "q"], { env: { SEEDS_DIR: emptyDir } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`SEEDS_DIR=${emptyDir}`);
  });

  it("exits 1 naming the variable when the configuration is bad", async () => {
    const run = await ask(["--json", "q"], { env: { PUBLIC_BASE_URL: "not-a-url" } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("PUBLIC_BASE_URL");
  });
});
