/**
 * Keeps every replica's in-memory index in step through the store. An article indexed here (seeds at
 * start, `/deal add`, feeds, the seeds watcher) is also stored as its file text; an article another replica
 * stored is announced (PostgreSQL NOTIFY), read and indexed here. Storing is idempotent by content hash, so
 * replicas importing the same `seeds/` at start store each article once. Questions never wait on any of it.
 */
import type { Engine } from "../answer/engine.js";
import { parseArticle } from "../corpus/parse-article.js";
import { serializeArticle } from "../corpus/serialize-article.js";
import type { Logger } from "../logger.js";
import { type ArticleStore, contentHash } from "../store/article-store.js";
import { STOP_FLUSH_MS, withDeadline } from "../store/write-retries.js";
import type { Article } from "../types.js";

/** Changes are re-read from this many sequence numbers back: two writers may commit out of order. */
const SEQ_OVERLAP = 50;

export interface ShareArticlesDeps {
  engine: Engine;
  store: ArticleStore;
  logger: Logger;
  /** Waits between attempts to store an article while the database is away (the last repeats). */
  retryDelaysMs?: readonly number[];
  /** False while the database is known to be unreachable: `stop` then tries nothing more. */
  reachable?: () => boolean;
}

export interface SharedArticles {
  /** The engine to give ingestion: what it upserts is indexed here and stored for the other replicas. */
  engine: Engine;
  /** Reads what other replicas stored since the last read and indexes it; resolves to how many. */
  catchUp(): Promise<number>;
  /** Articles not yet stored (the database is away); retried in the background. */
  pending(): number;
  /**
   * Stops watching and retrying. Articles still waiting to be stored are tried once more (for at most
   * `STOP_FLUSH_MS`) while the database is reachable; any left are logged at error with their ids.
   */
  stop(): Promise<void>;
}

/**
 * Stores what the engine holds now (the seeds), indexes what other replicas stored, and starts watching.
 * Rejects only when the first catch-up read fails.
 */
export async function shareArticles(deps: ShareArticlesDeps): Promise<SharedArticles> {
  const { engine, store, logger } = deps;
  const delays = deps.retryDelaysMs ?? [500, 1000, 2000, 5000, 10_000, 30_000];
  /** Content hash of each article as this replica last indexed or stored it. */
  const known = new Map<string, string>();
  const waiting = new Set<string>();
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;
  let lastSeq = 0;

  const store1 = (article: Article, attempt = 0): Promise<void> => {
    const fileText = serializeArticle(article.meta, article.text);
    known.set(article.meta.id, contentHash(fileText));
    return store.put(article.meta.id, fileText).then(
      () => {
        waiting.delete(article.meta.id);
        if (attempt > 0) {
          logger.info(
            { articleId: article.meta.id, attempts: attempt + 1 },
            "stored an article after retrying; the other replicas get it now",
          );
        }
      },
      (err: unknown) => {
        waiting.add(article.meta.id);
        const delay = delays[Math.min(attempt, delays.length - 1)]!;
        logger.warn(
          { err, articleId: article.meta.id, attempt: attempt + 1, retryInMs: delay },
          "could not store an article for the other replicas; retrying",
        );
        if (stopped) return;
        const timer = setTimeout(() => {
          timers.delete(timer);
          // A newer version may have replaced it meanwhile; store whatever is indexed now.
          const current = engine.articles().find((a) => a.meta.id === article.meta.id) ?? article;
          void store1(current, attempt + 1);
        }, delay);
        timers.add(timer);
      },
    );
  };

  let reading: Promise<number> | undefined;
  let again = false;
  const read = async (): Promise<number> => {
    const rows = await store.since(Math.max(0, lastSeq - SEQ_OVERLAP));
    let indexed = 0;
    for (const row of rows) {
      lastSeq = Math.max(lastSeq, row.seq);
      if (known.get(row.id) === row.contentHash) continue;
      const parsed = parseArticle(row.fileText, `${row.id}.md`);
      if (!parsed.ok) {
        logger.warn({ articleId: row.id, error: parsed.error }, "stored article does not load; skipped");
        known.set(row.id, row.contentHash);
        continue;
      }
      engine.upsert(parsed.article);
      known.set(row.id, row.contentHash);
      indexed++;
      logger.info({ articleId: row.id }, "article indexed from the shared store");
    }
    return indexed;
  };
  // One read at a time; a change announced during a read triggers one more read after it.
  const catchUp = (): Promise<number> => {
    if (reading) {
      again = true;
      return reading;
    }
    reading = read().finally(() => {
      reading = undefined;
      if (again && !stopped) {
        again = false;
        void catchUp().catch((err: unknown) => logger.warn({ err }, "reading shared articles failed"));
      }
    });
    return reading;
  };

  await Promise.all(engine.articles().map((a) => store1(a)));
  await catchUp();
  const unwatch = await store.watch(() => {
    void catchUp().catch((err: unknown) => logger.warn({ err }, "reading shared articles failed"));
  });

  /** On stop: one more try at the articles still waiting, then the ones left are named. */
  const storeWaiting = async () => {
    if (waiting.size === 0) return;
    if (deps.reachable?.() ?? true) {
      const attempts = [...waiting].map(async (id) => {
        const article = engine.articles().find((a) => a.meta.id === id);
        if (article) await store.put(id, serializeArticle(article.meta, article.text));
        waiting.delete(id);
      });
      await withDeadline(Promise.allSettled(attempts), STOP_FLUSH_MS, "storing articles").catch(
        () => undefined,
      );
    }
    if (waiting.size === 0) return;
    logger.error(
      { dropped: waiting.size, articleIds: [...waiting].slice(0, 20) },
      "stopping with articles not stored for the other replicas; they get them only once this replica " +
        "starts again and imports its seeds folder",
    );
  };

  const shared: Engine = {
    ...engine,
    upsert(article) {
      engine.upsert(article);
      void store1(article);
    },
  };
  return {
    engine: shared,
    catchUp,
    pending: () => waiting.size,
    async stop() {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      await unwatch();
      await reading?.catch(() => undefined);
      await storeWaiting();
    },
  };
}
