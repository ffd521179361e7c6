import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { openStores } from "../../src/store/open-store.js";
import { createPgEventLedger } from "../../src/store/pg-shared-stores.js";
import { createTestDatabase } from "../fixtures/postgres.js";
import { storeBackends } from "./backends.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const t0 = new Date("2025-11-03T07:30:00Z");
const HOUR = 3_600_000;

describe.each(storeBackends)("event ledger on $name", (backend) => {
  async function open() {
    const opened = await backend.open();
    cleanups.push(opened.cleanup);
    return opened;
  }

  it("lets the first delivery of an event through and refuses its retries", async () => {
    const { stores } = await open();
    expect(await stores.events.claim("slack:Ev1", t0, HOUR)).toBe(true);
    expect(await stores.events.claim("slack:Ev1", new Date(t0.getTime() + 1000), HOUR)).toBe(false);
    expect(await stores.events.claim("slack:Ev2", t0, HOUR)).toBe(true);
  });

  it("forgets an event once its record expires", async () => {
    const { stores } = await open();
    await stores.events.claim("discord:123", t0, HOUR);
    expect(await stores.events.claim("discord:123", new Date(t0.getTime() + HOUR - 1), HOUR)).toBe(false);
    expect(await stores.events.claim("discord:123", new Date(t0.getTime() + HOUR), HOUR)).toBe(true);
  });

  it("gives an event to exactly one of several handles claiming it at once", async () => {
    const opened = await open();
    const handles = [opened.stores, await opened.reopen(), await opened.reopen()];
    const results = await Promise.all(
      handles.flatMap((h) => [1, 2, 3].map(() => h.events.claim("slack:EvRace", t0, HOUR))),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("takes each key exactly once in a burst of concurrent claims from two handles, a key twice in one burst included", async () => {
    const opened = await open();
    const handles = [opened.stores, await opened.reopen()];
    const keys = Array.from({ length: 150 }, (_, i) => `slack:EvBurst${i % 100}`);
    const results = await Promise.all(
      handles.flatMap((h) => keys.map((k) => h.events.claim(k, t0, HOUR).then((won) => ({ k, won })))),
    );
    const winners = results.filter((r) => r.won).map((r) => r.k);
    expect(winners).toHaveLength(100);
    expect(new Set(winners).size).toBe(100);
  });

  it("gives a claim back to its owner when retried (a timed-out attempt that committed), never to another owner", async () => {
    const opened = await open();
    const other = await opened.reopen();
    expect(await opened.stores.events.claim("slack:EvOwned", t0, HOUR, "delivery-a")).toBe(true);
    // The same handling retries after its first attempt timed out: the claim is still its own.
    expect(await other.events.claim("slack:EvOwned", t0, HOUR, "delivery-a")).toBe(true);
    expect(await other.events.claim("slack:EvOwned", t0, HOUR, "delivery-b")).toBe(false);
    expect(await other.events.claim("slack:EvOwned", t0, HOUR)).toBe(false);
    // Without an owner a repeat stays a repeat.
    expect(await other.events.claim("slack:EvNoOwner", t0, HOUR)).toBe(true);
    expect(await other.events.claim("slack:EvNoOwner", t0, HOUR)).toBe(false);
  });

  it("keeps records bounded: expired ones are pruned as new events arrive", async () => {
    const { stores } = await open();
    for (let i = 0; i < 450; i++) await stores.events.claim(`old:${i}`, t0, 1000);
    const later = new Date(t0.getTime() + HOUR);
    for (let i = 0; i < 450; i++) await stores.events.claim(`new:${i}`, later, 1000);
    // Every old record expired before the new ones came; a pruned or expired id is claimable again.
    expect(await stores.events.claim("old:1", later, 1000)).toBe(true);
    expect(await stores.events.claim("new:1", later, 1000)).toBe(false);
  });
});

describe("event ledger on PostgreSQL under load", () => {
  it("claims a burst of 300 events in a few statements, not one round trip each", async () => {
    const db = await createTestDatabase();
    cleanups.push(() => db.drop());
    const migrate = await openStores({ databaseUrl: db.url, dataDir: "unused" });
    if (!migrate.ok) throw new Error(migrate.error);
    await migrate.stores.close();
    const pool = new pg.Pool({ connectionString: db.url, max: 2 });
    cleanups.push(() => pool.end());
    let statements = 0;
    const counting = {
      query: ((...args: Parameters<pg.Pool["query"]>) => {
        statements++;
        return (pool.query as (...a: unknown[]) => unknown)(...args);
      }) as pg.Pool["query"],
    };
    const ledger = createPgEventLedger(counting, pool, { maxInFlight: 2 });
    const won = await Promise.all(
      Array.from({ length: 300 }, (_, i) => ledger.claim(`slack:EvLoad${i}`, t0, HOUR)),
    );
    expect(won.every(Boolean)).toBe(true);
    expect(statements).toBeLessThanOrEqual(4);
    expect(await ledger.claim("slack:EvLoad7", t0, HOUR)).toBe(false);
  });
});
