/**
 * One article file in, one cleaned and split Article out: front matter validated, text cleaned by the
 * pipeline, passages cut. Failures are values naming the file (and the field, for front matter).
 */
import { basename, extname } from "node:path";
import { notAnArticleReason } from "../ingest/not-an-article.js";
import type { Article } from "../types.js";
import { cleanArticle } from "./clean-article.js";
import { parseMeta, splitFrontMatter } from "./front-matter.js";
import { HEADER_LINES, headerDate } from "./header-date.js";
import { splitPassages } from "./split-passages.js";

/** The result of parsing one article file. */
export type ParseArticleResult = { ok: true; article: Article } | { ok: false; error: string };

/** Parses an article file's text; `fileName` names it in errors and gives the default id. */
export function parseArticle(fileText: string, fileName: string): ParseArticleResult {
  const fail = (message: string): ParseArticleResult => ({ ok: false, error: `${fileName}: ${message}` });
  if (fileText.includes("\u0000")) return fail("binary content (NUL bytes), not a text article");
  const split = splitFrontMatter(fileText);
  if (!split.ok) return fail(split.error);
  // A file name with spaces or dots still gives a valid id ("Quanta deal.txt" → "Quanta-deal").
  const defaultId = basename(fileName, extname(fileName))
    .replace(/[^a-z0-9_-]+/gi, "-")
    .replace(/^-+|-+$/g, "");
  const meta = parseMeta(split.yaml, defaultId || "article");
  if (!meta.ok) return fail(meta.error);
  if (split.body.trim().length === 0) return fail("empty text: nothing below the front matter");
  const cleaned = cleanArticle(split.body);
  const passages = splitPassages(meta.meta.id, cleaned.blocks);
  if (!passages.some((passage) => passage.kind !== "heading")) {
    return fail("no sentences left after cleaning (only furniture, headings or disclaimers)");
  }
  // A saved teaser or error page is refused as a fetched one is, whatever file it arrives in.
  const notArticle = notAnArticleReason({
    titles: [meta.meta.title ?? "", cleaned.blocks[0] ?? ""],
    lines: cleaned.blocks,
  });
  if (notArticle) return fail(notArticle);
  // Without front matter, a pasted page's date line ("date 2025-09-09") dates it: "on Tuesday" in its
  // sentences and the story's latest day are read from it. It is read from the lines as written, since
  // cleaning drops a line holding only a date as furniture.
  const published =
    meta.meta.published ??
    headerDate(
      split.body
        .split(/\r\n|\r|\n/, HEADER_LINES * 4)
        .map((line) => line.trim())
        .filter(Boolean),
    );
  return {
    ok: true,
    article: {
      meta: published ? { ...meta.meta, published } : meta.meta,
      file: fileName,
      text: cleaned.blocks.join("\n"),
      passages,
      aiGenerated: cleaned.aiGenerated,
    },
  };
}
