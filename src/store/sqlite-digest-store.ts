/**
 * The `DigestStore` on one SQLite file (better-sqlite3, WAL). Claims run in `BEGIN IMMEDIATE`
 * transactions, so schedulers in several processes sharing the file never claim the same day twice.
 */
import { randomUUID } from "node:crypto";
import BetterSqlite3 from "better-sqlite3";
import type {
  Claim,
  ClaimRequest,
  DeliveredRecord,
  DigestStore,
  FailedRecord,
  LedgerEntry,
  LedgerStatus,
  StoryFollow,
  Subscription,
} from "./digest-store.js";
import { migrate } from "./migrations.js";

interface SubscriptionRow {
  channel_key: string;
  platform: Subscription["platform"];
  time: string;
  timezone: string;
  verbose: number;
  created_by: string;
  created_at: number;
  updated_at: number;
  paused_reason: string | null;
  paused_at: number | null;
}

interface FollowRow {
  channel_key: string;
  story_id: string;
  followed_by: string;
  followed_at: number;
}

interface LedgerRow {
  channel_key: string;
  local_date: string;
  status: LedgerStatus;
  claim_token: string;
  attempts: number;
  claimed_at: number;
  next_attempt_at: number | null;
  last_error: string | null;
  finished_at: number | null;
  message_id: string | null;
  content_as_of: number | null;
  snapshot_json: string | null;
}

export type OpenStoreResult = { ok: true; store: DigestStore } | { ok: false; error: string };
export type OpenDatabaseResult = { ok: true; db: BetterSqlite3.Database } | { ok: false; error: string };

/** Opens (creating and migrating if needed) the SQLite file at `file`; `:memory:` works for tests. */
export function openSqliteDatabase(file: string): OpenDatabaseResult {
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(file, { timeout: 5000 });
    db.pragma("journal_mode = WAL");
    // WAL with NORMAL loses at most the last commits on power loss, never consistency.
    db.pragma("synchronous = NORMAL");
  } catch (error) {
    return { ok: false, error: `cannot open digest store ${file}: ${(error as Error).message}` };
  }
  // A file whose pages are damaged (a torn copy, a bad disk block) still opens; reading it fails later, on
  // every request. SQLite's own consistency check finds it now, so the store is reported unusable once.
  let damage: string | undefined;
  try {
    const rows = db.pragma("quick_check(1)") as { quick_check: string }[];
    const first = rows[0]?.quick_check ?? "ok";
    if (first !== "ok") damage = first;
  } catch (error) {
    damage = (error as Error).message;
  }
  if (damage) {
    db.close();
    return {
      ok: false,
      error: `digest store ${file} is damaged (${damage}); restore it from a backup or move it aside to start a new one`,
    };
  }
  const migrated = migrate(db);
  if (!migrated.ok) {
    db.close();
    return migrated;
  }
  return { ok: true, db };
}

/** Opens (creating and migrating if needed) the store at `file`; `:memory:` works for tests. */
export function openSqliteDigestStore(file: string): OpenStoreResult {
  const opened = openSqliteDatabase(file);
  return opened.ok ? { ok: true, store: createSqliteDigestStore(opened.db) } : opened;
}

