import { rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answer/engine.js";
import { serializeArticle } from "../../src/corpus/serialize-article.js";
import {
  createSeedsSync,
  type SeedsEvent,
  type SeedsWatcher,
  watchSeeds,
} from "../../src/ingest/watch-seeds.js";
import { createLogger } from "../../src/logger.js";
import { dealValue, seededEngine } from "./fixtures/ingest-harness.js";
import { FORTY_FIVE_BILLION } from "./fixtures/news-site.js";

const story = (figure: string) =>
  FORTY_FIVE_BILLION.paragraphs
    .filter((p) => !p.startsWith("## "))
    .map((p) => p.replace("$45 billion", figure))
    .join("\n");

const file45 = serializeArticle(
  { id: "hsj-pact", title: FORTY_FIVE_BILLION.title, publisher: "Harbour Street Journal" },
  story("$45 billion"),
);

let dir: string;
let removeDir: () => Promise<void>;
let engine: Engine;
const logger = createLogger("silent");

beforeEach(async () => {
  ({ dir, engine, remove: removeDir } = await seededEngine());
});
afterEach(() => removeDir());

const values = () => dealValue(engine).values.map((v) => v.value);

describe("createSeedsSync", () => {
  it("indexes a new file and removes it again by file name alone", async () => {
    const sync = createSeedsSync(engine, logger);
    const file = path.join(dir, "hsj.md");
    await writeFile(file, file45);
    expect(await sync.fileChanged(file)).toEqual({ type: "upserted", file: "hsj.md", articleId: "hsj-pact" });
    expect(values()).toContain("$45 billion");
    await rm(file);
    expect(sync.fileRemoved(file)).toEqual({ type: "removed", file: "hsj.md", articleId: "hsj-pact" });
    expect(values()).not.toContain("$45 billion");
  });

  it("keeps the indexed article when its file is saved broken", async () => {
    const sync = createSeedsSync(engine, logger);
    const file = path.join(dir, "004_f6b62743335d7553.md");
    const answer = dealValue(engine);
    await writeFile(file, "---\nid: 004_f6b62743335d7553\npublished: soon\n---\nHalf a sentence");
    const event = await sync.fileChanged(file);
    expect(event).toMatchObject({ type: "rejected", file: "004_f6b62743335d7553.md" });
    expect(event.type === "rejected" && event.error).toContain("published");
    expect(dealValue(engine)).toEqual(answer);
  });

  it("refuses a file that claims another file's id", async () => {
    const sync = createSeedsSync(engine, logger);
    const file = path.join(dir, "impostor.md");
    await writeFile(file, file45.replace("id: hsj-pact", "id: 004_f6b62743335d7553"));
    const event = await sync.fileChanged(file);
    expect(event).toMatchObject({ type: "rejected" });
    expect(event.type === "rejected" && event.error).toContain("already used by 004_f6b62743335d7553.md");
    expect(values()).toContain("$3.8 billion");
  });

  it("reports a file saved unchanged without re-indexing it", async () => {
    const sync = createSeedsSync(engine, logger);
    expect(await sync.fileChanged(path.join(dir, "003_887da713244190c2.md"))).toMatchObject({
      type: "unchanged",
    });
  });
});

describe("watchSeeds", () => {
  let watcher: SeedsWatcher;
  const events: SeedsEvent[] = [];
  let waiting: { match: (e: SeedsEvent) => boolean; resolve: (e: SeedsEvent) => void }[] = [];
  /** Resolves with the first event (past or future) that matches. */
  const eventWhere = (match: (e: SeedsEvent) => boolean) =>
    new Promise<SeedsEvent>((resolve) => {
      const seen = events.find(match);
      if (seen) resolve(seen);
      else waiting.push({ match, resolve });
    });

  beforeEach(async () => {
    events.length = 0;
    waiting = [];
    watcher = watchSeeds({
      dir,
      engine,
      logger,
      stableMs: 100,
      onEvent: (event) => {
        events.push(event);
        for (const w of waiting.filter((w) => w.match(event))) w.resolve(event);
        waiting = waiting.filter((w) => !w.match(event));
      },
    });
    await watcher.ready;
  });
  afterEach(() => watcher.close());

  it("indexes a dropped-in file, follows its edits, keeps it through a broken save and drops it on delete", async () => {
    const initial = dealValue(engine);
    const file = path.join(dir, "hsj.md");
    // Written the way our own store writes: a dot-named temp file renamed into place.
    await writeFile(path.join(dir, ".hsj.md.abc.tmp"), file45);
    await rename(path.join(dir, ".hsj.md.abc.tmp"), file);
    await eventWhere((e) => e.type === "upserted" && e.file === "hsj.md");
    expect(values()).toContain("$45 billion");
    expect(dealValue(engine).agreement.of).toBe(6);

    await writeFile(file, file45.replace("$45 billion", "$38 billion"));
    await eventWhere((e) => e.type === "upserted" && events.filter((x) => x.file === "hsj.md").length >= 2);
    expect(values()).not.toContain("$45 billion");
    const edited = dealValue(engine);
    expect(edited.agreement.of).toBe(6);

    await writeFile(file, "---\nid: hsj-pact\ntitle: [unclosed\n---\n");
    await eventWhere((e) => e.type === "rejected" && e.file === "hsj.md");
    expect(dealValue(engine)).toEqual(edited);

    await rm(file);
    await eventWhere((e) => e.type === "removed" && e.file === "hsj.md");
    expect(engine.articles().map((a) => a.meta.id)).not.toContain("hsj-pact");
    expect(dealValue(engine)).toEqual(initial);
    expect(events.some((e) => e.file.endsWith(".tmp"))).toBe(false);
  });

  it("removes a seed whose file is deleted, and the conflict it caused goes with it", async () => {
    expect(values()).toContain("$3.8 billion");
    await rm(path.join(dir, "004_f6b62743335d7553.md"));
    await eventWhere((e) => e.type === "removed");
    expect(values()).not.toContain("$3.8 billion");
    expect(dealValue(engine).agreement.of).toBe(4);
  });
});

describe("watchSeeds at start", () => {
  it("picks up files added and removed between the load and the start of the watch", async () => {
    const gone = engine.articles().find((a) => a.file)!;
    await writeFile(path.join(dir, "hsj.md"), file45);
    await rm(gone.file!);
    const events: SeedsEvent[] = [];
    const late = watchSeeds({ dir, engine, logger, stableMs: 100, onEvent: (e) => events.push(e) });
    try {
      await late.ready;
      const ids = engine.articles().map((a) => a.meta.id);
      expect(ids).toContain("hsj-pact");
      expect(ids).not.toContain(gone.meta.id);
      expect(events.map((e) => e.type).sort()).toEqual(["removed", "upserted"]);
    } finally {
      await late.close();
    }
  });
});
