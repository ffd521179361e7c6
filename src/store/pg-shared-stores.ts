/**
 * The event ledger, article store, expiring JSON stores and rate-limit windows on PostgreSQL, shared by every replica. A stored article is announced
 * with `pg_notify` in the same statement; each replica LISTENs on its own connection, reconnects with
 * backoff when it drops, and after a reconnect reads everything it may have missed.
 */
import type pg from "pg";
import { type ArticleStore, contentHash } from "./article-store.js";
import type { ExpiringStore, ExpiringTable } from "./button-answer-store.js";
import type { EventLedger } from "./event-ledger.js";
import { groupStatements } from "./group-statements.js";
import type { RateWindowStore } from "./rate-window-store.js";

/**
 * Stored articles are announced on `deal_bot_articles:<schema>` (payload: the id): bots sharing a database
 * in different schemas (or parallel tests) never wake each other.
 */
const ARTICLES_CHANNEL_PREFIX = "deal_bot_articles:";

/** Expired ledger rows are deleted every this many claims, keeping the table bounded by the TTL. */
const PRUNE_EVERY = 200;

/**
 * The ledger on `pool` (best a small one of its own, so claims never queue behind other store calls).
 * Claims waiting while `maxInFlight` statements run go together in the next one (group-statements.ts):
 * under load a replica makes one round trip for many claims instead of one each. Within a statement keys
 * are sorted, so two replicas claiming overlapping keys lock them in the same order and never deadlock;
 * a key twice in one group is claimed by its first call. The group's latest `now` decides expiry (calls
 * grouped together are milliseconds apart). Pruning runs on `prunePool` (default `pool`) without holding
 * up the claims.
 */
export function createPgEventLedger(
  pool: Pick<pg.Pool, "query">,
  prunePool: Pick<pg.Pool, "query"> = pool,
  options: { maxInFlight?: number } = {},
): EventLedger {
  let claims = 0;
  const claimGroup = groupStatements(
    async (items: { key: string; now: Date; ttlMs: number; owner?: string }[]) => {
      const now = new Date(Math.max(...items.map((i) => i.now.getTime())));
      // A key twice in one group is claimed with its first call's expiry and owner.
      const first = new Map<string, (typeof items)[number]>();
      for (const i of items) if (!first.has(i.key)) first.set(i.key, i);
      const keys = [...first.keys()].sort();
      const picked = keys.map((k) => first.get(k)!);
      // NULL owners never match (NULL = NULL is not true): without an owner a repeat is always a repeat.
      const { rows } = await pool.query<{ key: string }>(
        `INSERT INTO handled_events AS h (key, expires_at, owner)
         SELECT * FROM unnest($1::text[], $2::timestamptz[], $4::text[])
         ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at, owner = excluded.owner
         WHERE h.expires_at <= $3 OR h.owner = excluded.owner
         RETURNING key`,
        [
          keys,
          picked.map((i) => new Date(i.now.getTime() + i.ttlMs)),
          now,
          picked.map((i) => i.owner ?? null),
        ],
      );
      const claimed = new Set(rows.map((r) => r.key));
      // Only the first call for a key may take it.
      return items.map((i) => claimed.delete(i.key));
    },
    { maxInFlight: options.maxInFlight ?? 1 },
  );
  return {
    claim(key, now, ttlMs, owner) {
      if (++claims % PRUNE_EVERY === 0) {
        // Best effort: a prune that fails is done by a later claim.
        prunePool.query("DELETE FROM handled_events WHERE expires_at <= $1", [now]).catch(() => undefined);
      }
      return claimGroup({ key, now, ttlMs, owner });
    },
  };
}

/**
 * An `ExpiringStore` in `table` (key, `column` JSONB, expires_at); expired rows are pruned as puts come.
 * Puts waiting while one runs go together in the next statement (the last value for a key wins), so thread
 * memory and button answers cost one round trip for many events under load; with one statement at a time
 * (the default `maxInFlight`) puts land in the order they were made.
 */
export function createPgExpiringStore(
  pool: Pick<pg.Pool, "query">,
  { table, column }: ExpiringTable,
  options: { maxInFlight?: number } = {},
): ExpiringStore {
  let puts = 0;
  const putGroup = groupStatements(
    async (items: { key: string; value: unknown; expiresAt: Date }[]) => {
      const last = new Map<string, (typeof items)[number]>();
      for (const i of items) last.set(i.key, i);
      const keys = [...last.keys()].sort();
      await pool.query(
        `INSERT INTO ${table} (key, ${column}, expires_at)
         SELECT * FROM unnest($1::text[], $2::jsonb[], $3::timestamptz[])
         ON CONFLICT (key) DO UPDATE SET ${column} = excluded.${column}, expires_at = excluded.expires_at`,
        [keys, keys.map((k) => JSON.stringify(last.get(k)!.value)), keys.map((k) => last.get(k)!.expiresAt)],
      );
      return items.map(() => undefined);
    },
    { maxInFlight: options.maxInFlight ?? 1 },
  );
  return {
    async put(key, value, expiresAt) {
      if (++puts % PRUNE_EVERY === 0) await pool.query(`DELETE FROM ${table} WHERE expires_at <= now()`);
      await putGroup({ key, value, expiresAt });
    },
    async get(key, now) {
      const { rows } = await pool.query<{ value: unknown }>(
        `SELECT ${column} AS value FROM ${table} WHERE key = $1 AND expires_at > $2`,
        [key, now],
      );
      return rows[0]?.value;
    },
  };
}