/** The store over an already migrated connection. */
export function createSqliteDigestStore(db: BetterSqlite3.Database): DigestStore {
  const q = {
    saveFollow: db.prepare(
      `INSERT INTO story_follows (channel_key, story_id, followed_by, followed_at)
       VALUES (@channel_key, @story_id, @followed_by, @followed_at)
       ON CONFLICT (channel_key, story_id) DO UPDATE SET
         followed_by = excluded.followed_by, followed_at = excluded.followed_at`,
    ),
    listFollows: db.prepare<[string], FollowRow>(
      "SELECT * FROM story_follows WHERE channel_key = ? ORDER BY followed_at DESC, story_id",
    ),
    deleteFollow: db.prepare("DELETE FROM story_follows WHERE channel_key = ? AND story_id = ?"),
    saveSubscription: db.prepare(
      `INSERT INTO subscriptions (channel_key, platform, time, timezone, verbose, created_by, created_at, updated_at,
         paused_reason, paused_at)
       VALUES (@channel_key, @platform, @time, @timezone, @verbose, @created_by, @created_at, @updated_at,
         @paused_reason, @paused_at)
       ON CONFLICT (channel_key) DO UPDATE SET platform = excluded.platform, time = excluded.time,
         timezone = excluded.timezone, verbose = excluded.verbose, created_by = excluded.created_by,
         created_at = excluded.created_at, updated_at = excluded.updated_at,
         paused_reason = excluded.paused_reason, paused_at = excluded.paused_at`,
    ),
    pauseSubscription: db.prepare<[string, number, string]>(
      "UPDATE subscriptions SET paused_reason = ?, paused_at = ? WHERE channel_key = ?",
    ),
    getSubscription: db.prepare<[string], SubscriptionRow>(
      "SELECT * FROM subscriptions WHERE channel_key = ?",
    ),
    deleteSubscription: db.prepare<[string]>("DELETE FROM subscriptions WHERE channel_key = ?"),
    listSubscriptions: db.prepare<[], SubscriptionRow>("SELECT * FROM subscriptions ORDER BY channel_key"),
    feedItemHandled: db.prepare<[string], { one: number }>("SELECT 1 AS one FROM feed_items WHERE link = ?"),
    markFeedItem: db.prepare(
      "INSERT INTO feed_items (link, feed, handled_at) VALUES (?, ?, ?) ON CONFLICT (link) DO NOTHING",
    ),
    entry: db.prepare<[string, string], LedgerRow>(
      "SELECT * FROM digest_ledger WHERE channel_key = ? AND local_date = ?",
    ),
    insertClaim: db.prepare<[string, string, string, number]>(
      `INSERT INTO digest_ledger (channel_key, local_date, status, claim_token, attempts, claimed_at)
       VALUES (?, ?, 'claimed', ?, 1, ?)`,
    ),
    reclaim: db.prepare<[string, number, string, string]>(
      `UPDATE digest_ledger SET status = 'claimed', claim_token = ?, attempts = attempts + 1,
         claimed_at = ?, next_attempt_at = NULL
       WHERE channel_key = ? AND local_date = ?`,
    ),
    delivered: db.prepare(
      `UPDATE digest_ledger SET status = @status, finished_at = @at, message_id = @message_id,
         content_as_of = @content_as_of, snapshot_json = @snapshot_json, last_error = NULL, next_attempt_at = NULL
       WHERE channel_key = @channel_key AND local_date = @local_date AND status IN ('claimed', 'failed')`,
    ),
    failed: db.prepare(
      `UPDATE digest_ledger SET status = 'failed', last_error = @error, next_attempt_at = @retry_at
       WHERE channel_key = @channel_key AND local_date = @local_date AND claim_token = @token
         AND status = 'claimed'`,
    ),
    lastDelivered: db.prepare<[string], LedgerRow>(
      `SELECT * FROM digest_ledger WHERE channel_key = ? AND status IN ('sent', 'skipped')
       ORDER BY finished_at DESC, local_date DESC LIMIT 1`,
    ),
  };

  const claim = db.transaction((request: ClaimRequest): Claim | undefined => {
    const { channelKey, localDate } = request;
    const now = request.now.getTime();
    const token = randomUUID();
    const row = q.entry.get(channelKey, localDate);
    if (!row) {
      q.insertClaim.run(channelKey, localDate, token, now);
      return { channelKey, localDate, token, attempt: 1 };
    }
    const leaseRanOut = row.status === "claimed" && row.claimed_at + request.leaseMs <= now;
    const retryDue = row.status === "failed" && (row.next_attempt_at ?? 0) <= now;
    if (!leaseRanOut && !retryDue) return undefined;
    q.reclaim.run(token, now, channelKey, localDate);
    return { channelKey, localDate, token, attempt: row.attempts + 1 };
  });

  return {
    async saveFollow(f: StoryFollow) {
      q.saveFollow.run({
        channel_key: f.channelKey,
        story_id: f.storyId,
        followed_by: f.followedBy,
        followed_at: f.followedAt.getTime(),
      });
    },
    async listFollows(channelKey) {
      return q.listFollows.all(channelKey).map((row) => ({
        channelKey: row.channel_key,
        storyId: row.story_id,
        followedBy: row.followed_by,
        followedAt: new Date(row.followed_at),
      }));
    },
    async deleteFollow(channelKey, storyId) {
      return q.deleteFollow.run(channelKey, storyId).changes > 0;
    },
    async saveSubscription(s) {
      q.saveSubscription.run({
        channel_key: s.channelKey,
        platform: s.platform,
        time: s.time,
        timezone: s.timezone,
        verbose: s.verbose ? 1 : 0,
        created_by: s.createdBy,
        created_at: s.createdAt.getTime(),
        updated_at: s.updatedAt.getTime(),
        paused_reason: s.paused?.reason ?? null,
        paused_at: s.paused?.at.getTime() ?? null,
      });
    },
    async pauseSubscription(channelKey, pause) {
      return q.pauseSubscription.run(pause.reason, pause.at.getTime(), channelKey).changes > 0;
    },
    async getSubscription(channelKey) {
      const row = q.getSubscription.get(channelKey);
      return row && toSubscription(row);
    },
    async deleteSubscription(channelKey) {
      return q.deleteSubscription.run(channelKey).changes > 0;
    },
    async listSubscriptions() {
      return q.listSubscriptions.all().map(toSubscription);
    },
    async claim(request) {
      return claim.immediate(request);
    },
    async markDelivered(c, record: DeliveredRecord) {
      const result = q.delivered.run({
        status: record.posted ? "sent" : "skipped",
        at: record.at.getTime(),
        message_id: record.messageId ?? null,
        content_as_of: record.contentAsOf.getTime(),
        snapshot_json: JSON.stringify(record.snapshot ?? null),
        channel_key: c.channelKey,
        local_date: c.localDate,
      });
      return result.changes > 0;
    },
    async markFailed(c, record: FailedRecord) {
      const result = q.failed.run({
        error: record.error.slice(0, 500),
        retry_at: record.retryAt.getTime(),
        channel_key: c.channelKey,
        local_date: c.localDate,
        token: c.token,
      });
      return result.changes > 0;
    },
    async entry(channelKey, localDate) {
      const row = q.entry.get(channelKey, localDate);
      return row && toEntry(row);
    },
    async lastDelivered(channelKey) {
      const row = q.lastDelivered.get(channelKey);
      return row && toEntry(row);
    },
    async isFeedItemHandled(link) {
      return q.feedItemHandled.get(link) !== undefined;
    },
    async markFeedItemHandled(item) {
      q.markFeedItem.run(item.link, item.feed, item.at.getTime());
    },
    async close() {
      if (db.open) db.close();
    },
  };
}

function toSubscription(row: SubscriptionRow): Subscription {
  return {
    channelKey: row.channel_key,
    platform: row.platform,
    time: row.time,
    timezone: row.timezone,
    verbose: row.verbose === 1,
    createdBy: row.created_by,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    ...(row.paused_reason !== null && row.paused_at !== null
      ? { paused: { reason: row.paused_reason, at: new Date(row.paused_at) } }
      : {}),
  };
}

function toEntry(row: LedgerRow): LedgerEntry {
  const date = (ms: number | null) => (ms === null ? undefined : new Date(ms));
  return {
    channelKey: row.channel_key,
    localDate: row.local_date,
    status: row.status,
    attempts: row.attempts,
    claimedAt: new Date(row.claimed_at),
    nextAttemptAt: date(row.next_attempt_at),
    lastError: row.last_error ?? undefined,
    finishedAt: date(row.finished_at),
    messageId: row.message_id ?? undefined,
    // Rows from before migration 2 have no content time; when they finished is the closest stand-in.
    contentAsOf: date(row.content_as_of ?? row.finished_at),
    snapshot: row.snapshot_json === null ? undefined : JSON.parse(row.snapshot_json),
  };
}
