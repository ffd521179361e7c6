/**
 * SIGTERM while a `/deal add` is in flight whose page arrives just inside the fetch deadline: the stop
 * must wait longer than one fetch may take, or the add is neither finished nor answered.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startReplica } from "../fixtures/replica-process.js";
import { startFakeSlack } from "../slack/fake-slack-api.js";
import { slashCommandForm } from "../slack/harness.js";
import { postSigned } from "../slack/signed-request.js";

const seeds = mkdtempSync(join(tmpdir(), "deal-bot-sigterm-seeds-"));
const data = mkdtempSync(join(tmpdir(), "deal-bot-sigterm-data-"));
cpSync(join(import.meta.dirname, "../../seeds"), seeds, { recursive: true });
afterAll(() => {
  rmSync(seeds, { recursive: true, force: true });
  rmSync(data, { recursive: true, force: true });
});

const PARA = `<p>${"The widget makers of Springfield agreed a new supply deal worth $12 million with the depot on Tuesday, officials said. ".repeat(4)}</p>`;

describe("SIGTERM while a slow /deal add is in flight", () => {
  it("answers the add before exiting", async () => {
    // The page's head comes at once, the rest after 11 s: inside a 12 s fetch deadline, past a 10 s stop.
    const site = http.createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.write(
        `<html><head><title>Springfield widget deal</title></head><body><article><h1>Springfield widget deal</h1>${PARA}`,
      );
      setTimeout(() => res.end(`${PARA.repeat(30)}</article></body></html>`), 11_000);
    });
    await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
    const pageUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/widgets`;
    const fake = await startFakeSlack();
    const secret = "sigterm-add-secret";
    const bot = await startReplica("sigterm-add", {
      PORT: "0",
      DATA_DIR: data,
      SEEDS_DIR: seeds,
      WATCH_SEEDS: "false",
      LOG_LEVEL: "info",
      ALLOW_PRIVATE_URLS: "true",
      FETCH_TIMEOUT_MS: "12000",
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: fake.apiUrl.replace(/\/$/, ""),
    });
    const child = bot.child;
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    try {
      const ack = await postSigned(
        bot.url,
        secret,
        slashCommandForm(`add ${pageUrl}`, {
          response_url: fake.responseUrl("add"),
          trigger_id: "sigterm-add-trigger",
        }),
      );
      expect(ack.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 500));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      // The add was accepted before the stop: its asker must hear how it went.
      expect(
        fake.callsTo("respond:add").length,
        `seeds now: ${readdirSync(seeds).join(", ")}; log: ${JSON.stringify(bot.logs.slice(-12))}`,
      ).toBe(1);
    } finally {
      child.kill("SIGKILL");
      await fake.close();
      site.closeAllConnections();
      site.close();
    }
  }, 90_000);
});
