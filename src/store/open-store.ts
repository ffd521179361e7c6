/**
 * Picks the store backend once at start: PostgreSQL when `DATABASE_URL` is set (several replicas share
 * it), otherwise the embedded SQLite file in `DATA_DIR` (one process).
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import pg from "pg";
import type { ArticleStore } from "./article-store.js";
import { type ButtonAnswerStore, type ConversationStore, EXPIRING_TABLES } from "./button-answer-store.js";
import type { DigestStore } from "./digest-store.js";
import type { EventLedger } from "./event-ledger.js";
import { createPgDigestStore } from "./pg-digest-store.js";
import { migratePg } from "./pg-migrations.js";
import {
  createPgArticleStore,
  createPgEventLedger,
  createPgExpiringStore,
  createPgRateWindowStore,
} from "./pg-shared-stores.js";
import type { RateWindowStore } from "./rate-window-store.js";
import { createSqliteDigestStore, openSqliteDatabase } from "./sqlite-digest-store.js";
import {
  createSqliteArticleStore,
  createSqliteEventLedger,
  createSqliteExpiringStore,
  createSqliteRateWindowStore,
} from "./sqlite-shared-stores.js";

/** Every store of one process over one backend connection (a SQLite file or a PostgreSQL pool). */
export interface Stores {
  backend: "sqlite" | "postgres";
  digest: DigestStore;
  events: EventLedger;
  articles: ArticleStore;
  buttons: ButtonAnswerStore;
  /** Thread memory: a follow-up reaching any replica is read with the thread's earlier question. */
  conversations: ConversationStore;
  /** Rate-limit windows: one budget per user across replicas. */
  rateWindows: RateWindowStore;
  /** False while the database does not answer (PostgreSQL's heartbeat failed); SQLite is always reachable. */
  reachable(): boolean;
  /** Closes the file or ends the pool; the stores are unusable afterwards. */
  close(): Promise<void>;
}

export type OpenStoresResult = { ok: true; stores: Stores } | { ok: false; error: string };

export interface OpenStoresOptions {
  /** postgres://…; when set, PostgreSQL is used and `dataDir` is ignored. */
  databaseUrl?: string;
  /** Folder of the SQLite file, created when missing. */
  dataDir: string;
  /** Most connections the pool opens (default 10). */
  poolMax?: number;
  /** Called with errors of idle pooled connections (the server went away); they must not crash the process. */
  onPoolError?: (error: Error) => void;
  /** Called every few seconds while another process holds the migration lock, with how long (ms). */
  onMigrationWait?: (waitedMs: number) => void;
  /** Called when the heartbeat finds the database gone (false) or back (true). */
  onReachableChange?: (reachable: boolean) => void;
  /** How often PostgreSQL is pinged to tell readiness (default 2000 ms). */
  heartbeatMs?: number;
  /**
   * How long one PostgreSQL statement may take before it fails with "Query read timeout", in ms (default
   * `STORE_QUERY_TIMEOUT_MS`); migrations (5 minutes a statement) and the articles' catch-up read (2
   * minutes) have longer limits of their own.
   */
  queryTimeoutMs?: number;
}

/**
 * The backstop on every pooled PostgreSQL statement: 10 s, far above a healthy round trip even under load
 * (a group of 500 claims), so only a server that stopped answering reaches it. Answers wait much less on
 * the store (answer-path-stores.ts); this bounds the digest, ingestion and the retried writes.
 */
export const STORE_QUERY_TIMEOUT_MS = 10_000;

/** One migration statement may run 5 minutes (server-side `statement_timeout`; the client waits 5 s more). */
const MIGRATION_STATEMENT_TIMEOUT_MS = 300_000;

/** The articles' catch-up read may return every article (a new replica, a long disconnect): 2 minutes. */
const CATCH_UP_TIMEOUT_MS = 120_000;

/** The SQLite file's path in `dataDir`. */
export function sqliteStorePath(dataDir: string): string {
  return join(dataDir, "deal-bot.sqlite");
}

