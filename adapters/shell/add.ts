/**
 * `npm run --silent add -- [--json] <url or file>`: adds one article to SEEDS_DIR (fetched from an
 * http(s) address, or read from a front-matter, plain-text or saved HTML file) and says on stdout what it
 * added and where it went ("Added to <story> (6 sources)" or "Started a new story: <story>"), the same
 * words the chat's `/deal add` uses. `--json` prints instead {id, title, publisher, published, url,
 * passages, added, file, story: {id, title, sources, started}}. Any failure (bad config, refused address,
 * duplicate, bad file) prints `add: <reason>` on stderr and exits with 1. A running bot's watcher picks
 * the new file up.
 */
import { stat } from "node:fs/promises";
import { sourceRefOf } from "../../src/answer/source-ref.js";
import { loadArticles } from "../../src/corpus/load-articles.js";
import { countOf } from "../../src/count-text.js";
import { createArticleAdder } from "../../src/ingest/add-article.js";
import { configuredFetch } from "../../src/ingest/start-ingest.js";
import { createLogger } from "../../src/logger.js";
import { placeArticle } from "../../src/stories/place-article.js";
import type { Article } from "../../src/types.js";
import { publishedDay, sourceTitle } from "../../src/view/source-name.js";
import { storyPlacement } from "../../src/view/story-placement.js";
import { readConfig } from "../read-config.js";

const USAGE = "usage: npm run --silent add -- [--json] <https://… address or article file>";

async function main(args: string[]): Promise<number> {
  const json = args.includes("--json");
  const unknown = args.find((a) => a.startsWith("--") && a !== "--" && a !== "--json");
  if (unknown) return fail(`unknown option ${unknown}; ${USAGE}`);
  const target = args.find((a) => !a.startsWith("--"))?.trim();
  if (!target) return fail(USAGE);
  const parsed = readConfig();
  if (!parsed.ok) return fail(parsed.error);
  const config = parsed.config;

  const dir = await stat(config.SEEDS_DIR).catch(() => undefined);
  if (!dir?.isDirectory())
    return fail(`SEEDS_DIR "${config.SEEDS_DIR}" is not a folder; create it or set SEEDS_DIR`);
  // Known articles refuse duplicates and tell which story the new one joins; an empty folder is fine.
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
  // Grouped as a bot starting on this folder groups it, so the story named is the one the bot shows.
  const story = placeArticle(articles, meta.id);
  if (!json) {
    const ref = sourceRefOf(outcome.article);
    const credit = [ref.publisher, publishedDay(ref.published)].filter(Boolean).join(", ");
    process.stdout.write(
      `Added ${outcome.file}: ${sourceTitle(ref)}${credit ? ` — ${credit}` : ""} (${countOf(passages.length, "passage")})\n` +
        (story ? `${storyPlacement(story)}\n` : ""),
    );
    return 0;
  }
  const printed = {
    id: meta.id,
    title: meta.title,
    publisher: meta.publisher,
    published: meta.published,
    url: meta.url,
    passages: passages.length,
    added: meta.added,
    file: outcome.file,
    story,
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
