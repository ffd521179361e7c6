/**
 * Loads the articles and builds the engine: the one start-up path shared by the bot, the `ask` CLI and tests.
 * With a data directory it starts from the index snapshot when the articles are unchanged, and otherwise
 * indexes them and writes a new snapshot for the next start (see answer/index-snapshot.ts).
 */

import { type CorpusCounts, createEngine, type EngineOptions } from "./answer/create-engine.js";
import type { Engine } from "./answer/engine.js";
import { contentHash, readSnapshot, snapshotPath, writeSnapshot } from "./answer/index-snapshot.js";
import type { IndexedPassage } from "./answer/indexed-passage.js";
import { topicCommands } from "./commands/topics.js";
import { type LoadError, loadArticles } from "./corpus/load-articles.js";
import { createPassageIndex, type PassageIndex } from "./search/passage-index.js";
import type { ArticleProfile } from "./stories/article-profile.js";
import type { Anchor } from "./stories/candidate-neighbours.js";
import type { SavedGroup } from "./stories/story-set.js";
import type { Article } from "./types.js";

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
        counts: { saved: restored.counts },
      });
      return { ok: true, engine, errors: restored.errors, fromSnapshot: true };
    }
  }
  const loaded = await loadArticles(options.seedsDir);
  if (!loaded.ok) return loaded;
  const { engine } = await buildEngineWithSnapshot(loaded, {
    engineOptions,
    snapshot: file && hash ? { file, hash } : undefined,
    log,
  });
  return { ok: true, engine, errors: loaded.errors, fromSnapshot: false };
}

/** What building an engine cost: wall and CPU time (user + system, every thread of the process), in ms. */
export interface BuildTimes {
  indexMs: number;
  indexCpuMs: number;
  /** Writing the snapshot; undefined when none was asked for or it could not be written. */
  snapshotWriteMs?: number;
}

/** CPU time used by the process so far, in milliseconds. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Indexes loaded articles into a new engine and, with `snapshot`, writes the index snapshot the next start
 * reads (see answer/index-snapshot.ts): the build path of `loadEngine`, shared with the bench, which also
 * needs the passage index (to time a bare search beside each answer) and the phases' times. A snapshot that
 * cannot be written is logged at "warn" and costs only the next start its time.
 */
export async function buildEngineWithSnapshot(
  loaded: { articles: Article[]; errors: LoadError[] },
  options: {
    engineOptions: EngineOptions;
    snapshot?: { file: string; hash: string } | undefined;
    log: (message: string, level?: "info" | "warn") => void;
  },
): Promise<{ engine: Engine; index: PassageIndex; times: BuildTimes }> {
  // Filled by the engine as it indexes (each article's data may depend on the ones before it).
  const indexed = new Map<string, IndexedPassage[]>();
  const profiles = new Map<string, ArticleProfile>();
  const anchors = new Map<string, Anchor[]>();
  const grouping: { groups?: SavedGroup[] } = {};
  const counts: { saved?: CorpusCounts } = {};
  const index = createPassageIndex();
  let wall = performance.now();
  const cpu = cpuMs();
  const engine = createEngine(loaded.articles, {
    ...options.engineOptions,
    index,
    indexed,
    profiles,
    anchors,
    grouping,
    counts,
  });
  const times: BuildTimes = { indexMs: performance.now() - wall, indexCpuMs: cpuMs() - cpu };
  if (options.snapshot) {
    const { file, hash } = options.snapshot;
    try {
      wall = performance.now();
      await writeSnapshot(file, hash, {
        articles: loaded.articles,
        indexed,
        index,
        profiles,
        anchors,
        groups: grouping.groups ?? [],
        counts: counts.saved!,
        errors: loaded.errors,
      });
      times.snapshotWriteMs = performance.now() - wall;
    } catch (error) {
      options.log(
        `index snapshot not written to ${file}: ${error instanceof Error ? error.message : String(error)}`,
        "warn",
      );
    }
  }
  return { engine, index, times };
}
