/**
 * The event ledger, article store, expiring JSON stores and rate-limit windows on the SQLite file: one process (or several on one machine) shares
 * them. There is no notification channel; `watch` only reports nothing, since the one process is the writer.
 */
import type BetterSqlite3 from "better-sqlite3";
import { type ArticleStore, contentHash, type StoredArticle } from "./article-store.js";
import type { ExpiringStore, ExpiringTable } from "./button-answer-store.js";
import type { EventLedger } from "./event-ledger.js";
import type { RateWindowStore } from "./rate-window-store.js";

/** Expired ledger rows are deleted every this many claims, keeping the table bounded by the TTL. */
const PRUNE_EVERY = 200;

export function createSqliteEventLedger(db: BetterSqlite3.Database): EventLedger {
  // NULL owners never match (NULL = NULL is not true): without an owner a repeat is always a repeat.
  const claim = db.prepare<[string, number, string | null, number]>(
    `INSERT INTO handled_events (key, expires_at, owner) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at, owner = excluded.owner
     WHERE handled_events.expires_at <= ? OR handled_events.owner = excluded.owner`,
  );
  const prune = db.prepare<[number]>("DELETE FROM handled_events WHERE expires_at <= ?");
  let claims = 0;
  return {
    async claim(key, now, ttlMs, owner) {
      const t = now.getTime();
      if (++claims % PRUNE_EVERY === 0) prune.run(t);
      return claim.run(key, t + ttlMs, owner ?? null, t).changes > 0;
    },
  };
}

/** An `ExpiringStore` in `table` (key, `<column>_json` text, expires_at); expired rows are pruned as puts come. */
export function createSqliteExpiringStore(
  db: BetterSqlite3.Database,
  { table, column }: ExpiringTable,
): ExpiringStore {
  const put = db.prepare<[string, string, number]>(
    `INSERT INTO ${table} (key, ${column}_json, expires_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET ${column}_json = excluded.${column}_json, expires_at = excluded.expires_at`,
  );
  const get = db.prepare<[string, number], { value: string }>(
    `SELECT ${column}_json AS value FROM ${table} WHERE key = ? AND expires_at > ?`,
  );
  const prune = db.prepare<[number]>(`DELETE FROM ${table} WHERE expires_at <= ?`);
  let puts = 0;
  return {
    async put(key, value, expiresAt) {
      if (++puts % PRUNE_EVERY === 0) prune.run(Date.now());
      put.run(key, JSON.stringify(value), expiresAt.getTime());
    },
    async get(key, now) {
      const row = get.get(key, now.getTime());
      return row ? JSON.parse(row.value) : undefined;
    },
  };
}

export function createSqliteRateWindowStore(db: BetterSqlite3.Database): RateWindowStore {
  const hit = db.prepare<[string, number, number, number]>(
    `INSERT INTO rate_windows (key, window_start, hits, expires_at) VALUES (?, ?, 1, ?)
     ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_windows.hits + 1 WHERE rate_windows.hits < ?`,
  );
  const prune = db.prepare<[number]>("DELETE FROM rate_windows WHERE expires_at <= ?");
  let hits = 0;
  return {
    async hit(key, windowStart, limit, expiresAt) {
      if (++hits % PRUNE_EVERY === 0) prune.run(windowStart.getTime());
      return hit.run(key, windowStart.getTime(), expiresAt.getTime(), limit).changes > 0;
    },
  };
}

interface ArticleRow {
  id: string;
  file_text: string;
  content_hash: string;
  seq: number;
}

export function createSqliteArticleStore(db: BetterSqlite3.Database): ArticleStore {
  const put = db.prepare<[string, string, string]>(
    `INSERT INTO articles (id, file_text, content_hash, seq)
       VALUES (?, ?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM articles))
     ON CONFLICT (id) DO UPDATE SET file_text = excluded.file_text, content_hash = excluded.content_hash,
       seq = excluded.seq
     WHERE articles.content_hash <> excluded.content_hash`,
  );
  const since = db.prepare<[number], ArticleRow>("SELECT * FROM articles WHERE seq > ? ORDER BY seq");
  return {
    async put(id, fileText) {
      return put.run(id, fileText, contentHash(fileText)).changes > 0;
    },
    async since(seq) {
      return since.all(seq).map(
        (row): StoredArticle => ({
          id: row.id,
          fileText: row.file_text,
          contentHash: row.content_hash,
          seq: row.seq,
        }),
      );
    },
    async watch() {
      return async () => {};
    },
  };
}
