/**
 * The one pipeline every way of adding coverage goes through (`/deal add`, the `add` script, feeds):
 * fetch → extract → build the article file → parse it as the loader would → dedupe → store → index.
 * The file is parsed before it is written, so what is indexed is exactly what a restart would load, and a
 * page that would not load is refused before it touches `seeds/`.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Engine } from "../answer/engine.js";
import { splitFrontMatter } from "../corpus/front-matter.js";
import { parseArticle } from "../corpus/parse-article.js";
import { serializeArticle } from "../corpus/serialize-article.js";
import type { Logger } from "../logger.js";
import { type Article, type ArticleMeta, ArticleMetaSchema } from "../types.js";
import { articleIdForUrl, slugify } from "./article-id.js";
import { decodeBody, garbledExcerpt } from "./decode-body.js";
import type { ExtractedArticle, ExtractResult } from "./extract-article.js";
import { sharedExtractor } from "./extract-in-worker.js";
import { findDuplicate, normalizeUrl } from "./find-duplicate.js";
import type { FetchErrorCode, FetchResult } from "./safe-fetch.js";
import { writeFileAtomic } from "./store-article.js";

/**
 * Longest article text added, in characters (about 16,000 words; news stories run a few thousand).
 * Indexing runs on the thread that answers and grows with the text: 1.8 MB of text held it for 9 s.
 */
export const MAX_ARTICLE_CHARS = 100_000;

/** Added articles are written with the seeds' extension, so the loader and the watcher read them. */
export const ARTICLE_FILE_EXTENSION = ".md";

export type AddOutcome =
  | { ok: true; article: Article; file: string }
  | {
      ok: false;
      code: "fetch" | "extract" | "invalid" | "duplicate" | "store";
      error: string;
      fetchCode?: FetchErrorCode;
      /** The article already in the corpus, for duplicates. */
      duplicateOf?: Article;
    };

export interface ArticleAdderDeps {
  /** Where added articles go: the engine in the bot, a plain list in the `add` script. */
  corpus: Pick<Engine, "articles" | "upsert">;
  seedsDir: string;
  fetchPage: (url: string) => Promise<FetchResult>;
  now: () => Date;
  logger: Logger;
  /** Reads a page into an article; by default off the main thread with a deadline (extract-in-worker). */
  extractPage?: (html: string, pageUrl: string) => Promise<ExtractResult>;
}

export interface ArticleAdder {
  /** Fetches and adds the article at `url`. */
  addUrl(url: string): Promise<AddOutcome>;
  /** Adds an article file (front matter + text, plain text, or a saved HTML page). */
  addFile(filePath: string): Promise<AddOutcome>;
}

