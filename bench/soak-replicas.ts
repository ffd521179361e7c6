/**
 * `npm run soak` (not in CI): two bot processes on one throw-away PostgreSQL, against the fake Slack Web
 * API, fed signed Slack events over loopback for SOAK_SECONDS (default 120) by SOAK_CONNECTIONS (default 50)
 * concurrent senders. Every other event is also sent to the other replica as Slack's retry. A delivery
 * refused with 503 (the replica's back-pressure) is sent again as Slack does — marked as a retry, to the
 * other replica, up to 3 times. Reports errors, events answered twice or not at all (and why), refusals,
 * throughput, and each replica's memory at start and end after a full GC (the replicas run with
 * --expose-gc and bench/gc-on-signal.ts).
 *
 * SOAK_RATE (events a second, default unset): unset, each sender fires its next event as soon as the last
 * one is acknowledged or refused (closed loop: the replicas are kept at their limit). Set, events start at
 * that fixed rate whatever the replicas do (open loop, as Slack sends), at most SOAK_CONNECTIONS at once
 * (events due while all are busy wait, and the report says how long).
 * SOAK_RETRY_SPACING: `compressed` (default) retries a refused delivery after 1, 5 and 15 s; `slack` after
 * 1 s, 1 minute and 5 minutes, as Slack does — bounded by the run: a retry due after the run's end (plus
 * the settle) is not sent, and the event is reported as waiting for a later retry, not as lost. In a
 * 2-minute run only the first retry always fits, the 1-minute one only for events refused in the first
 * minute, the 5-minute one never.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pgLib from "pg";
import { startPostgresServer } from "../test/fixtures/postgres-server.js";
import { postMention, type Replica, startReplica } from "../test/fixtures/replica-process.js";
import { startFakeSlack } from "../test/slack/fake-slack-api.js";

const { Client } = pgLib;
const SECONDS = Number(process.env.SOAK_SECONDS ?? 120);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 50);
const SECRET = "soak-signing-secret";
const RATE = process.env.SOAK_RATE ? Number(process.env.SOAK_RATE) : undefined;
const SPACING = process.env.SOAK_RETRY_SPACING ?? "compressed";
if ((RATE !== undefined && !(RATE > 0)) || !["compressed", "slack"].includes(SPACING)) {
  console.error(
    "SOAK_RATE must be a positive number of events a second; SOAK_RETRY_SPACING compressed or slack",
  );
  process.exit(2);
}
/** Waits before Slack's three retries of a refused delivery: Slack's own, or compressed to fit many in a run. */
const RETRY_AFTER_MS = SPACING === "slack" ? [1_000, 60_000, 300_000] : [1_000, 5_000, 15_000];
/** How long after the last send answers may still land (and retries still be sent). */
const SETTLE_MS = 20_000;
const QUESTIONS = [
  "how much is the deal worth?",
  "how long is the contract?",
  "which chips does it use?",
  "who signed the deal?",
  "when was it announced?",
];

interface Memory {
  rssMb: number;
  heapUsedMb: number;
}

/** A replica's resident memory and used heap, in MB, as its `/healthz` reports them (no GC forced). */
async function memoryOf(r: Replica): Promise<Memory> {
  const res = await fetch(r.url.replace("/slack/events", "/healthz"));
  return ((await res.json()) as { memory: Memory }).memory;
}

/** A replica's memory right after a full GC (SIGUSR2 → bench/gc-on-signal.ts). */
async function memoryAfterGc(r: Replica): Promise<Memory> {
  const since = Date.now();
  r.child.kill("SIGUSR2");
  const line = await r.waitForLog((l) => l.msg === "gc done" && Number(l.at) >= since);
  return { rssMb: Number(line.rssMb), heapUsedMb: Number(line.heapUsedMb) };
}

/** Rows and on-disk size (table + indexes) of the tables the soak writes, e.g. "handled_events 12000 rows 2.1 MB". */
async function storeTables(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const out: string[] = [];
    for (const table of ["handled_events", "conversations", "button_answers", "rate_windows"]) {
      const { rows } = await client.query<{ n: string; bytes: string }>(
        `SELECT count(*) AS n, pg_total_relation_size('${table}') AS bytes FROM ${table}`,
      );
      out.push(`${table} ${rows[0]!.n} rows ${(Number(rows[0]!.bytes) / 2 ** 20).toFixed(1)} MB`);
    }
    return out.join(", ");
  } finally {
    await client.end();
  }
}

