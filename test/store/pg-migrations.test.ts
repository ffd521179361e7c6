import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MIGRATION_LOCK, migratePg, PG_MIGRATIONS, pgSchemaVersion } from "../../src/store/pg-migrations.js";
import { createTestDatabase } from "../fixtures/postgres.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function pools(n: number) {
  const db = await createTestDatabase();
  cleanups.push(() => db.drop());
  return Array.from({ length: n }, () => {
    const pool = new pg.Pool({ connectionString: db.url, max: 2 });
    cleanups.push(() => pool.end());
    return pool;
  });
}

describe("migratePg", () => {
  it("creates the whole schema on an empty database, then is a no-op", async () => {
    const [pool] = await pools(1);
    expect(await migratePg(pool!)).toEqual({ ok: true, from: 0, to: PG_MIGRATIONS.length });
    expect(await pgSchemaVersion(pool!)).toBe(PG_MIGRATIONS.length);
    const { rows } = await pool!.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1",
    );
    expect(rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining([
        "digest_ledger",
        "feed_items",
        "schema_migrations",
        "story_follows",
        "subscriptions",
      ]),
    );
    expect(await migratePg(pool!)).toEqual({
      ok: true,
      from: PG_MIGRATIONS.length,
      to: PG_MIGRATIONS.length,
    });
  });

  it("runs each step once when several processes start at once", async () => {
    const all = await pools(4);
    const results = await Promise.all(all.map((p) => migratePg(p)));
    expect(results.every((r) => r.ok)).toBe(true);
    // Exactly one of them started from an empty database; the others waited on the lock and found it done.
    expect(results.filter((r) => r.ok && r.from === 0)).toHaveLength(1);
    const { rows } = await all[0]!.query<{ n: string }>("SELECT count(*) AS n FROM schema_migrations");
    expect(Number(rows[0]!.n)).toBe(PG_MIGRATIONS.length);
  });

  it("says it is waiting, and for how long, while another process holds the migration lock", async () => {
    const [pool] = await pools(1);
    const holder = await pool!.connect();
    await holder.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    const waits: number[] = [];
    const migrating = migratePg(pool!, undefined, {
      onWait: (ms) => waits.push(ms),
      pollMs: 10,
      reportEveryMs: 100,
    });
    await vi.waitFor(() => expect(waits.length).toBeGreaterThanOrEqual(2), { timeout: 5000 });
    await holder.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    holder.release();
    expect(await migrating).toEqual({ ok: true, from: 0, to: PG_MIGRATIONS.length });
    expect(waits[0]).toBeLessThan(100);
    expect(waits[1]).toBeGreaterThanOrEqual(100);
  });

  it("keeps a channel's one followed story when channels may follow several", async () => {
    const [pool] = await pools(1);
    // Version 5: one followed story per channel.
    await migratePg(pool!, 5);
    await pool!.query(
      `INSERT INTO story_follows (channel_key, story_id, followed_by, followed_at)
       VALUES ('slack:T1:C1', 'contoso-fabrikam', 'U1', now())`,
    );
    expect(await migratePg(pool!)).toMatchObject({ ok: true, from: 5 });
    await pool!.query(
      `INSERT INTO story_follows (channel_key, story_id, followed_by, followed_at)
       VALUES ('slack:T1:C1', 'northwind-tailspin', 'U2', now())`,
    );
    const { rows } = await pool!.query<{ n: string }>("SELECT count(*) AS n FROM story_follows");
    expect(Number(rows[0]!.n)).toBe(2);
  });

  it("refuses a database migrated by a newer deal-bot", async () => {
    const [pool] = await pools(1);
    await migratePg(pool!);
    await pool!.query("INSERT INTO schema_migrations (version) VALUES ($1)", [PG_MIGRATIONS.length + 1]);
    const result = await migratePg(pool!);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(`schema version ${PG_MIGRATIONS.length + 1}`);
  });
});