/** Builds the pipeline; adds are committed one at a time so two copies of a page cannot both get in. */
export function createArticleAdder(deps: ArticleAdderDeps): ArticleAdder {
  const extractPage = deps.extractPage ?? sharedExtractor.extract;
  let tail: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };

  const commit = (meta: ArticleMeta, text: string): Promise<AddOutcome> =>
    oneAtATime(async () => {
      // A replacement or C1 control character means the text was decoded wrongly: never store it.
      const garbled = garbledExcerpt(text);
      if (garbled) return fail("invalid", `the text holds undecodable characters near ${garbled}`);
      if (text.length > MAX_ARTICLE_CHARS) {
        return fail(
          "invalid",
          `the text is ${text.length} characters long; an added article holds at most ${MAX_ARTICLE_CHARS}`,
        );
      }
      const file = path.join(deps.seedsDir, `${meta.id}${ARTICLE_FILE_EXTENSION}`);
      const fileText = serializeArticle(meta, text);
      const parsed = parseArticle(fileText, file);
      if (!parsed.ok) return fail("invalid", `the article would not load: ${parsed.error}`);
      const article = parsed.article;
      const existing = deps.corpus.articles();
      const duplicate = findDuplicate({ url: article.meta.url, text: article.text }, existing);
      if (duplicate) return duplicateOutcome(duplicate.articleId, duplicate.reason, existing);
      if (existing.some((a) => a.meta.id === article.meta.id)) {
        return fail("duplicate", `an article with the id "${article.meta.id}" is already in the corpus`);
      }
      const written = await writeFileAtomic(file, fileText, { exclusive: true });
      if (!written.ok) return fail("store", written.error);
      deps.corpus.upsert(article);
      deps.logger.info({ articleId: article.meta.id, file, url: article.meta.url }, "article added");
      return { ok: true, article, file };
    });

  const fromExtracted = (extracted: ExtractedArticle, fallbackId: string): Promise<AddOutcome> => {
    const meta = cleanMeta({
      id: extracted.url ? articleIdForUrl(extracted.url) : fallbackId,
      title: extracted.title,
      publisher: extracted.publisher,
      published: extracted.published,
      url: extracted.url,
      added: deps.now().toISOString(),
    });
    return commit(meta, extracted.text);
  };

  return {
    async addUrl(url) {
      // A page the corpus already has needs no fetch at all.
      const known = deps.corpus
        .articles()
        .find((a) => a.meta.url && normalizeUrl(a.meta.url) === normalizeUrl(url));
      if (known) return logged(url, duplicateOutcome(known.meta.id, "same-url", deps.corpus.articles()));
      const fetched = await deps.fetchPage(url);
      if (!fetched.ok) return logged(url, { ...fail("fetch", fetched.error), fetchCode: fetched.code });
      const extracted = await extractPage(fetched.body, fetched.url);
      if (!extracted.ok) return logged(url, fail("extract", extracted.error));
      return logged(url, await fromExtracted(extracted.article, articleIdForUrl(fetched.url)));
    },

    async addFile(filePath) {
      let bytes: Buffer;
      try {
        bytes = await readFile(filePath);
      } catch (error) {
        return logged(filePath, fail("invalid", `cannot read ${filePath}: ${(error as Error).message}`));
      }
      // A saved page keeps its own charset declaration; anything else is read as UTF-8 (or by its BOM).
      const decoded = decodeBody(bytes, undefined);
      if (!decoded.ok) return logged(filePath, fail("invalid", `${filePath}: ${decoded.error}`));
      const text = decoded.text;
      const base = path.basename(filePath);
      const fallbackId = slugify(base) || "article";
      if (/\.x?html?$/i.test(base)) {
        const extracted = await extractPage(text, base);
        if (!extracted.ok) return logged(filePath, fail("extract", extracted.error));
        return logged(filePath, await fromExtracted(extracted.article, fallbackId));
      }
      // A plain-text article (as the seeds were collected) gets front matter with an id from its name.
      const fileText = /^\uFEFF?---[ \t]*\r?\n/.test(text)
        ? text
        : serializeArticle({ id: fallbackId }, text);
      const parsed = parseArticle(fileText, base);
      if (!parsed.ok) return logged(filePath, fail("invalid", parsed.error));
      const split = splitFrontMatter(fileText);
      const meta = cleanMeta({ ...parsed.article.meta, added: deps.now().toISOString() });
      // The stored body is the text as given, not the cleaned text: seeds keep what was published.
      return logged(filePath, await commit(meta, split.ok ? split.body : parsed.article.text));
    },
  };

  function logged(source: string, outcome: AddOutcome): AddOutcome {
    if (!outcome.ok)
      deps.logger.warn({ source, code: outcome.code, error: outcome.error }, "article not added");
    return outcome;
  }
}

type AddFailure = Extract<AddOutcome, { ok: false }>;

function fail(code: AddFailure["code"], error: string): AddFailure {
  return { ok: false, code, error };
}

function duplicateOutcome(
  articleId: string,
  reason: "same-url" | "near-identical-text",
  articles: readonly Article[],
): AddOutcome {
  const original = articles.find((a) => a.meta.id === articleId);
  const name = original?.meta.title ? `"${original.meta.title}" (${articleId})` : articleId;
  const why = reason === "same-url" ? "the same address" : "nearly the same text";
  return {
    ok: false,
    code: "duplicate",
    error: `already in the corpus as ${name}: ${why}`,
    duplicateOf: original,
  };
}

/** Drops fields the schema would reject (an odd date, a non-http canonical), keeping what is valid. */
function cleanMeta(meta: ArticleMeta): ArticleMeta {
  const defined = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) as ArticleMeta;
  if (ArticleMetaSchema.safeParse(defined).success) return defined;
  const kept: Record<string, unknown> = { id: defined.id };
  for (const [key, value] of Object.entries(defined)) {
    if (ArticleMetaSchema.safeParse({ ...kept, [key]: value }).success) kept[key] = value;
  }
  return kept as ArticleMeta;
}
