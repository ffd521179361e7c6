import { afterEach, describe, expect, it, vi } from "vitest";
import { shareArticles } from "../../src/ingest/share-articles.js";
import type { ArticleStore } from "../../src/store/article-store.js";
import { makeArticle, silentLogger } from "../digest/support.js";
import { createFakeEngine } from "../fixtures/fake-engine.js";
import { storeBackends } from "../store/backends.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const seedA = makeArticle("chip-deal", undefined, ["The chipmaker agreed to buy its rival for $4 billion."]);
const seedB = makeArticle("funding", undefined, ["The startup raised $120 million in a Series C round."]);
const added = makeArticle("cloud-deal", "2025-11-04T10:00:00Z", [
  "The retailer signed a seven-year cloud contract worth $2 billion.",
]);

const ids = (engine: { articles(): readonly { meta: { id: string } }[] }) =>
  engine
    .articles()
    .map((a) => a.meta.id)
    .sort();

describe.each(storeBackends)("shareArticles on $name", (backend) => {
  async function replica(store: ArticleStore, seeds = [seedA, seedB]) {
    const engine = createFakeEngine(seeds);
    const shared = await shareArticles({ engine, store, logger: silentLogger });
    cleanups.push(() => shared.stop());
    return { engine, shared };
  }

  it("imports the seeds once, however many replicas start with them", async () => {
    const opened = await backend.open();
    cleanups.push(opened.cleanup);
    await replica(opened.stores.articles);
    await replica((await opened.reopen()).articles);
    expect((await opened.stores.articles.since(0)).map((r) => r.id).sort()).toEqual(["chip-deal", "funding"]);
  });

  it("indexes on start what other replicas stored before", async () => {
    const opened = await backend.open();
    cleanups.push(opened.cleanup);
    const first = await replica(opened.stores.articles);
    first.shared.engine.upsert(added);
    await vi.waitFor(async () => expect(await opened.stores.articles.since(0)).toHaveLength(3));
    const later = await replica((await opened.reopen()).articles, [seedA]);
    expect(ids(later.engine)).toEqual(["chip-deal", "cloud-deal", "funding"]);
    expect(later.engine.articles().find((a) => a.meta.id === "cloud-deal")?.text).toBe(added.text);
  });
});

describe("shareArticles on PostgreSQL", () => {
  const backend = storeBackends.find((b) => b.name === "PostgreSQL")!;

  it("brings an article added on one replica into the other's index within seconds", async () => {
    const opened = await backend.open();
    cleanups.push(opened.cleanup);
    const engineA = createFakeEngine([seedA]);
    const a = await shareArticles({ engine: engineA, store: opened.stores.articles, logger: silentLogger });
    cleanups.push(() => a.stop());
    const engineB = createFakeEngine([seedA]);
    const b = await shareArticles({
      engine: engineB,
      store: (await opened.reopen()).articles,
      logger: silentLogger,
    });
    cleanups.push(() => b.stop());

    a.engine.upsert(added);
    // No read is asked for: the NOTIFY alone brings it.
    await vi.waitFor(() => expect(ids(engineB)).toContain("cloud-deal"), { timeout: 5000, interval: 20 });
    expect(engineB.articles().find((x) => x.meta.id === "cloud-deal")?.text).toBe(added.text);
  });

  it("retries storing while the database is away, and the other replica gets it once it is back", async () => {
    const opened = await backend.open();
    cleanups.push(opened.cleanup);
    const real = opened.stores.articles;
    let down = true;
    const flaky: ArticleStore = {
      ...real,
      put: (id, text) => (down ? Promise.reject(new Error("connection terminated")) : real.put(id, text)),
    };
    const warnings: string[] = [];
    const infos: string[] = [];
    const logger = {
      ...silentLogger,
      warn: (_o: unknown, msg: string) => warnings.push(msg),
      info: (_o: unknown, msg: string) => infos.push(msg),
    } as never;
    const a = await shareArticles({
      engine: createFakeEngine([]),
      store: flaky,
      logger,
      retryDelaysMs: [20],
    });
    cleanups.push(() => a.stop());
    a.engine.upsert(added);
    await vi.waitFor(() => expect(warnings.length).toBeGreaterThanOrEqual(2));
    expect(a.pending()).toBe(1);
    expect(a.engine.articles().map((x) => x.meta.id)).toEqual(["cloud-deal"]);
    down = false;
    await vi.waitFor(() => expect(a.pending()).toBe(0));
    expect(infos).toContain("stored an article after retrying; the other replicas get it now");
    const engineB = createFakeEngine([]);
    const b = await shareArticles({
      engine: engineB,
      store: (await opened.reopen()).articles,
      logger: silentLogger,
    });
    cleanups.push(() => b.stop());
    expect(ids(engineB)).toEqual(["cloud-deal"]);
    expect(warnings[0]).toContain("retrying");
  });
});

describe("shareArticles stopping", () => {
  /** An article store in memory that refuses writes while `state.down`. */
  function memoryArticles(state: { down: boolean }) {
    const stored = new Map<string, string>();
    const store: ArticleStore = {
      async put(id, fileText) {
        if (state.down) throw new Error("connection terminated");
        stored.set(id, fileText);
        return true;
      },
      since: async () => [],
      watch: async () => async () => undefined,
    };
    return { stored, store };
  }

  it("stores the articles still waiting when stopped once the database answers", async () => {
    const state = { down: true };
    const { stored, store } = memoryArticles(state);
    const a = await shareArticles({
      engine: createFakeEngine([]),
      store,
      logger: silentLogger,
      retryDelaysMs: [60_000],
    });
    a.engine.upsert(added);
    await vi.waitFor(() => expect(a.pending()).toBe(1));
    state.down = false;
    await a.stop();
    expect([...stored.keys()]).toEqual(["cloud-deal"]);
  });

  it("names the articles it could not store, at error, when stopped while the database is unreachable", async () => {
    const { stored, store } = memoryArticles({ down: true });
    const errors: [Record<string, unknown>, string][] = [];
    const logger = {
      ...silentLogger,
      error: (o: Record<string, unknown>, msg: string) => errors.push([o, msg]),
    } as never;
    const a = await shareArticles({
      engine: createFakeEngine([]),
      store,
      logger,
      retryDelaysMs: [60_000],
      reachable: () => false,
    });
    a.engine.upsert(added);
    await vi.waitFor(() => expect(a.pending()).toBe(1));
    await a.stop();
    expect(stored.size).toBe(0);
    expect(errors).toEqual([
      [{ dropped: 1, articleIds: ["cloud-deal"] }, expect.stringContaining("not stored")],
    ]);
  });
});
