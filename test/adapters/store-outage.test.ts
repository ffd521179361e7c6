/**
 * PostgreSQL lost while a replica runs: a real bot process (`adapters/main.ts`, Slack over HTTP) whose
 * DATABASE_URL goes through a TCP proxy the test cuts and restores. While the database is away, questions
 * are still answered from memory, an added article is indexed here and its write retried with backoff and
 * logged, and `/readyz` says not ready; once it is back, `/readyz` is ready again and the article is stored.
 * A database that hangs instead of refusing (the proxy stalls: connections stay open, nothing comes back)
 * holds no answer for long either. A starved pool (every connection busy) is not a lost database: `/readyz`
 * stays ready through it.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openStores, type Stores } from "../../src/store/open-store.js";
import { createTestDatabase, type TestDatabase } from "../fixtures/postgres.js";
import { postMention, postThreadReply, type Replica, startReplica } from "../fixtures/replica-process.js";
import { startTcpProxy, type TcpProxy } from "../fixtures/tcp-proxy.js";
import { type NewsSite, startNewsSite } from "../ingest/fixtures/news-site.js";
import { tempSeeds } from "../ingest/fixtures/temp-seeds.js";
import { type FakeSlack, startFakeSlack } from "../slack/fake-slack-api.js";
import { slashCommandForm } from "../slack/harness.js";
import { postSigned } from "../slack/signed-request.js";

const SECRET = "store-outage-signing-secret";

describe("a replica losing PostgreSQL mid-run", () => {
  let fake: FakeSlack;
  let site: NewsSite;
  let db: TestDatabase;
  let proxy: TcpProxy;
  let seeds: { dir: string; remove(): Promise<void> };
  let replica: Replica;
  /** The test's own handle on the database, not through the proxy. */
  let stores: Stores;

  const readyz = async () => {
    const res = await fetch(replica.url.replace("/slack/events", "/readyz"));
    return {
      status: res.status,
      body: (await res.json()) as { ready: boolean; checks: Record<string, string> },
    };
  };
  const postsIn = (ts: string) => fake.callsTo("chat.postMessage").filter((c) => c.body.thread_ts === ts);
  async function answeredIn(ts: string) {
    await vi.waitFor(() => expect(postsIn(ts)).toHaveLength(1), { timeout: 10_000, interval: 50 });
    return postsIn(ts)[0]!;
  }

  beforeAll(async () => {
    [fake, site, db, seeds] = await Promise.all([
      startFakeSlack(),
      startNewsSite(),
      createTestDatabase(),
      tempSeeds(),
    ]);
    const direct = new URL(db.url);
    proxy = await startTcpProxy(direct.hostname, Number(direct.port));
    const viaProxy = new URL(db.url);
    viaProxy.port = String(proxy.port);
    replica = await startReplica("outage", {
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
      DATABASE_URL: viaProxy.toString(),
      SEEDS_DIR: seeds.dir,
      DATA_DIR: seeds.dir,
      WATCH_SEEDS: "false",
      ALLOW_PRIVATE_URLS: "true",
      PORT: "0",
      LOG_LEVEL: "info",
    });
    const opened = await openStores({ databaseUrl: db.url, dataDir: "unused", poolMax: 2 });
    if (!opened.ok) throw new Error(opened.error);
    stores = opened.stores;
  }, 120_000);

  afterAll(async () => {
    replica?.child.kill("SIGKILL");
    await stores?.close();
    await proxy?.close();
    await Promise.all([fake?.close(), site?.close()]);
    await db?.drop();
    await seeds?.remove();
  });

  it("stays ready while its main pool is starved (every connection waiting on a lock), and answers without waiting for it", async () => {
    expect((await readyz()).status).toBe(200);
    // The test's own connection locks the table every answer writes (rate-limit windows), so each answer's
    // count waits on the lock, holding one of the replica's pooled connections.
    const locker = new pg.Client({ connectionString: db.url });
    await locker.connect();
    try {
      await locker.query("BEGIN");
      await locker.query("LOCK TABLE rate_windows IN ACCESS EXCLUSIVE MODE");
      const events = Array.from({ length: 16 }, (_, i) => ({
        text: "how long is the contract?",
        eventId: `EvStarved${i}`,
        ts: `1700000020.${String(i).padStart(6, "0")}`,
        user: `UStarved${i}`,
      }));
      for (const e of events) expect(await postMention(replica, SECRET, e)).toBe(200);
      // An answer waits on the store 2 s at most, then limits in this process's memory.
      await replica.waitForLog(
        (l) =>
          l.msg === "rate-limit store unreachable; limiting in this process's memory" &&
          JSON.stringify(l.err).includes("did not answer within"),
      );
      const { rows } = await locker.query<{ n: string }>(
        "SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND pid <> pg_backend_pid()",
      );
      expect(Number(rows[0]!.n)).toBeGreaterThan(0);
      // Answered while the lock is still held: no answer waits on a busy store beyond its short limit.
      for (const e of events) await answeredIn(e.ts);
      // The heartbeat pings on a connection of its own every 2 s: several pings while starved, all answered.
      const until = Date.now() + 5_000;
      while (Date.now() < until) {
        expect((await readyz()).status).toBe(200);
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(replica.logs.filter((l) => String(l.msg).startsWith("PostgreSQL is unreachable"))).toEqual([]);
      await locker.query("COMMIT");
    } finally {
      await locker.end();
    }
  }, 60_000);

  it("answers from memory, retries its writes, and is not ready until the database is back", async () => {
    expect((await readyz()).status).toBe(200);
    expect(
      await postMention(replica, SECRET, {
        text: "how long is the contract?",
        eventId: "EvUp",
        ts: "1700000010.000100",
      }),
    ).toBe(200);
    await answeredIn("1700000010.000100");

    proxy.cut();
    await vi.waitFor(async () => expect((await readyz()).status).toBe(503), {
      timeout: 15_000,
      interval: 200,
    });
    expect((await readyz()).body.checks.store).toContain("PostgreSQL (DATABASE_URL) is unreachable");
    await replica.waitForLog((l) => String(l.msg).startsWith("PostgreSQL is unreachable"));

    // A question is answered from memory while the database is away.
    expect(
      await postMention(replica, SECRET, {
        text: "how much is the deal worth?",
        eventId: "EvDown",
        ts: "1700000011.000100",
      }),
    ).toBe(200);
    expect(JSON.stringify((await answeredIn("1700000011.000100")).body)).toContain("$38 billion");

    // An added article is answered here at once; its write for the other replicas is retried and logged.
    const url = `${site.baseUrl}/news/openai-widens-amazon-pact`;
    const add = slashCommandForm(`add ${url}`, {
      response_url: fake.responseUrl("add"),
      trigger_id: "outage-add",
    });
    expect((await postSigned(replica.url, SECRET, add)).status).toBe(200);
    const [added] = await fake.waitFor("respond:add");
    expect(JSON.stringify(added!.body)).toContain("OpenAI widens its Amazon cloud pact");
    // It says the other replicas get it later, and why.
    expect(JSON.stringify(added!.body)).toContain("the other replicas get it once the database is back");
    const retry = await replica.waitForLog(
      (l) => l.msg === "could not store an article for the other replicas; retrying",
    );
    const articleId = String(retry.articleId);
    await replica.waitForLog((l) => l.msg === retry.msg && Number(l.attempt) >= 2);
    expect(
      await postMention(replica, SECRET, {
        text: "how much is the deal worth?",
        eventId: "EvDownAdded",
        ts: "1700000012.000100",
      }),
    ).toBe(200);
    expect(JSON.stringify((await answeredIn("1700000012.000100")).body)).toContain("$45 billion");
    // Still away: still not ready.
    expect((await readyz()).status).toBe(503);

    proxy.restore();
    await vi.waitFor(async () => expect((await readyz()).status).toBe(200), {
      timeout: 15_000,
      interval: 200,
    });
    await replica.waitForLog((l) => l.msg === "PostgreSQL is reachable again");
    // The retried write lands once the database is back.
    await vi.waitFor(
      async () => expect((await stores.articles.since(0)).map((a) => a.id)).toContain(articleId),
      {
        timeout: 40_000,
        interval: 250,
      },
    );
    expect(
      await postMention(replica, SECRET, {
        text: "how long is the contract?",
        eventId: "EvBack",
        ts: "1700000013.000100",
      }),
    ).toBe(200);
    await answeredIn("1700000013.000100");
  }, 90_000);
  it("answers within seconds while the database hangs, is not ready until it answers again, and answers nothing twice after", async () => {
    expect((await readyz()).status).toBe(200);
    expect(
      await postMention(replica, SECRET, {
        text: "how long is the contract?",
        eventId: "EvPreStall",
        ts: "1700000030.000100",
        user: "UStall",
      }),
    ).toBe(200);
    await answeredIn("1700000030.000100");

    // Every connection the replica holds stays open and silent: no error reaches it, only silence.
    proxy.stall();
    const stalledAt = Date.now();
    expect(
      await postMention(replica, SECRET, {
        text: "how much is the deal worth?",
        eventId: "EvStall1",
        ts: "1700000031.000100",
        user: "UStall",
      }),
    ).toBe(200);
    // Its claim waits at most until the heartbeat finds the database gone (a ping times out after 5 s),
    // then this replica decides from memory.
    await vi.waitFor(() => expect(postsIn("1700000031.000100")).toHaveLength(1), {
      timeout: 25_000,
      interval: 100,
    });
    expect(Date.now() - stalledAt).toBeLessThan(20_000);
    await vi.waitFor(async () => expect((await readyz()).status).toBe(503), {
      timeout: 15_000,
      interval: 200,
    });
    expect((await readyz()).body.checks.store).toContain("PostgreSQL (DATABASE_URL) is unreachable");

    // Once known to be gone, nothing waits on it: a mention and a slash command are answered at once.
    const askedAt = Date.now();
    expect(
      await postMention(replica, SECRET, {
        text: "how long is the contract?",
        eventId: "EvStall2",
        ts: "1700000032.000100",
        user: "UStall2",
      }),
    ).toBe(200);
    await answeredIn("1700000032.000100");
    const ask = slashCommandForm("how much is the deal worth?", {
      response_url: fake.responseUrl("stall-ask"),
      trigger_id: "stall-ask",
      user_id: "UStall3",
    });
    expect((await postSigned(replica.url, SECRET, ask)).status).toBe(200);
    await fake.waitFor("respond:stall-ask");
    // A follow-up in the thread answered before the freeze keeps its context from this replica's memory.
    expect(
      await postThreadReply(replica, SECRET, {
        text: "and when?",
        eventId: "EvStallThread",
        threadTs: "1700000030.000100",
        ts: "1700000034.000100",
        user: "UStall5",
      }),
    ).toBe(200);
    await vi.waitFor(() => expect(postsIn("1700000030.000100")).toHaveLength(2), {
      timeout: 8_000,
      interval: 50,
    });
    expect(Date.now() - askedAt).toBeLessThan(12_000);

    // Slack's retry of the first event reaches this replica while the database still hangs: not answered again.
    expect(
      await postMention(replica, SECRET, {
        text: "how much is the deal worth?",
        eventId: "EvStall1",
        ts: "1700000031.000100",
        retryNum: 1,
        user: "UStall",
      }),
    ).toBe(200);

    // The freeze ends: readiness comes back with the database.
    const logsBefore = replica.logs.length;
    proxy.restore();
    await vi.waitFor(async () => expect((await readyz()).status).toBe(200), {
      timeout: 20_000,
      interval: 200,
    });
    // The deliveries answered from memory are written to the ledger once it is back, so their retries
    // reaching any other replica are dropped there too.
    await replica.waitForLog(
      (l) => l.msg === "deferred store writes stored; none waiting" && replica.logs.indexOf(l) >= logsBefore,
    );
    for (const id of ["EvStall1", "EvStall2"]) {
      expect(await stores.events.claim(`slack:event:${id}`, new Date(), 60_000)).toBe(false);
    }
    expect(
      await postMention(replica, SECRET, {
        text: "how much is the deal worth?",
        eventId: "EvStall1",
        ts: "1700000031.000100",
        retryNum: 2,
        user: "UStall",
      }),
    ).toBe(200);
    expect(
      await postMention(replica, SECRET, {
        text: "how long is the contract?",
        eventId: "EvAfterStall",
        ts: "1700000033.000100",
        user: "UStall4",
      }),
    ).toBe(200);
    await answeredIn("1700000033.000100");
    expect(postsIn("1700000031.000100")).toHaveLength(1);
    expect(postsIn("1700000032.000100")).toHaveLength(1);
  }, 120_000);
});