const pg = await startPostgresServer();
const fake = await startFakeSlack();
const dataDir = await mkdtemp(path.join(tmpdir(), "deal-bot-soak-"));
let replicas: Replica[] = [];
const cleanup = async () => {
  for (const r of replicas) r.child.kill("SIGTERM");
  await fake.close();
  await pg.stop();
  await rm(dataDir, { recursive: true, force: true });
};
// Stopped early (Ctrl-C, a timeout): still stop the replicas and the throw-away server.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void cleanup().finally(() => process.exit(130)));
}
try {
  const env = {
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
    DATABASE_URL: pg.url,
    SEEDS_DIR: "seeds",
    DATA_DIR: dataDir,
    WATCH_SEEDS: "false",
    PORT: "0",
    // startReplica waits for the info line "serving source pages": at "warn" it never came, and the soak
    // waited for ever. Per event the bot logs nothing at info.
    LOG_LEVEL: "info",
    RATE_LIMIT_PER_MINUTE: "1000000",
  };
  const nodeArgs = ["--expose-gc", "--import", "./bench/gc-on-signal.ts"];
  const starting = Promise.all([startReplica("a", env, { nodeArgs }), startReplica("b", env, { nodeArgs })]);
  const startDeadline = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error("the replicas did not serve HTTP within 5 minutes")), 300_000).unref(),
  );
  replicas = await Promise.race([starting, startDeadline]);
  console.log(`replicas up; sending for ${SECONDS} s from ${CONNECTIONS} connections`);
  const memStart = await Promise.all(replicas.map(memoryAfterGc));
  const memSamples: Memory[][] = [memStart];
  const sampler = setInterval(() => {
    void Promise.all(replicas.map(memoryOf)).then(
      (m) => memSamples.push(m),
      () => undefined,
    );
  }, 10_000);
  // Heap after a full GC every 30 s: flat once the bounded caches are full, or growing if something leaks.
  const gcSeries: Memory[][] = [memStart];
  const gcSampler = setInterval(() => {
    void Promise.all(replicas.map(memoryAfterGc)).then(
      (m) => gcSeries.push(m),
      () => undefined,
    );
  }, 30_000);

  let events = 0;
  let deliveries = 0;
  let errors = 0;
  let refused = 0;
  /** Events with a delivery some replica took (200). */
  const taken = new Set<string>();
  /** Events all of whose deliveries were refused, Slack's retries included. */
  let givenUp = 0;
  /** Refused events whose next retry falls after the run (Slack would still send it), by `ts`. */
  const retryAfterRun = new Set<string>();
  /** With SOAK_RATE: how late events started because every connection was busy, ms. */
  const startDelays: number[] = [];
  const latencies: number[] = [];
  const retrying: Promise<void>[] = [];

  type SoakEvent = Parameters<typeof postMention>[2];
  /** One delivery; true when taken. A refused first delivery is retried later, as Slack does. */
  const deliver = async (e: SoakEvent, to: number): Promise<boolean> => {
    const t = performance.now();
    const status = await postMention(replicas[to % 2]!, SECRET, e).catch(() => 0);
    latencies.push(performance.now() - t);
    deliveries++;
    if (status === 200) {
      taken.add(e.ts);
      return true;
    }
    if (status === 503) refused++;
    else errors++;
    return false;
  };
  const retryLater = (e: SoakEvent, to: number) => {
    retrying.push(
      (async () => {
        for (const [i, wait] of RETRY_AFTER_MS.entries()) {
          if (Date.now() + wait > deadline + SETTLE_MS) {
            retryAfterRun.add(e.ts);
            return;
          }
          await new Promise((r) => setTimeout(r, wait));
          if (await deliver({ ...e, retryNum: i + 1 }, to + i + 1)) return;
        }
        if (!taken.has(e.ts)) givenUp++;
      })(),
    );
  };

  const deadline = Date.now() + SECONDS * 1000;
  const started = Date.now();
  /** Event number `n`, as Slack would deliver it: its first delivery, and every other one a retry too. */
  const send = async (n: number, user: string) => {
    const event: SoakEvent = {
      text: QUESTIONS[n % QUESTIONS.length]!,
      eventId: `EvSoak${n}`,
      ts: `1700000000.${String(n).padStart(9, "0")}`,
      user,
    };
    events++;
    if (!(await deliver(event, n))) retryLater(event, n);
    // Every other event also reaches the other replica as Slack's retry after a timeout.
    if (n % 2 === 0) await deliver({ ...event, retryNum: 1 }, n + 1);
  };
  if (RATE === undefined) {
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async (_, worker) => {
        for (let i = 0; Date.now() < deadline; i++) await send(worker * 1_000_000 + i, `U${worker}`);
      }),
    );
  } else {
    // Open loop: event n is due at n / RATE seconds; a free connection takes the earliest due one.
    const total = Math.floor(SECONDS * RATE);
    let next = 0;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (next < total) {
          const n = next++;
          const due = started + (n * 1000) / RATE;
          if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
          startDelays.push(Math.max(0, Date.now() - due));
          await send(n, `U${n % 500}`);
        }
      }),
    );
  }
  const elapsed = (Date.now() - started) / 1000;
  await Promise.all(retrying);
  // Let the last answers land: wait until every taken event has its post, or 20 s pass.
  const threads = () => new Set(fake.callsTo("chat.postMessage").map((c) => String(c.body.thread_ts)));
  const settle = Date.now() + SETTLE_MS;
  while (threads().size < taken.size && Date.now() < settle) {
    await new Promise((r) => setTimeout(r, 200));
  }
  clearInterval(sampler);
  clearInterval(gcSampler);
  const memEnd = await Promise.all(replicas.map(memoryAfterGc));
  gcSeries.push(memEnd);

  const perThread = new Map<string, number>();
  for (const call of fake.callsTo("chat.postMessage")) {
    const key = String(call.body.thread_ts);
    perThread.set(key, (perThread.get(key) ?? 0) + 1);
  }
  const duplicates = [...perThread.values()].filter((c) => c > 1).length;
  // pino levels: 40 warn, 50 error, 60 fatal.
  const logged = (min: number) =>
    replicas.reduce((n, r) => n + r.logs.filter((l) => Number(l.level) >= min).length, 0);
  const droppedUndecided = replicas.reduce(
    (n, r) => n + r.logs.filter((l) => String(l.msg).startsWith("event ledger did not answer")).length,
    0,
  );
  const tables = await storeTables(pg.url);
  /** The five most frequent warning/error messages across replicas, with counts. */
  const topProblems = () => {
    const counts = new Map<string, number>();
    for (const r of replicas)
      for (const l of r.logs)
        if (Number(l.level) >= 40) counts.set(String(l.msg), (counts.get(String(l.msg)) ?? 0) + 1);
    return [...counts]
      .sort((x, y) => y[1] - x[1])
      .slice(0, 5)
      .map(([m, n]) => `${n}× ${m}`)
      .join("; ");
  };
  const takenUnanswered = [...taken].filter((ts) => !perThread.has(ts)).length;
  const waitingRetry = [...retryAfterRun].filter((ts) => !taken.has(ts)).length;
  latencies.sort((x, y) => x - y);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!.toFixed(1);
  startDelays.sort((x, y) => x - y);
  const startPct = (p: number) =>
    (startDelays[Math.min(startDelays.length - 1, Math.floor(startDelays.length * p))] ?? 0).toFixed(0);
  const peak = memSamples.reduce(
    (m, s) =>
      m.map((v, i) => ({
        rssMb: Math.max(v.rssMb, s[i]!.rssMb),
        heapUsedMb: Math.max(v.heapUsedMb, s[i]!.heapUsedMb),
      })),
    replicas.map(() => ({ rssMb: 0, heapUsedMb: 0 })),
  );
  const fmt = (m: Memory[]) => m.map((v) => `RSS ${v.rssMb} MB heap ${v.heapUsedMb} MB`).join(" / ");
  console.log(
    [
      `duration ${elapsed.toFixed(0)} s, ${CONNECTIONS} connections, 2 replicas, loopback, ` +
        (RATE === undefined ? "closed loop" : `open loop at ${RATE} events/s`) +
        `, retries after ${RETRY_AFTER_MS.map((ms) => `${ms / 1000} s`).join(", ")}`,
      ...(RATE === undefined
        ? []
        : [
            `event start delay (all connections busy) p50 ${startPct(0.5)} ms, p99 ${startPct(0.99)} ms, max ${startPct(1)} ms`,
          ]),
      `events ${events}, deliveries ${deliveries} (${(events / elapsed).toFixed(0)} events/s), ` +
        `refused with 503 ${refused}`,
      `response latency p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms`,
      `errors ${errors}, answered twice ${duplicates}, answered ${perThread.size}, ` +
        `unanswered ${events - perThread.size}: ${givenUp} refused on every delivery (Slack would give up), ` +
        `${waitingRetry} refused on every delivery made before the run ended (their next retry falls after it), ` +
        `${takenUnanswered} taken but not answered (${droppedUndecided} dropped with their claim undecided)`,
      `replica log lines: ${logged(50)} errors, ${logged(40) - logged(50)} warnings`,
      `memory (a / b) start after GC ${fmt(memStart)}`,
      `               peak (no GC)   ${fmt(peak)}`,
      `               end after GC   ${fmt(memEnd)}`,
      `heap after GC every 30 s (a / b, MB): ${gcSeries.map((m) => m.map((v) => v.heapUsedMb).join("/")).join(" → ")}`,
      `store tables: ${tables}`,
      `most logged warnings and errors: ${topProblems()}`,
    ].join("\n"),
  );
  const lost = events - perThread.size - waitingRetry;
  process.exitCode = errors > 0 || duplicates > 0 || logged(50) > 0 || lost > 0 ? 1 : 0;
} finally {
  await cleanup();
}
