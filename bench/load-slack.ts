/**
 * `npm run load`: the bot under load, loopback only. Starts the real entry point (adapters/main.ts) as a
 * child process on Slack over HTTP, its Web API and response_urls pointed at the local fake, then keeps
 * LOAD_CONNECTIONS (default 50) connections busy for LOAD_SECONDS (default 30) with signed `/deal`
 * commands, each from its own user with its own trigger_id and response_url. Afterwards it waits for the
 * replies and prints one JSON line: requests, acks per second, ack latency (p50/p99/max ms), errors, and
 * whether every acknowledged request was answered exactly once. Exits 1 on any error or lost/duplicate reply.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startReplica } from "../test/fixtures/replica-process.js";
import { startFakeSlack } from "../test/slack/fake-slack-api.js";
import { slashCommandForm } from "../test/slack/harness.js";
import { postSigned } from "../test/slack/signed-request.js";

const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const SECRET = "load-test-signing-secret";
const QUESTIONS = ["value", "ask how many years is the agreement?", "ask who are the parties?", "timeline"];

const fake = await startFakeSlack();
const dataDir = mkdtempSync(join(tmpdir(), "deal-bot-load-"));
const bot = await startReplica("load", {
  PORT: "0",
  DATA_DIR: dataDir,
  WATCH_SEEDS: "false",
  LOG_LEVEL: "info",
  SLACK_BOT_TOKEN: "xoxb-load-test",
  SLACK_SIGNING_SECRET: SECRET,
  SLACK_API_URL: fake.apiUrl.replace(/\/$/, ""),
});
const child = bot.child;
const url = bot.url;

let sent = 0;
const acked: number[] = [];
const latencies: number[] = [];
const errors: string[] = [];

async function one(n: number): Promise<void> {
  const body = slashCommandForm(QUESTIONS[n % QUESTIONS.length]!, {
    user_id: `U${n}`,
    user_name: `user${n}`,
    response_url: fake.responseUrl(`r${n}`),
    trigger_id: `load-${n}`,
  });
  const started = performance.now();
  try {
    const res = await postSigned(url, SECRET, body);
    latencies.push(performance.now() - started);
    if (res.status === 200) acked.push(n);
    else errors.push(`HTTP ${res.status}`);
  } catch (error) {
    errors.push((error as Error).message);
  }
}

const until = performance.now() + SECONDS * 1000;
await Promise.all(
  Array.from({ length: CONNECTIONS }, async () => {
    while (performance.now() < until) await one(sent++);
  }),
);

// Replies are posted after the ack; give the last ones time to land.
const settleBy = performance.now() + 20_000;
const replies = () => {
  const counts = new Map<string, number>();
  for (const call of fake.calls) counts.set(call.method, (counts.get(call.method) ?? 0) + 1);
  return counts;
};
while (performance.now() < settleBy && acked.some((n) => !replies().has(`respond:r${n}`))) {
  await new Promise((resolve) => setTimeout(resolve, 250));
}
const counts = replies();
const missing = acked.filter((n) => !counts.has(`respond:r${n}`)).length;
const duplicated = acked.filter((n) => (counts.get(`respond:r${n}`) ?? 0) > 1).length;

const sorted = [...latencies].sort((a, b) => a - b);
const pct = (p: number) =>
  Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0);
const summary = {
  connections: CONNECTIONS,
  seconds: SECONDS,
  requests: sent,
  acked: acked.length,
  acksPerSecond: Math.round(acked.length / SECONDS),
  ackMs: { p50: pct(0.5), p99: pct(0.99), max: Math.round(sorted.at(-1) ?? 0) },
  errors: errors.length,
  firstErrors: [...new Set(errors)].slice(0, 3),
  answeredOnce: acked.length - missing - duplicated,
  missing,
  duplicated,
};
console.log(JSON.stringify(summary));

const exited = new Promise((resolve) => child.on("close", resolve));
child.kill("SIGTERM");
await exited;
await fake.close();
rmSync(dataDir, { recursive: true, force: true });
process.exitCode = errors.length === 0 && missing === 0 && duplicated === 0 ? 0 : 1;