export function createPgRateWindowStore(pool: pg.Pool): RateWindowStore {
  let hits = 0;
  return {
    async hit(key, windowStart, limit, expiresAt) {
      if (++hits % PRUNE_EVERY === 0) await pool.query("DELETE FROM rate_windows WHERE expires_at <= now()");
      // The row lock taken by ON CONFLICT serialises hits on one key: the count never passes `limit`.
      const result = await pool.query(
        `INSERT INTO rate_windows AS w (key, window_start, hits, expires_at) VALUES ($1, $2, 1, $3)
         ON CONFLICT (key, window_start) DO UPDATE SET hits = w.hits + 1 WHERE w.hits < $4`,
        [key, windowStart, expiresAt, limit],
      );
      return (result.rowCount ?? 0) > 0;
    },
  };
}

interface ArticleRow {
  id: string;
  file_text: string;
  content_hash: string;
  seq: string;
}

export interface PgArticleStoreOptions {
  /** Opens the dedicated LISTEN connection (same database as the pool). */
  connect: () => pg.Client;
  /** Told about a lost LISTEN connection and each reconnect attempt. */
  onWatchError?: (error: Error) => void;
  /** The catch-up read's own time limit, in ms (it may read every article; the pool's is for one row). */
  catchUpTimeoutMs?: number;
}

export function createPgArticleStore(pool: pg.Pool, options: PgArticleStoreOptions): ArticleStore {
  return {
    async put(id, fileText) {
      const result = await pool.query(
        `WITH up AS (
           INSERT INTO articles AS a (id, file_text, content_hash) VALUES ($1, $2, $3)
           ON CONFLICT (id) DO UPDATE SET file_text = excluded.file_text, content_hash = excluded.content_hash,
             seq = nextval('article_seq')
           WHERE a.content_hash <> excluded.content_hash
           RETURNING id
         )
         SELECT pg_notify('${ARTICLES_CHANNEL_PREFIX}' || current_schema(), id) FROM up`,
        [id, fileText, contentHash(fileText)],
      );
      return (result.rowCount ?? 0) > 0;
    },
    async since(seq) {
      const { rows } = await pool.query<ArticleRow>({
        text: "SELECT * FROM articles WHERE seq > $1 ORDER BY seq",
        values: [seq],
        ...(options.catchUpTimeoutMs ? { query_timeout: options.catchUpTimeoutMs } : {}),
      });
      return rows.map((row) => ({
        id: row.id,
        fileText: row.file_text,
        contentHash: row.content_hash,
        seq: Number(row.seq),
      }));
    },
    watch: (onChange) => listen(options, onChange),
  };
}

/** LISTENs on a dedicated connection; on loss, reconnects with doubling waits (0.5 s … 10 s). */
async function listen(options: PgArticleStoreOptions, onChange: () => void): Promise<() => Promise<void>> {
  let stopped = false;
  let client: pg.Client | undefined;
  let timer: NodeJS.Timeout | undefined;
  let delay = 500;

  /** True once listening; false when it failed (a reconnect is then scheduled). */
  const connect = async (): Promise<boolean> => {
    const c = options.connect();
    client = c;
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost || stopped) return;
      lost = true;
      options.onWatchError?.(error ?? new Error("the LISTEN connection ended"));
      c.end().catch(() => undefined);
      timer = setTimeout(reconnect, delay);
      delay = Math.min(delay * 2, 10_000);
    };
    c.on("error", onLost);
    c.on("end", () => onLost());
    let channel: string | undefined;
    c.on("notification", (message) => {
      if (message.channel === channel) onChange();
    });
    try {
      await c.connect();
      const { rows } = await c.query<{ schema: string }>("SELECT current_schema() AS schema");
      channel = `${ARTICLES_CHANNEL_PREFIX}${rows[0]!.schema}`;
      await c.query(`LISTEN "${channel.replaceAll('"', '""')}"`);
    } catch (error) {
      onLost(error as Error);
      return false;
    }
    delay = 500;
    return true;
  };
  const reconnect = () => {
    if (stopped) return;
    // Whatever was stored while the connection was down was announced to nobody: read it now.
    void connect().then((ok) => ok && onChange());
  };

  await connect();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await client?.end().catch(() => undefined);
  };
}
