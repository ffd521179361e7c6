/**
 * The PostgreSQL schema as an ordered list of migrations, recorded in `schema_migrations`. Migrating holds a
 * session advisory lock, so replicas starting at once run each step once: the others wait, then find it done.
 */
import type { Pool } from "pg";

/** Append only: a migration that shipped is never edited, a change is a new entry. */
export const PG_MIGRATIONS: readonly string[] = [
  // 1: digest subscriptions and the per-day ledger (the claim is the ledger row).
  `CREATE TABLE subscriptions (
     channel_key TEXT PRIMARY KEY,
     platform TEXT NOT NULL,
     time TEXT NOT NULL,
     timezone TEXT NOT NULL,
     "verbose" BOOLEAN NOT NULL DEFAULT FALSE,
     created_by TEXT NOT NULL,
     created_at TIMESTAMPTZ NOT NULL,
     updated_at TIMESTAMPTZ NOT NULL
   );
   CREATE TABLE digest_ledger (
     channel_key TEXT NOT NULL,
     local_date TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('claimed', 'failed', 'sent', 'skipped')),
     claim_token TEXT NOT NULL,
     attempts INTEGER NOT NULL,
     claimed_at TIMESTAMPTZ NOT NULL,
     next_attempt_at TIMESTAMPTZ,
     last_error TEXT,
     finished_at TIMESTAMPTZ,
     message_id TEXT,
     content_as_of TIMESTAMPTZ,
     snapshot JSONB,
     PRIMARY KEY (channel_key, local_date)
   );
   CREATE INDEX digest_ledger_by_channel ON digest_ledger (channel_key, finished_at);`,
  // 2: feed item links already handled, so a restart does not fetch (or re-add) them again.
  `CREATE TABLE feed_items (
     link TEXT PRIMARY KEY,
     feed TEXT NOT NULL,
     handled_at TIMESTAMPTZ NOT NULL
   );`,
  // 3: platform deliveries already handled (retries answered once), and articles shared by replicas,
  // ordered by a sequence so each replica reads what changed since it last looked.
  `CREATE TABLE handled_events (key TEXT PRIMARY KEY, expires_at TIMESTAMPTZ NOT NULL);
   CREATE INDEX handled_events_by_expiry ON handled_events (expires_at);
   CREATE SEQUENCE article_seq;
   CREATE TABLE articles (
     id TEXT PRIMARY KEY,
     file_text TEXT NOT NULL,
     content_hash TEXT NOT NULL,
     seq BIGINT NOT NULL DEFAULT nextval('article_seq')
   );
   CREATE INDEX articles_by_seq ON articles (seq);`,
  // 4: the story each channel follows (answers fall back to it; the digest reports on it).
  `CREATE TABLE story_follows (
     channel_key TEXT PRIMARY KEY,
     story_id TEXT NOT NULL,
     followed_by TEXT NOT NULL,
     followed_at TIMESTAMPTZ NOT NULL
   );`,
  // 5: the answers behind buttons, so a click works on any replica and after a restart.
  `CREATE TABLE button_answers (key TEXT PRIMARY KEY, answer JSONB NOT NULL, expires_at TIMESTAMPTZ NOT NULL);
   CREATE INDEX button_answers_by_expiry ON button_answers (expires_at);`,
  // 6: a channel may follow several stories.
  `ALTER TABLE story_follows DROP CONSTRAINT story_follows_pkey;
   ALTER TABLE story_follows ADD PRIMARY KEY (channel_key, story_id);`,
  // 7: a subscription paused after the platform refused a post for good, why and since when.
  `ALTER TABLE subscriptions ADD COLUMN paused_reason TEXT, ADD COLUMN paused_at TIMESTAMPTZ;`,
  // 8: conversation memory (a thread's previous question and story) and rate-limit windows, so follow-ups
  // and limits hold on any replica and after a restart.
  `CREATE TABLE conversations (key TEXT PRIMARY KEY, state JSONB NOT NULL, expires_at TIMESTAMPTZ NOT NULL);
   CREATE INDEX conversations_by_expiry ON conversations (expires_at);
   CREATE TABLE rate_windows (
     key TEXT NOT NULL,
     window_start TIMESTAMPTZ NOT NULL,
     hits INTEGER NOT NULL,
     expires_at TIMESTAMPTZ NOT NULL,
     PRIMARY KEY (key, window_start)
   );
   CREATE INDEX rate_windows_by_expiry ON rate_windows (expires_at);`,
  // 9: who claimed a delivery, so a claim retried after a timeout finds it is its own.
  `ALTER TABLE handled_events ADD COLUMN owner TEXT;`,
];

/** Any fixed number: the advisory lock key every deal-bot process migrates under. */
export const MIGRATION_LOCK = 7_215_001;

export type PgMigrateResult = { ok: true; from: number; to: number } | { ok: false; error: string };

export interface MigrationLockWait {
  /**
   * Called while another process holds the migration lock: at the first refusal, then every
   * `reportEveryMs`, with how long this process has waited (ms).
   */
  onWait?: (waitedMs: number) => void;
  /** How often the lock is asked for again, in ms (default 250). */
  pollMs?: number;
  /** How often `onWait` is called while waiting, in ms (default 5000). */
  reportEveryMs?: number;
}

/**
 * Brings the database up to `PG_MIGRATIONS.length` (or `target`), each step in its own transaction under
 * the migration advisory lock; refuses a database migrated by a newer deal-bot. Rejects when the
 * database does. The lock is polled (`pg_try_advisory_lock`), not waited on, so a process waiting for
 * another's migration says so (`wait.onWait`) instead of hanging silently.
 */
export async function migratePg(
  pool: Pool,
  target: number = PG_MIGRATIONS.length,
  wait: MigrationLockWait = {},
): Promise<PgMigrateResult> {
  const client = await pool.connect();
  try {
    await takeMigrationLock(client, wait);
    try {
      await client.query(
        `CREATE TABLE IF NOT EXISTS schema_migrations (
           version INTEGER PRIMARY KEY,
           applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
         )`,
      );
      const from = await pgSchemaVersion(client);
      if (from > PG_MIGRATIONS.length) {
        return {
          ok: false,
          error: `the database has schema version ${from}, newer than this deal-bot knows (${PG_MIGRATIONS.length}); upgrade deal-bot`,
        };
      }
      for (let version = from; version < target; version++) {
        await client.query("BEGIN");
        try {
          await client.query(PG_MIGRATIONS[version]!);
          await client.query("INSERT INTO schema_migrations (version) VALUES ($1)", [version + 1]);
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK");
          throw new Error(`migration ${version + 1} failed: ${(error as Error).message}`);
        }
      }
      return { ok: true, from, to: Math.max(from, target) };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

/** Takes the migration lock on `client`, asking again every `pollMs` while another process holds it. */
async function takeMigrationLock(client: Pick<Pool, "query">, wait: MigrationLockWait): Promise<void> {
  const pollMs = wait.pollMs ?? 250;
  const reportEveryMs = wait.reportEveryMs ?? 5000;
  const started = Date.now();
  let reported: number | undefined;
  for (;;) {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [
      MIGRATION_LOCK,
    ]);
    if (rows[0]?.locked) return;
    const now = Date.now();
    if (reported === undefined || now - reported >= reportEveryMs) {
      reported = now;
      wait.onWait?.(now - started);
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** The highest migration recorded (0 for a new database). */
export async function pgSchemaVersion(client: Pick<Pool, "query">): Promise<number> {
  const result = await client.query<{ version: number | null }>(
    "SELECT max(version) AS version FROM schema_migrations",
  );
  return result.rows[0]?.version ?? 0;
}
