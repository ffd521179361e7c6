/**
 * The SQLite schema as an ordered list of migrations. `PRAGMA user_version` records how many have run;
 * each runs in its own immediate transaction, so two processes opening a new file migrate it once.
 */
import type { Database } from "better-sqlite3";

/** Append only: a migration that shipped is never edited, a change is a new entry. */
export const MIGRATIONS: readonly string[] = [
  // 1: subscriptions and the per-day ledger.
  `CREATE TABLE subscriptions (
     channel_key TEXT PRIMARY KEY,
     platform TEXT NOT NULL,
     time TEXT NOT NULL,
     timezone TEXT NOT NULL,
     created_by TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   );
   CREATE TABLE digest_ledger (
     channel_key TEXT NOT NULL,
     local_date TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('claimed', 'failed', 'sent', 'skipped')),
     claim_token TEXT NOT NULL,
     attempts INTEGER NOT NULL,
     claimed_at INTEGER NOT NULL,
     next_attempt_at INTEGER,
     last_error TEXT,
     finished_at INTEGER,
     message_id TEXT,
     PRIMARY KEY (channel_key, local_date)
   );`,
  // 2: quiet/verbose empty days, and the fact snapshot each digest is compared against.
  `ALTER TABLE subscriptions ADD COLUMN verbose INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE digest_ledger ADD COLUMN content_as_of INTEGER;
   ALTER TABLE digest_ledger ADD COLUMN snapshot_json TEXT;
   CREATE INDEX digest_ledger_by_channel ON digest_ledger (channel_key, finished_at);`,
  // 3: feed item links already handled, so a restart does not fetch (or re-add) them again.
  `CREATE TABLE feed_items (
     link TEXT PRIMARY KEY,
     feed TEXT NOT NULL,
     handled_at INTEGER NOT NULL
   );`,
  // 4: platform deliveries already handled (retries answered once), and articles as stored files.
  `CREATE TABLE handled_events (key TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
   CREATE INDEX handled_events_by_expiry ON handled_events (expires_at);
   CREATE TABLE articles (
     id TEXT PRIMARY KEY,
     file_text TEXT NOT NULL,
     content_hash TEXT NOT NULL,
     seq INTEGER NOT NULL
   );
   CREATE INDEX articles_by_seq ON articles (seq);`,
  // 5: the story each channel follows (answers fall back to it; the digest reports on it).
  `CREATE TABLE story_follows (
     channel_key TEXT PRIMARY KEY,
     story_id TEXT NOT NULL,
     followed_by TEXT NOT NULL,
     followed_at INTEGER NOT NULL
   );`,
  // 6: the answers behind buttons, so a click works after a restart.
  `CREATE TABLE button_answers (key TEXT PRIMARY KEY, answer_json TEXT NOT NULL, expires_at INTEGER NOT NULL);
   CREATE INDEX button_answers_by_expiry ON button_answers (expires_at);`,
  // 7: a channel may follow several stories (SQLite cannot change a primary key: copy into a new table).
  `CREATE TABLE story_follows_many (
     channel_key TEXT NOT NULL,
     story_id TEXT NOT NULL,
     followed_by TEXT NOT NULL,
     followed_at INTEGER NOT NULL,
     PRIMARY KEY (channel_key, story_id)
   );
   INSERT INTO story_follows_many SELECT channel_key, story_id, followed_by, followed_at FROM story_follows;
   DROP TABLE story_follows;
   ALTER TABLE story_follows_many RENAME TO story_follows;`,
  // 8: a subscription paused after the platform refused a post for good, why and since when.
  `ALTER TABLE subscriptions ADD COLUMN paused_reason TEXT;
   ALTER TABLE subscriptions ADD COLUMN paused_at INTEGER;`,
  // 9: conversation memory (a thread's previous question and story) and rate-limit windows, so follow-ups
  // and limits hold on any replica and after a restart.
  `CREATE TABLE conversations (key TEXT PRIMARY KEY, state_json TEXT NOT NULL, expires_at INTEGER NOT NULL);
   CREATE INDEX conversations_by_expiry ON conversations (expires_at);
   CREATE TABLE rate_windows (
     key TEXT NOT NULL,
     window_start INTEGER NOT NULL,
     hits INTEGER NOT NULL,
     expires_at INTEGER NOT NULL,
     PRIMARY KEY (key, window_start)
   );
   CREATE INDEX rate_windows_by_expiry ON rate_windows (expires_at);`,
  // 10: who claimed a delivery, so a claim retried after a timeout finds it is its own.
  `ALTER TABLE handled_events ADD COLUMN owner TEXT;`,
];

export type MigrateResult = { ok: true; from: number; to: number } | { ok: false; error: string };

/** Brings the database up to `MIGRATIONS.length` (or `target`); refuses a file from a newer version. */
export function migrate(db: Database, target: number = MIGRATIONS.length): MigrateResult {
  const from = userVersion(db);
  if (from > MIGRATIONS.length) {
    return {
      ok: false,
      error: `${db.name} has schema version ${from}, newer than this deal-bot knows (${MIGRATIONS.length}); upgrade deal-bot`,
    };
  }
  for (let version = from; version < target; version++) {
    const step = db.transaction(() => {
      // Re-read inside the write lock: another process may have run this step meanwhile.
      if (userVersion(db) !== version) return;
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    });
    step.immediate();
  }
  return { ok: true, from, to: Math.max(from, target) };
}

/** The schema version recorded in the file (0 for a new one). */
export function userVersion(db: Database): number {
  return db.pragma("user_version", { simple: true }) as number;
}
