import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { MIGRATIONS, migrate, userVersion } from "../../src/store/migrations.js";
import { openSqliteDigestStore } from "../../src/store/sqlite-digest-store.js";
import { tempDir } from "../digest/support.js";

const dirs: { cleanup(): void }[] = [];
function tempFile(): string {
  const t = tempDir();
  dirs.push(t);
  return join(t.dir, "deal-bot.sqlite");
}
afterEach(() => {
  for (const d of dirs.splice(0)) d.cleanup();
});

describe("migrate", () => {
  it("creates the whole schema on an empty file and records the version", () => {
    const db = new BetterSqlite3(tempFile());
    expect(migrate(db)).toEqual({ ok: true, from: 0, to: MIGRATIONS.length });
    expect(userVersion(db)).toBe(MIGRATIONS.length);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual([
      "articles",
      "button_answers",
      "conversations",
      "digest_ledger",
      "feed_items",
      "handled_events",
      "rate_windows",
      "story_follows",
      "subscriptions",
    ]);
    db.close();
  });

  it("is a no-op the second time", () => {
    const db = new BetterSqlite3(":memory:");
    migrate(db);
    expect(migrate(db)).toEqual({ ok: true, from: MIGRATIONS.length, to: MIGRATIONS.length });
    db.close();
  });

  it("upgrades a version-1 file and keeps its subscriptions and ledger", async () => {
    const file = tempFile();
    const old = new BetterSqlite3(file);
    migrate(old, 1);
    expect(userVersion(old)).toBe(1);
    old
      .prepare(
        `INSERT INTO subscriptions (channel_key, platform, time, timezone, created_by, created_at, updated_at)
         VALUES ('slack:T1:C1', 'slack', '08:30', 'Europe/Berlin', 'U1', 1000, 1000)`,
      )
      .run();
    old
      .prepare(
        `INSERT INTO digest_ledger (channel_key, local_date, status, claim_token, attempts, claimed_at, finished_at)
         VALUES ('slack:T1:C1', '2025-11-03', 'sent', 't', 1, 5000, 6000)`,
      )
      .run();
    old.close();

    const opened = openSqliteDigestStore(file);
    if (!opened.ok) throw new Error(opened.error);
    const store = opened.store;
    expect(await store.getSubscription("slack:T1:C1")).toMatchObject({
      time: "08:30",
      timezone: "Europe/Berlin",
      verbose: false,
    });
    const last = await store.lastDelivered("slack:T1:C1");
    // Version 1 had no content time: the finish time stands in for it.
    expect(last).toMatchObject({ localDate: "2025-11-03", status: "sent", contentAsOf: new Date(6000) });
    expect(last?.snapshot).toBeUndefined();
    await store.close();
    const reopened = new BetterSqlite3(file);
    expect(userVersion(reopened)).toBe(MIGRATIONS.length);
    reopened.close();
  });

  it("keeps a channel's one followed story when channels may follow several", async () => {
    const file = tempFile();
    const old = new BetterSqlite3(file);
    // Version 6: one followed story per channel.
    migrate(old, 6);
    old
      .prepare(
        `INSERT INTO story_follows (channel_key, story_id, followed_by, followed_at)
         VALUES ('slack:T1:C1', 'contoso-fabrikam', 'U1', 1000)`,
      )
      .run();
    old.close();
    const opened = openSqliteDigestStore(file);
    if (!opened.ok) throw new Error(opened.error);
    await opened.store.saveFollow({
      channelKey: "slack:T1:C1",
      storyId: "northwind-tailspin",
      followedBy: "U2",
      followedAt: new Date(2000),
    });
    expect((await opened.store.listFollows("slack:T1:C1")).map((f) => f.storyId)).toEqual([
      "northwind-tailspin",
      "contoso-fabrikam",
    ]);
    await opened.store.close();
  });

  it("refuses a file written by a newer version, naming the file and versions", () => {
    const file = tempFile();
    const db = new BetterSqlite3(file);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    const opened = openSqliteDigestStore(file);
    expect(opened.ok).toBe(false);
    if (!opened.ok) {
      expect(opened.error).toContain(file);
      expect(opened.error).toContain(`schema version ${MIGRATIONS.length + 1}`);
    }
  });

  it("turns on WAL for a file database", () => {
    const file = tempFile();
    const opened = openSqliteDigestStore(file);
    expect(opened.ok).toBe(true);
    const db = new BetterSqlite3(file);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
    if (opened.ok) void opened.store.close();
  });
});

describe("openSqliteDigestStore on a damaged file", () => {
  it("refuses a file whose pages are damaged, naming it and what to do", async () => {
    const file = tempFile();
    const opened = openSqliteDigestStore(file);
    if (!opened.ok) throw new Error(opened.error);
    await opened.store.saveSubscription({
      channelKey: "slack:T1:C1",
      platform: "slack",
      time: "09:00",
      timezone: "UTC",
      verbose: false,
      createdBy: "U1",
      createdAt: new Date(1000),
      updatedAt: new Date(1000),
    });
    await opened.store.close();
    // A torn copy or a bad disk block: every page after the first overwritten.
    const bytes = readFileSync(file);
    bytes.fill(0xff, 4096);
    writeFileSync(file, bytes);
    const again = openSqliteDigestStore(file);
    expect(again.ok).toBe(false);
    if (!again.ok) {
      expect(again.error).toContain(`${file} is damaged`);
      expect(again.error).toContain("backup");
    }
  });
});
