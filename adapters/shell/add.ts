/**
 * `npm run --silent add -- <url or file>`: adds one article to SEEDS_DIR (fetched from an http(s) address,
 * or read from a front-matter, plain-text or saved HTML file) and prints it as JSON on stdout:
 * {id, title, publisher, published, url, passages, added, file}. Any failure (bad config, refused address,
 * duplicate, bad file) prints `add: <reason>` on stderr and exits with 1. A running bot's watcher picks
 * the new file up.
 */
import { stat } from "node:fs/promises";
import { loadArticles } from "../../src/corpus/load-articles.js";
import { createArticleAdder } from "../../src/ingest/add-article.js";
import { configuredFetch } from "../../src/ingest/start-ingest.js";
import { createLogger } from "../../src/logger.js";
import type { Article } from "../../src/types.js";
import { readConfig } from "../read-config.js";

const USAGE = "usage: npm run --silent add -- <https://… address or article file>";

async function main(args: string[]): Promise<number> {
  const target = args.find((a) => a !== "--")?.trim();
  if (!target) return fail(USAGE);
  const parsed = readConfig();
  if (!parsed.ok) return fail(parsed.error);
  const config = parsed.config;

  const dir = await stat(config.SEEDS_DIR).catch(() => undefined);
  if (!dir?.isDirectory())
    return fail(`SEEDS_DIR "${config.SEEDS_DIR}" is not a folder; create it or set SEEDS_DIR`);
  // Known articles are needed only to refuse duplicates; an empty folder is a fine place to start.
  const loaded = await loadArticles(config.SEEDS_DIR);
  const articles: Article[] = loaded.ok ? [...loaded.articles] : [];

  const adder = createArticleAdder({
    corpus: { articles: () => articles, upsert: (a) => void articles.push(a) },
    seedsDir: config.SEEDS_DIR,
    fetchPage: configuredFetch(config, "page"),
    now: () => new Date(),
    // Logs would mix with the JSON; only an explicit LOG_LEVEL turns them on (on stderr).
    logger: createLogger(process.env.LOG_LEVEL ? config.LOG_LEVEL : "silent"),
  });
  const outcome = /^https?:\/\//i.test(target) ? await adder.addUrl(target) : await adder.addFile(target);
  if (!outcome.ok) return fail(outcome.error);
  const { meta, passages } = outcome.article;
  const printed = {
    id: meta.id,
    title: meta.title,
    publisher: meta.publisher,
    published: meta.published,
    url: meta.url,
    passages: passages.length,
    added: meta.added,
    file: outcome.file,
  };
  process.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
  return 0;
}

function fail(message: string): number {
  process.stderr.write(`add: ${message}\n`);
  return 1;
}

// Failure until proven otherwise: if the work ever stalls and the event loop empties, the exit is non-zero.
process.exitCode = 1;
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`add: unexpected failure: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