/** Opens and migrates the configured backend; the error names the file or the (password-free) URL. */
export async function openStores(options: OpenStoresOptions): Promise<OpenStoresResult> {
  if (options.databaseUrl) return openPgStores(options.databaseUrl, options);
  const file = sqliteStorePath(options.dataDir);
  try {
    await mkdir(options.dataDir, { recursive: true });
  } catch (error) {
    return { ok: false, error: `cannot create DATA_DIR ${options.dataDir}: ${(error as Error).message}` };
  }
  let opened: ReturnType<typeof openSqliteDatabase>;
  try {
    opened = openSqliteDatabase(file);
  } catch (error) {
    // A damaged file opens, then fails at the first statement (SQLITE_NOTADB).
    opened = { ok: false, error: `cannot open digest store ${file}: ${(error as Error).message}` };
  }
  if (!opened.ok) return { ok: false, error: `${opened.error} (check DATA_DIR=${options.dataDir})` };
  const { db } = opened;
  return {
    ok: true,
    stores: {
      backend: "sqlite",
      digest: createSqliteDigestStore(db),
      events: createSqliteEventLedger(db),
      articles: createSqliteArticleStore(db),
      buttons: createSqliteExpiringStore(db, EXPIRING_TABLES.buttons),
      conversations: createSqliteExpiringStore(db, EXPIRING_TABLES.conversations),
      rateWindows: createSqliteRateWindowStore(db),
      reachable: () => true,
      close: async () => {
        if (db.open) db.close();
      },
    },
  };
}

async function openPgStores(url: string, options: OpenStoresOptions): Promise<OpenStoresResult> {
  const shown = redactUrl(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolMax ?? 10,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
    // Without it a query on an open connection to a server that stopped answering (a frozen host, a
    // network blackhole) waits for ever, and with it whatever awaits it. A timed-out query's connection is
    // destroyed by the pool, so the slot frees too.
    query_timeout: options.queryTimeoutMs ?? STORE_QUERY_TIMEOUT_MS,
  });
  pool.on("error", (error) => options.onPoolError?.(error));
  try {
    await pool.query("SELECT 1");
  } catch (error) {
    await pool.end().catch(() => undefined);
    return {
      ok: false,
      // A SQLSTATE (28P01 wrong password, 3D000 no such database) means the server answered.
      error: `${pgReached(error) ? "PostgreSQL refused the connection" : "cannot reach PostgreSQL"} at ${shown} (DATABASE_URL): ${describePgError(error)}`,
    };
  }
  // Migrations run on a connection of their own with generous limits (a long step must not be cut), yet
  // limits all the same: a server frozen after the connection would otherwise hold the start for ever.
  // TCP keep-alive notices a peer gone for good; the lock is polled, so waiting on another replica's
  // migration is logged and never one long statement.
  const migrationPool = new pg.Pool({
    connectionString: url,
    max: 1,
    connectionTimeoutMillis: 5000,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    statement_timeout: MIGRATION_STATEMENT_TIMEOUT_MS,
    query_timeout: MIGRATION_STATEMENT_TIMEOUT_MS + 5000,
  });
  migrationPool.on("error", (error) => options.onPoolError?.(error));
  try {
    const migrated = await migratePg(migrationPool, undefined, { onWait: options.onMigrationWait });
    if (!migrated.ok) {
      await pool.end();
      return { ok: false, error: `${migrated.error} (DATABASE_URL=${shown})` };
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    return { ok: false, error: `cannot migrate PostgreSQL at ${shown}: ${describePgError(error)}` };
  } finally {
    await migrationPool.end().catch(() => undefined);
  }
  // Claims get their own small pool: an event's claim never queues behind thread memory and button writes.
  // Claims that arrive while both connections are busy go together in the next statement, so two
  // connections serve hundreds of claims a second even when each round trip is slow.
  const claimPool = new pg.Pool({
    connectionString: url,
    max: CLAIM_POOL_MAX,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
    query_timeout: options.queryTimeoutMs ?? STORE_QUERY_TIMEOUT_MS,
  });
  claimPool.on("error", (error) => options.onPoolError?.(error));
  let ended = false;
  const heartbeat = startHeartbeat(url, options);
  return {
    ok: true,
    stores: {
      backend: "postgres",
      digest: createPgDigestStore(pool),
      events: createPgEventLedger(claimPool, pool, { maxInFlight: CLAIM_POOL_MAX }),
      buttons: createPgExpiringStore(pool, EXPIRING_TABLES.buttons),
      conversations: createPgExpiringStore(pool, EXPIRING_TABLES.conversations),
      rateWindows: createPgRateWindowStore(pool),
      articles: createPgArticleStore(pool, {
        // TCP keep-alive: a LISTEN connection only receives, so without it a peer gone silently (a failover
        // to another host, a blackhole that never ends) would never be noticed; with it the kernel's probes
        // fail it (after some minutes with Linux's default probe spacing) and the watch reconnects and
        // catches up.
        connect: () =>
          new pg.Client({ connectionString: url, keepAlive: true, keepAliveInitialDelayMillis: 10_000 }),
        onWatchError: options.onPoolError,
        catchUpTimeoutMs: Math.max(CATCH_UP_TIMEOUT_MS, options.queryTimeoutMs ?? 0),
      }),
      reachable: heartbeat.reachable,
      close: async () => {
        if (ended) return;
        ended = true;
        await heartbeat.stop();
        await Promise.all([pool.end(), claimPool.end()]);
      },
    },
  };
}

