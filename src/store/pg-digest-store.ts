/**
 * The `DigestStore` on PostgreSQL, for several replicas sharing one database. A claim is one
 * `INSERT … ON CONFLICT DO UPDATE … WHERE` statement: PostgreSQL locks the row and re-checks the condition,
 * so of two replicas claiming the same day at once exactly one gets it, and the ledger row is the claim.
 */
import { randomUUID } from "node:crypto";
import type { Pool } from "pg";
import type { DigestStore, LedgerEntry, LedgerStatus, Subscription } from "./digest-store.js";

interface SubscriptionRow {
  channel_key: string;
  platform: Subscription["platform"];
  time: string;
  timezone: string;
  verbose: boolean;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  paused_reason: string | null;
  paused_at: Date | null;
}

interface LedgerRow {
  channel_key: string;
  local_date: string;
  status: LedgerStatus;
  attempts: number;
  claimed_at: Date;
  next_attempt_at: Date | null;
  last_error: string | null;
  finished_at: Date | null;
  message_id: string | null;
  content_as_of: Date | null;
  snapshot: unknown;
}

/** The store over a pool whose database `migratePg` has brought up to date. `close` does not end the pool. */
export function createPgDigestStore(pool: Pool): DigestStore {
  return {
    async saveFollow(f) {
      await pool.query(
        `INSERT INTO story_follows (channel_key, story_id, followed_by, followed_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (channel_key, story_id) DO UPDATE SET
           followed_by = excluded.followed_by, followed_at = excluded.followed_at`,
        [f.channelKey, f.storyId, f.followedBy, f.followedAt],
      );
    },
    async listFollows(channelKey) {
      const { rows } = await pool.query<{
        channel_key: string;
        story_id: string;
        followed_by: string;
        followed_at: Date;
      }>("SELECT * FROM story_follows WHERE channel_key = $1 ORDER BY followed_at DESC, story_id", [
        channelKey,
      ]);
      return rows.map((row) => ({
        channelKey: row.channel_key,
        storyId: row.story_id,
        followedBy: row.followed_by,
        followedAt: new Date(row.followed_at),
      }));
    },
    async deleteFollow(channelKey, storyId) {
      const { rowCount } = await pool.query(
        "DELETE FROM story_follows WHERE channel_key = $1 AND story_id = $2",
        [channelKey, storyId],
      );
      return (rowCount ?? 0) > 0;
    },
    async saveSubscription(s) {
      await pool.query(
        `INSERT INTO subscriptions (channel_key, platform, time, timezone, "verbose", created_by, created_at, updated_at,
           paused_reason, paused_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (channel_key) DO UPDATE SET platform = excluded.platform, time = excluded.time,
           timezone = excluded.timezone, "verbose" = excluded."verbose", created_by = excluded.created_by,
           created_at = excluded.created_at, updated_at = excluded.updated_at,
           paused_reason = excluded.paused_reason, paused_at = excluded.paused_at`,
        [
          s.channelKey,
          s.platform,
          s.time,
          s.timezone,
          s.verbose,
          s.createdBy,
          s.createdAt,
          s.updatedAt,
          s.paused?.reason ?? null,
          s.paused?.at ?? null,
        ],
      );
    },
    async pauseSubscription(channelKey, pause) {
      const result = await pool.query(
        "UPDATE subscriptions SET paused_reason = $1, paused_at = $2 WHERE channel_key = $3",
        [pause.reason, pause.at, channelKey],
      );
      return (result.rowCount ?? 0) > 0;
    },
    async getSubscription(channelKey) {
      const { rows } = await pool.query<SubscriptionRow>(
        "SELECT * FROM subscriptions WHERE channel_key = $1",
        [channelKey],
      );
      return rows[0] && toSubscription(rows[0]);
    },
    async deleteSubscription(channelKey) {
      const result = await pool.query("DELETE FROM subscriptions WHERE channel_key = $1", [channelKey]);
      return (result.rowCount ?? 0) > 0;
    },
    async listSubscriptions() {
      const { rows } = await pool.query<SubscriptionRow>("SELECT * FROM subscriptions ORDER BY channel_key");
      return rows.map(toSubscription);
    },
    async claim(request) {
      const token = randomUUID();
      const { rows } = await pool.query<{ attempts: number }>(
        `INSERT INTO digest_ledger AS l (channel_key, local_date, status, claim_token, attempts, claimed_at)
         VALUES ($1, $2, 'claimed', $3, 1, $4)
         ON CONFLICT (channel_key, local_date) DO UPDATE SET status = 'claimed', claim_token = excluded.claim_token,
           attempts = l.attempts + 1, claimed_at = excluded.claimed_at, next_attempt_at = NULL
         WHERE (l.status = 'claimed' AND l.claimed_at + $5 * interval '1 millisecond' <= excluded.claimed_at)
            OR (l.status = 'failed' AND coalesce(l.next_attempt_at, '-infinity') <= excluded.claimed_at)
         RETURNING attempts`,
        [request.channelKey, request.localDate, token, request.now, request.leaseMs],
      );
      const attempt = rows[0]?.attempts;
      if (attempt === undefined) return undefined;
      return { channelKey: request.channelKey, localDate: request.localDate, token, attempt };
    },
    async markDelivered(c, record) {
      const result = await pool.query(
        `UPDATE digest_ledger SET status = $1, finished_at = $2, message_id = $3, content_as_of = $4,
           snapshot = $5, last_error = NULL, next_attempt_at = NULL
         WHERE channel_key = $6 AND local_date = $7 AND status IN ('claimed', 'failed')`,
        [
          record.posted ? "sent" : "skipped",
          record.at,
          record.messageId ?? null,
          record.contentAsOf,
          JSON.stringify(record.snapshot ?? null),
          c.channelKey,
          c.localDate,
        ],
      );
      return (result.rowCount ?? 0) > 0;
    },
    async markFailed(c, record) {
      const result = await pool.query(
        `UPDATE digest_ledger SET status = 'failed', last_error = $1, next_attempt_at = $2
         WHERE channel_key = $3 AND local_date = $4 AND claim_token = $5 AND status = 'claimed'`,
        [record.error.slice(0, 500), record.retryAt, c.channelKey, c.localDate, c.token],
      );
      return (result.rowCount ?? 0) > 0;
    },
    async entry(channelKey, localDate) {
      const { rows } = await pool.query<LedgerRow>(
        "SELECT * FROM digest_ledger WHERE channel_key = $1 AND local_date = $2",
        [channelKey, localDate],
      );
      return rows[0] && toEntry(rows[0]);
    },
    async lastDelivered(channelKey) {
      const { rows } = await pool.query<LedgerRow>(
        `SELECT * FROM digest_ledger WHERE channel_key = $1 AND status IN ('sent', 'skipped')
         ORDER BY finished_at DESC, local_date DESC LIMIT 1`,
        [channelKey],
      );
      return rows[0] && toEntry(rows[0]);
    },
    async isFeedItemHandled(link) {
      const { rowCount } = await pool.query("SELECT 1 FROM feed_items WHERE link = $1", [link]);
      return (rowCount ?? 0) > 0;
    },
    async markFeedItemHandled(item) {
      await pool.query(
        "INSERT INTO feed_items (link, feed, handled_at) VALUES ($1, $2, $3) ON CONFLICT (link) DO NOTHING",
        [item.link, item.feed, item.at],
      );
    },
    async close() {
      // The pool is shared by every store of the process; whoever opened it ends it.
    },
  };
}

function toSubscription(row: SubscriptionRow): Subscription {
  return {
    channelKey: row.channel_key,
    platform: row.platform,
    time: row.time,
    timezone: row.timezone,
    verbose: row.verbose,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(row.paused_reason !== null && row.paused_at !== null
      ? { paused: { reason: row.paused_reason, at: row.paused_at } }
      : {}),
  };
}

function toEntry(row: LedgerRow): LedgerEntry {
  return {
    channelKey: row.channel_key,
    localDate: row.local_date,
    status: row.status,
    attempts: row.attempts,
    claimedAt: row.claimed_at,
    nextAttemptAt: row.next_attempt_at ?? undefined,
    lastError: row.last_error ?? undefined,
    finishedAt: row.finished_at ?? undefined,
    messageId: row.message_id ?? undefined,
    contentAsOf: row.content_as_of ?? row.finished_at ?? undefined,
    snapshot: row.snapshot === null ? undefined : row.snapshot,
  };
}
