import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createSeenEvents, createSharedSeenEvents } from "../../adapters/slack/dedupe-events.js";
import { openStores } from "../../src/store/open-store.js";
import { createPgEventLedger } from "../../src/store/pg-shared-stores.js";
import { createWriteRetries } from "../../src/store/write-retries.js";
import { silentLogger } from "../digest/support.js";
import { createTestDatabase } from "../fixtures/postgres.js";
import { storeBackends } from "../store/backends.js";
import { type Harness, startHarness } from "./harness.js";

describe("createSeenEvents", () => {
  it("reports an event id seen within the TTL and forgets it afterwards", () => {
    let now = 0;
    const seen = createSeenEvents(() => now, 1000);
    expect(seen.checkAndRecord("Ev1")).toBe(false);
    now = 999;
    expect(seen.checkAndRecord("Ev1")).toBe(true);
    now = 1001;
    expect(seen.checkAndRecord("Ev1")).toBe(false);
  });

  it("holds at most `max` ids, dropping the oldest", () => {
    const seen = createSeenEvents(() => 0, 1000, 2);
    seen.checkAndRecord("a");
    seen.checkAndRecord("b");
    seen.checkAndRecord("c");
    expect(seen.checkAndRecord("c")).toBe(true);
    expect(seen.checkAndRecord("a")).toBe(false);
  });
});

describe.each(storeBackends)("createSharedSeenEvents on $name", (backend) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it("drops on one replica a delivery another replica already handled", async () => {
    const opened = await backend.open();
    cleanups.push(opened.cleanup);
    const other = await opened.reopen();
    const now = () => Date.parse("2025-11-03T08:00:00Z");
    const replicaA = createSharedSeenEvents(opened.stores.events, now, silentLogger);
    const replicaB = createSharedSeenEvents(other.events, now, silentLogger);
    expect(await replicaA.checkAndRecord("event:Ev1")).toBe(false);
    expect(await replicaB.checkAndRecord("event:Ev1")).toBe(true);
    expect(await replicaB.checkAndRecord("event:Ev2")).toBe(false);
  });

  it("answers a delivery whose first claim committed but timed out: its retry is still its own", async () => {
    const opened = await backend.open();
    cleanups.push(opened.cleanup);
    const other = await opened.reopen();
    const now = () => Date.parse("2025-11-03T08:00:00Z");
    let attempts = 0;
    // The first attempt reaches the database and commits, but its answer comes too late for the caller.
    const late = {
      claim: async (key: string, at: Date, ttlMs: number, owner?: string) => {
        const won = await opened.stores.events.claim(key, at, ttlMs, owner);
        if (++attempts === 1) throw new Error("claiming a delivery: the store did not answer within 2000 ms");
        return won;
      },
    };
    const sleep = async () => undefined;
    const replicaA = createSharedSeenEvents(late, now, silentLogger, { reachable: () => true, sleep });
    expect(await replicaA.checkAndRecord("event:EvLate")).toBe(false);
    expect(attempts).toBe(2);
    expect(await createSharedSeenEvents(other.events, now, silentLogger).checkAndRecord("event:EvLate")).toBe(
      true,
    );
  });

  it("records a delivery answered from memory while the store was down once it is back, so other replicas drop it", async () => {
    const opened = await backend.open();
    cleanups.push(opened.cleanup);
    const other = await opened.reopen();
    const now = () => Date.parse("2025-11-03T08:00:00Z");
    let up = false;
    const retries = createWriteRetries({ logger: silentLogger, reachable: () => up, delaysMs: [10] });
    cleanups.push(async () => void (await retries.stop()));
    const replicaA = createSharedSeenEvents(opened.stores.events, now, silentLogger, {
      reachable: () => up,
      retries,
    });
    expect(await replicaA.checkAndRecord("event:EvDown")).toBe(false);
    expect(retries.pending()).toBe(1);
    up = true;
    await vi.waitFor(() => expect(retries.pending()).toBe(0));
    expect(await createSharedSeenEvents(other.events, now, silentLogger).checkAndRecord("event:EvDown")).toBe(
      true,
    );
  });
});

