/**
 * Keeps the running index in step with `seeds/`: a file added or changed is parsed and upserted, a file
 * removed leaves the index. A file that does not parse is logged and changes nothing, so a half-edited
 * file never takes an article out of service. Temp files (ours and editors') are ignored.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { watch } from "chokidar";
import type { Engine } from "../answer/engine.js";
import { isArticleFile } from "../corpus/load-articles.js";
import { parseArticle } from "../corpus/parse-article.js";
import type { Logger } from "../logger.js";
import type { Article } from "../types.js";
import { isTempFile } from "./store-article.js";

/** What happened to the index after a file event. */
export type SeedsEvent =
  | { type: "upserted" | "unchanged" | "removed"; file: string; articleId: string }
  | { type: "rejected"; file: string; error: string };

/** The files the loader reads, minus temp files being written. */
export function isWatchedFile(filePath: string): boolean {
  const base = path.basename(filePath);
  return isArticleFile(base) && !isTempFile(base);
}

export interface SeedsSync {
  /** Parses the file and upserts its article; the index is untouched when it does not parse. */
  fileChanged(filePath: string): Promise<SeedsEvent>;
  /** Removes the article the file held, if any. */
  fileRemoved(filePath: string): SeedsEvent | undefined;
  /** Whether some indexed article came from this file (by base name). */
  holds(fileName: string): boolean;
  /** The base names of the files the indexed articles came from. */
  files(): string[];
}

/** The file-to-index logic, without any watching, so it can be driven directly. */
export function createSeedsSync(engine: Engine, logger: Logger): SeedsSync {
  const fileOf = (a: Article) => (a.file ? path.basename(a.file) : undefined);
  // Which article each file holds, so a removed file (whose text is gone) can still be mapped to its id.
  const idByFile = new Map<string, string>();
  for (const article of engine.articles()) {
    const file = fileOf(article);
    if (file) idByFile.set(file, article.meta.id);
  }
  const idFor = (base: string) =>
    idByFile.get(base) ?? engine.articles().find((a) => fileOf(a) === base)?.meta.id;

  const sync: SeedsSync = {
    async fileChanged(filePath) {
      const base = path.basename(filePath);
      let text: string;
      try {
        text = await readFile(filePath, "utf8");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") {
          return sync.fileRemoved(filePath) ?? { type: "rejected", file: base, error: "file is gone" };
        }
        return reject(base, `cannot read: ${(error as Error).message}`);
      }
      // Parsed under its full path, as the loader does, so `article.file` reads the same either way.
      const parsed = parseArticle(text, filePath);
      if (!parsed.ok) return reject(base, parsed.error);
      const article = parsed.article;
      const id = article.meta.id;
      const current = engine.articles().find((a) => a.meta.id === id);
      const owner = current && fileOf(current);
      if (owner && owner !== base) {
        return reject(base, `the id "${id}" is already used by ${owner}; give this file another id`);
      }
      const previousId = idFor(base);
      if (previousId && previousId !== id) engine.remove(previousId);
      idByFile.set(base, id);
      if (current && sameArticle(current, article)) return { type: "unchanged", file: base, articleId: id };
      engine.upsert(article);
      logger.info(
        { file: base, articleId: id },
        current ? "article updated from file" : "article indexed from file",
      );
      return { type: "upserted", file: base, articleId: id };
    },

    holds: (fileName) => Boolean(idFor(fileName)),
    files: () => engine.articles().flatMap((a) => fileOf(a) ?? []),

    fileRemoved(filePath) {
      const base = path.basename(filePath);
      const id = idFor(base);
      idByFile.delete(base);
      if (!id || !engine.remove(id)) return undefined;
      logger.info({ file: base, articleId: id }, "article removed with its file");
      return { type: "removed", file: base, articleId: id };
    },
  };
  return sync;

  function reject(file: string, error: string): SeedsEvent {
    logger.warn({ file, error }, "article file not indexed; the index keeps what it had");
    return { type: "rejected", file, error };
  }
}

function sameArticle(a: Article, b: Article): boolean {
  return (
    a.text === b.text && JSON.stringify(a.meta) === JSON.stringify(b.meta) && a.aiGenerated === b.aiGenerated
  );
}

export interface SeedsWatcherOptions {
  dir: string;
  engine: Engine;
  logger: Logger;
  /** Called after each file event is applied (tests await it instead of sleeping). */
  onEvent?: (event: SeedsEvent) => void;
  /** How long a file must stay the same size before it is read; editors write in bursts. */
  stableMs?: number;
}

export interface SeedsWatcher {
  /** Resolves once the directory is being watched. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** Watches `dir` (chokidar) and applies each change to the engine in the order it happened. */
export function watchSeeds(options: SeedsWatcherOptions): SeedsWatcher {
  const sync = createSeedsSync(options.engine, options.logger);
  const watcher = watch(options.dir, {
    ignoreInitial: true,
    depth: 0,
    ignored: (file, stats) => isTempFile(file) || Boolean(stats?.isFile() && !isWatchedFile(file)),
    awaitWriteFinish: { stabilityThreshold: options.stableMs ?? 300, pollInterval: 50 },
  });
  // Events are applied one at a time, so a quick change-then-remove cannot finish out of order.
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (apply: () => Promise<SeedsEvent | undefined> | SeedsEvent | undefined) => {
    queue = queue
      .then(apply)
      .then((event) => {
        if (event) options.onEvent?.(event);
      })
      .catch((error: unknown) =>
        options.logger.error({ err: error }, "seeds watcher failed to apply a change"),
      );
  };
  const onFile = (file: string) => {
    if (isWatchedFile(file)) enqueue(() => sync.fileChanged(file));
  };
  watcher.on("add", onFile);
  watcher.on("change", onFile);
  watcher.on("unlink", (file) => {
    if (isWatchedFile(file)) enqueue(() => sync.fileRemoved(file));
  });
  watcher.on("error", (error) => options.logger.error({ err: error }, "seeds watcher error"));
  // Files added or removed between the load and the watch's start would otherwise never be seen: once
  // watching, the folder is compared with the index (names only, no parsing of files already indexed).
  const ready = new Promise<void>((resolve) => watcher.once("ready", () => resolve())).then(async () => {
    const present = new Set((await readdir(options.dir).catch(() => [] as string[])).filter(isWatchedFile));
    for (const name of [...present].sort()) {
      if (!sync.holds(name)) onFile(path.join(options.dir, name));
    }
    for (const name of sync.files()) {
      if (!present.has(name)) enqueue(() => sync.fileRemoved(path.join(options.dir, name)));
    }
    await queue;
  });
  return {
    ready,
    async close() {
      await watcher.close();
      await queue;
    },
  };
}
