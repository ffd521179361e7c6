/**
 * Loads the articles and builds the engine: the one start-up path shared by the bot, the `ask` CLI and tests.
 * With a data directory it starts from the index snapshot when the articles are unchanged, and otherwise
 * indexes them and writes a new snapshot for the next start (see answer/index-snapshot.ts).
 */

import { createEngine } from "./answer/create-engine.js";
import type { Engine } from "./answer/engine.js";
import { contentHash, readSnapshot, snapshotPath, writeSnapshot } from "./answer/index-snapshot.js";
import type { IndexedPassage } from "./answer/indexed-passage.js";
import { topicCommands } from "./commands/topics.js";
import { loadArticles } from "./corpus/load-articles.js";
import { createPassageIndex } from "./search/passage-index.js";
import type { ArticleProfile } from "./stories/article-profile.js";
import type { Anchor } from "./stories/candidate-neighbours.js";
import type { SavedGroup } from "./stories/story-set.js";

export type LoadEngineResult =
  | { ok: true; engine: Engine; errors: { file: string; message: string }[]; fromSnapshot: boolean }
  | { ok: false; error: string };

/**
 * Reads `seedsDir`, reports bad files (the rest still load) and indexes the articles once. With `dataDir`,
 * the index snapshot there is used when current, else rebuilt and rewritten; `log` receives why a snapshot
 * was not used or could not be written (never fatal), at "info" when routine (the articles changed) and
 * "warn" when something is wrong (a corrupt snapshot, a data directory that cannot be written).
 */
export async function loadEngine(options: {
  seedsDir: string;
  publicBaseUrl: string | undefined;
  dataDir?: string;
  log?: (message: string, level?: "info" | "warn") => void;
}): Promise<LoadEngineResult> {
  const log = options.log ?? (() => {});
  const engineOptions = {
    publicBaseUrl: options.publicBaseUrl,
    topics: topicCommands.map((t) => ({ name: t.name, question: t.question ?? t.name })),
  };
  const file = options.dataDir === undefined ? undefined : snapshotPath(options.dataDir);
  const hash = file === undefined ? undefined : await contentHash(options.seedsDir);
  if (file && hash) {
    const restored = await readSnapshot(file, hash, log);
    if (restored) {
      const engine = createEngine(restored.articles, {
        ...engineOptions,
        index: restored.index,
        indexed: restored.indexed,
        profiles: restored.profiles,
        anchors: restored.anchors,
        grouping: { groups: restored.groups },
      });
      return { ok: true, engine, errors: restored.errors, fromSnapshot: true };
    }
  }
  const loaded = await loadArticles(options.seedsDir);
  if (!loaded.ok) return loaded;
  // Filled by the engine as it indexes (each article's data may depend on the ones before it).
  const indexed = new Map<string, IndexedPassage[]>();
  const profiles = new Map<string, ArticleProfile>();
  const anchors = new Map<string, Anchor[]>();
  const grouping: { groups?: SavedGroup[] } = {};
  const index = createPassageIndex();
  const engine = createEngine(loaded.articles, {
    ...engineOptions,
    index,
    indexed,
    profiles,
    anchors,
    grouping,
  });
  if (file && hash) {
    try {
      const groups = grouping.groups ?? [];
      await writeSnapshot(file, hash, {
        articles: loaded.articles,
        indexed,
        index,
        profiles,
        anchors,
        groups,
        errors: loaded.errors,
      });
    } catch (error) {
      log(
        `index snapshot not written to ${file}: ${error instanceof Error ? error.message : String(error)}`,
        "warn",
      );
    }
  }
  return { ok: true, engine, errors: loaded.errors, fromSnapshot: false };
}
