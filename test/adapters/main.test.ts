/**
 * `npm start` as a person runs it: the real entry point in a child process, no platform tokens, so it opens
 * the terminal chat; with stdin a pipe it answers each line and exits.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dataDir = mkdtempSync(join(tmpdir(), "deal-bot-main-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs adapters/main.ts with `input` on stdin; resolves with what it printed and its exit code. */
function start(
  input: string,
  env: Record<string, string>,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "adapters/main.ts"], {
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        PORT: "0",
        DATA_DIR: dataDir,
        WATCH_SEEDS: "false",
        ...env,
      },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stderr.on("data", (d) => {
      err += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out, err }));
    child.stdin.end(input);
  });
}

describe("npm start without platform tokens", () => {
  it("answers each piped line in the terminal chat and exits at the end of input", async () => {
    const { code, out } = await start("how much is the deal worth?\nchipz\n", {});
    expect(code).toBe(0);
    expect(out).toContain("$38 billion");
    expect(out).toMatch(/\d of 5 sources agree/);
    expect(out).toContain("$3.8 billion");
    expect(out).toContain("Did you mean chips?");
  }, 60_000);

  it("stops with a message naming a bad variable", async () => {
    const { code, err } = await start("", { PORT: "eighty" });
    expect(code).toBe(1);
    expect(err).toContain("PORT");
  }, 60_000);

  it("stops with a clear message when the seeds folder is empty", async () => {
    const empty = mkdtempSync(join(tmpdir(), "deal-bot-empty-"));
    try {
      const { code, err } = await start("", { SEEDS_DIR: empty });
      expect(code).toBe(1);
      expect(err).toContain("cannot start");
      expect(err).toContain(empty);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  }, 60_000);
});
