/**
 * `npm start` as a person runs it: the real entry point in a child process, no platform tokens, so it opens
 * the terminal chat; with stdin a pipe it answers each line and exits.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { spawnBot, startReplica } from "../fixtures/replica-process.js";
import { startFakeSlack } from "../slack/fake-slack-api.js";
import { slashCommandForm } from "../slack/harness.js";
import { postSigned } from "../slack/signed-request.js";

const dataDir = mkdtempSync(join(tmpdir(), "deal-bot-main-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The bot with a temp DATA_DIR, any free port and no seeds watcher, plus `env`; stdin piped (the chat). */
const env0 = { PORT: "0", DATA_DIR: dataDir, WATCH_SEEDS: "false" };
const spawnMain = (env: Record<string, string>) => spawnBot({ ...env0, ...env }, { stdin: "pipe" });

/** Runs adapters/main.ts with `input` on stdin; resolves with what it printed and its exit code. */
function start(
  input: string,
  env: Record<string, string>,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawnMain(env);
    let out = "";
    let err = "";
    child.stdout?.on("data", (d) => {
      out += d;
    });
    child.stderr?.on("data", (d) => {
      err += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out, err }));
    child.stdin?.end(input);
  });
}

describe("npm start without platform tokens", () => {
  it("answers each piped line in the terminal chat and exits at the end of input", async () => {
    const { code, out } = await start("how much is the deal worth?\nmarkt\n", {});
    expect(code).toBe(0);
    expect(out).toContain("$38 billion");
    expect(out).toMatch(/\d of 5 sources agree/);
    expect(out).toContain("$3.8 billion");
    expect(out).toContain("Did you mean market?");
  }, 60_000);

  it("stops with a clear message when DATABASE_URL cannot be reached", async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const { code, err } = await start("", { DATABASE_URL: "postgres://bot:pw@127.0.0.1:1/dealbot" });
    expect(code).toBe(1);
    expect(err).toContain("cannot reach PostgreSQL at postgres://bot:***@127.0.0.1:1/dealbot (DATABASE_URL)");
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

  it.each([
    "true",
    "false",
  ])("reports a bad article once, as a readable line, and answers from the rest (WATCH_SEEDS=%s)", async (watch) => {
    const seeds = mkdtempSync(join(tmpdir(), "deal-bot-bad-article-"));
    try {
      for (const name of readdirSync("seeds")) copyFileSync(join("seeds", name), join(seeds, name));
      writeFileSync(join(seeds, "zz-bad.md"), "Home | About | Subscribe\n");
      const { code, out, err } = await start("how much is the deal worth?\n", {
        SEEDS_DIR: seeds,
        WATCH_SEEDS: watch,
      });
      expect(code).toBe(0);
      expect(out).toContain("$38 billion");
      expect(err.match(/zz-bad\.md/g)?.length ?? 0).toBeGreaterThan(0);
      // One line names the file (the load and the watcher's first look would otherwise both report it).
      expect(err.split("\n").filter((line) => line.includes("zz-bad.md"))).toHaveLength(1);
      expect(err).toMatch(/^deal-bot warning: article (not loaded|file not indexed)/m);
      expect(err).not.toContain('"level"');
    } finally {
      rmSync(seeds, { recursive: true, force: true });
    }
  }, 60_000);

  it("answers with the digest disabled when DATA_DIR is a file, naming it and what to do", async () => {
    const file = join(dataDir, "a-file");
    writeFileSync(file, "not a folder");
    const { code, out, err } = await start("how much is the deal worth?\n", { DATA_DIR: file });
    expect(code).toBe(0);
    expect(out).toContain("$38 billion");
    expect(err).toContain(file);
    expect(err).toContain("digest is disabled");
    expect(err).not.toMatch(/\n\s+at /);
  }, 60_000);

  it("answers with the digest disabled when deal-bot.sqlite is damaged", async () => {
    const dir = mkdtempSync(join(tmpdir(), "deal-bot-corrupt-"));
    try {
      writeFileSync(join(dir, "deal-bot.sqlite"), "this is not an SQLite database ".repeat(200));
      const { code, out, err } = await start("how much is the deal worth?\n", { DATA_DIR: dir });
      expect(code).toBe(0);
      expect(out).toContain("$38 billion");
      expect(err).toContain(join(dir, "deal-bot.sqlite"));
      expect(err).toContain("digest is disabled");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("links answers to the port actually bound when PORT=0 picks one", async () => {
    const { code, out, err } = await start("how much is the deal worth?\n", {
      LOG_LEVEL: "info",
      LOG_FORMAT: "json",
    });
    expect(code).toBe(0);
    const port = Number(/"port":(\d+)/.exec(err)?.[1]);
    expect(port).toBeGreaterThan(0);
    // Two seeds have no address of their own and both state the value: their quotes link to the bot's page.
    expect(out).toContain(`http://localhost:${port}/sources/`);
    expect(out).not.toContain("localhost:0");
  }, 60_000);

  it("links no answer to a port it could not bind, and still quotes and names the sources", async () => {
    const taken = createServer((_req, res) => res.end("someone else"));
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      const { code, out, err } = await start("how much is the deal worth?\n", { PORT: String(port) });
      expect(code).toBe(0);
      expect(err).toContain(`port ${port} is taken`);
      expect(out).toContain("$38 billion");
      expect(out).toMatch(/“[^”]*\$38 billion[^”]*”/);
      expect(out).not.toContain(`:${port}`);
      expect(out).not.toContain("/sources/");
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  }, 60_000);

  it("reports not ready on /readyz, naming the store, while still answering", async () => {
    const file = join(dataDir, "another-file");
    writeFileSync(file, "");
    const bot = await startReplica(
      "readyz",
      { ...env0, DATA_DIR: file, LOG_LEVEL: "info", LOG_FORMAT: "json" },
      { stdin: "pipe" },
    );
    try {
      const ready = await fetch(bot.url.replace("/slack/events", "/readyz"));
      expect(ready.status).toBe(503);
      expect((await ready.json()).checks.store).toContain(file);
      expect((await fetch(bot.url.replace("/slack/events", "/healthz"))).status).toBe(200);
    } finally {
      const closed = new Promise((resolve) => bot.child.on("close", resolve));
      bot.child.stdin?.end();
      await closed;
    }
  }, 60_000);
});

describe("npm start on Slack, stopped with SIGTERM", () => {
  it("finishes the reply in flight, then exits 0", async () => {
    const fake = await startFakeSlack();
    // The first response_url post is held 1 s and then fails, so the reply is still in flight (Bolt's
    // respond is retried after 500 ms) well after SIGTERM arrives.
    fake.script("respond:command", { delayMs: 1_000, status: 500, body: { ok: false } });
    const secret = "sigterm-test-secret";
    const bot = await startReplica("sigterm", {
      ...env0,
      LOG_LEVEL: "info",
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: fake.apiUrl.replace(/\/$/, ""),
    });
    const child = bot.child;
    try {
      const ack = await postSigned(
        bot.url,
        secret,
        slashCommandForm("value", {
          response_url: fake.responseUrl("command"),
          trigger_id: "sigterm-trigger",
        }),
      );
      expect(ack.status).toBe(200);
      await fake.waitFor("respond:command");
      const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      // The retry after the failed first post was made before the process left.
      expect(fake.callsTo("respond:command")).toHaveLength(2);
    } finally {
      child.kill("SIGKILL");
      await fake.close();
    }
  }, 60_000);
});
