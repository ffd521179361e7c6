/**
 * Loads the articles and builds the engine: the one start-up path shared by the bot, the `ask` CLI and tests.
 */

import { createEngine } from "./answer/create-engine.js";
import type { Engine } from "./answer/engine.js";
import { topicCommands } from "./commands/topics.js";
import { loadArticles } from "./corpus/load-articles.js";

export type LoadEngineResult =
  | { ok: true; engine: Engine; errors: { file: string; message: string }[] }
  | { ok: false; error: string };

/** Reads `seedsDir`, reports bad files (the rest still load) and indexes the articles once. */
export async function loadEngine(options: {
  seedsDir: string;
  publicBaseUrl: string;
}): Promise<LoadEngineResult> {
  const loaded = await loadArticles(options.seedsDir);
  if (!loaded.ok) return loaded;
  const engine = createEngine(loaded.articles, {
    publicBaseUrl: options.publicBaseUrl,
    topics: topicCommands.map((t) => ({ name: t.name, question: t.question ?? t.name })),
  });
  return { ok: true, engine, errors: loaded.errors };
}