describe("createSharedSeenEvents while the store is unreachable", () => {
  it("falls back to this process's memory once the heartbeat reports the store down, and says so", async () => {
    const warnings: string[] = [];
    const logger = { ...silentLogger, warn: (_o: unknown, msg: string) => warnings.push(msg) } as never;
    const down = { claim: () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:5432")) };
    const seen = createSharedSeenEvents(down, () => 0, logger, { reachable: () => false });
    expect(await seen.checkAndRecord("event:Ev1")).toBe(false);
    expect(await seen.checkAndRecord("event:Ev1")).toBe(true);
    expect(warnings[0]).toContain("de-duplicating in memory");
    // Once per outage, not once per delivery.
    for (const id of ["event:Ev2", "event:Ev3"]) expect(await seen.checkAndRecord(id)).toBe(false);
    expect(warnings).toHaveLength(1);
  });
});

describe("createSharedSeenEvents while the store is reachable but slow", () => {
  const recorder = () => {
    const errors: string[] = [];
    const waits: number[] = [];
    const logger = { ...silentLogger, error: (_o: unknown, msg: string) => errors.push(msg) } as never;
    const sleep = async (ms: number) => void waits.push(ms);
    return { errors, waits, logger, sleep };
  };

  it("retries a claim that times out with growing waits until the store decides", async () => {
    const { waits, logger, sleep } = recorder();
    let calls = 0;
    const flaky = {
      claim: async () => {
        if (++calls <= 3) throw new Error("timeout exceeded when trying to connect");
        return false; // another replica had claimed it meanwhile
      },
    };
    const seen = createSharedSeenEvents(flaky, () => 0, logger, { reachable: () => true, sleep });
    expect(await seen.checkAndRecord("event:Ev1")).toBe(true);
    expect(calls).toBe(4);
    expect(waits).toEqual([100, 200, 400]);
  });

  it("warns once when a claim has been retrying for more than a few seconds", async () => {
    const { waits, sleep } = recorder();
    const warnings: [Record<string, unknown>, string][] = [];
    const logger = {
      ...silentLogger,
      warn: (o: Record<string, unknown>, msg: string) => warnings.push([o, msg]),
    } as never;
    let calls = 0;
    const locked = {
      claim: async () => {
        if (++calls <= 8) throw new Error("reading claims: the store did not answer within 2000 ms");
        return true;
      },
    };
    const seen = createSharedSeenEvents(locked, () => 0, logger, { reachable: () => true, sleep });
    expect(await seen.checkAndRecord("event:EvLocked")).toBe(false);
    expect(waits.reduce((a, b) => a + b, 0)).toBeGreaterThan(5000);
    expect(warnings).toEqual([
      [
        expect.objectContaining({ key: "event:EvLocked", error: expect.stringContaining("did not answer") }),
        "event ledger claim still retrying; the answer waits for it",
      ],
    ]);
  });

  it("drops a delivery the store never decides, and logs it, rather than risk a second answer", async () => {
    const { errors, waits, logger, sleep } = recorder();
    const stuck = { claim: () => Promise.reject(new Error("timeout exceeded when trying to connect")) };
    const seen = createSharedSeenEvents(stuck, () => 0, logger, {
      reachable: () => true,
      sleep,
      claimWaitMs: 5000,
    });
    expect(await seen.checkAndRecord("event:Ev1")).toBe(true);
    expect(waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(5000);
    expect(errors[0]).toContain("dropping the delivery");
  });
});

describe("createSharedSeenEvents on PostgreSQL with an exhausted pool", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it("answers a delivery reaching two replicas once while their one connection is held past the acquire timeout", async () => {
    const db = await createTestDatabase();
    cleanups.push(() => db.drop());
    const migrated = await openStores({ databaseUrl: db.url, dataDir: "unused", poolMax: 1 });
    if (!migrated.ok) throw new Error(migrated.error);
    await migrated.stores.close();
    // Each replica's ledger has a pool of one connection that gives up after 50 ms, the way a saturated
    // replica's pool does under load; both connections are held for longer than that.
    const replicas = [0, 1].map(
      () => new pg.Pool({ connectionString: db.url, max: 1, connectionTimeoutMillis: 10_000 }),
    );
    cleanups.push(() => Promise.all(replicas.map((p) => p.end())).then(() => undefined));
    const held = await Promise.all(replicas.map((p) => p.connect()));
    // The acquire timeout is shortened only once connected: on a loaded machine opening a connection
    // alone can take longer than 50 ms (pg-pool reads the option at each acquire).
    for (const p of replicas) p.options.connectionTimeoutMillis = 50;
    const now = () => Date.parse("2025-11-03T08:00:00Z");
    const seen = replicas.map((p) =>
      createSharedSeenEvents(createPgEventLedger(p), now, silentLogger, { reachable: () => true }),
    );
    const decisions = Promise.all(seen.map((s) => s.checkAndRecord("event:EvStarved")));
    await new Promise((r) => setTimeout(r, 400));
    for (const client of held) client.release();
    const repeats = await decisions;
    expect(repeats.filter((repeat) => !repeat)).toHaveLength(1);
  });
});

describe("replayed signed requests", () => {
  let h: Harness;
  afterEach(() => h?.close());

  const commandBody = (triggerId: string) =>
    new URLSearchParams({
      command: "/deal",
      text: "value",
      team_id: "T1",
      channel_id: "C1",
      user_id: "U1",
      user_name: "alice",
      api_app_id: "A1",
      response_url: h.fake.responseUrl("command"),
      trigger_id: triggerId,
    }).toString();

  it("answers a slash command once when the same signed bytes arrive twice", async () => {
    h = await startHarness();
    const ts = Math.floor(Date.now() / 1000);
    const body = commandBody("trigger-replayed");
    const first = await h.post(body, "application/x-www-form-urlencoded", { timestamp: ts });
    const replay = await h.post(body, "application/x-www-form-urlencoded", { timestamp: ts });
    expect(first.status).toBe(200);
    // Acknowledged, so a genuine retry stops, but not answered again.
    expect(replay.status).toBe(200);
    // A third, different command proves the listener still runs and gives the replay time to show up.
    await h.post(commandBody("trigger-other"), "application/x-www-form-urlencoded");
    expect(await h.fake.waitFor("respond:command", 2)).toHaveLength(2);
    expect(h.fake.callsTo("respond:command")).toHaveLength(2);
    expect(h.logs()).toContain("replay");
  });

  it("runs a button click once when its signed payload is replayed", async () => {
    h = await startHarness();
    await h.postCommand("value");
    await h.fake.waitFor("respond:command");
    const payload = {
      type: "block_actions",
      team: { id: "T1", domain: "test" },
      user: { id: "U1", username: "alice", team_id: "T1" },
      api_app_id: "A1",
      container: { type: "message", message_ts: "1700000000.000300", channel_id: "C1", is_ephemeral: true },
      trigger_id: "trigger-click",
      channel: { id: "C1", name: "general" },
      response_url: h.fake.responseUrl("action"),
      actions: [{ type: "button", action_id: "deal_more_sources", block_id: "b1", value: "missing-key" }],
    };
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const ts = Math.floor(Date.now() / 1000);
    await h.post(body, "application/x-www-form-urlencoded", { timestamp: ts });
    await h.post(body, "application/x-www-form-urlencoded", { timestamp: ts });
    expect(h.fake.callsTo("respond:action")).toHaveLength(1);
  });
});