/** Connections in the event ledger's own pool (besides the main pool, the LISTEN and heartbeat ones). */
const CLAIM_POOL_MAX = 2;

/**
 * Pings PostgreSQL every `heartbeatMs` on a connection of its own, so `reachable()` tells "the server does
 * not answer" apart from "the pool is busy": a starved pool must not pass for a lost database, or every
 * exactly-once claim would fall back to one process's memory. The connection is reopened after a failure.
 */
function startHeartbeat(url: string, options: OpenStoresOptions) {
  const periodMs = options.heartbeatMs ?? 2000;
  let reachable = true;
  let stopped = false;
  let client: pg.Client | undefined;
  let busy = false;
  const set = (now: boolean) => {
    if (now !== reachable && !stopped) options.onReachableChange?.(now);
    reachable = now;
  };
  const drop = () => {
    client?.end().catch(() => undefined);
    client = undefined;
  };
  const beat = async () => {
    if (busy || stopped) return;
    busy = true;
    try {
      if (!client) {
        const c = new pg.Client({
          connectionString: url,
          connectionTimeoutMillis: 5000,
          query_timeout: 5000,
        });
        c.on("error", drop);
        client = c;
        await c.connect();
      }
      await client.query("SELECT 1");
      set(true);
    } catch {
      drop();
      set(false);
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void beat(), periodMs);
  timer.unref();
  return {
    reachable: () => reachable,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await client?.end().catch(() => undefined);
    },
  };
}

/** The URL with its password replaced, fit for logs and start-up errors. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    // libpq and pg also read secrets from the query string ("?user=bot&password=…").
    for (const key of [...parsed.searchParams.keys()]) {
      if (/password/i.test(key)) parsed.searchParams.set(key, "***");
    }
    return parsed.toString();
  } catch {
    return "(unparsable URL)";
  }
}

/** Whether an error came from the PostgreSQL server itself (it carries a five-character SQLSTATE). */
function pgReached(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code);
}

function describePgError(error: unknown): string {
  const e = error as { message?: string; code?: string; errors?: { message: string }[] };
  // Node reports a refused connection to "localhost" as an AggregateError with an empty message.
  const message = e.message || e.errors?.map((inner) => inner.message).join("; ") || String(error);
  return e.code && !message.includes(e.code) ? `${message} (${e.code})` : message;
}
