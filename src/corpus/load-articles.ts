/**
 * Loads every article file (`.md`, `.txt`, README* skipped) of a folder. A bad file is reported by name
 * and the others still load; a folder that cannot be read, or holds no loadable article, is an error.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Article } from "../types.js";
import { parseArticle } from "./parse-article.js";

/** A file that did not load, and why. */
export interface LoadError {
  file: string;
  message: string;
}

/** The articles of a folder, or why there are none. */
export type LoadArticlesResult =
  | { ok: true; articles: Article[]; errors: LoadError[] }
  | { ok: false; error: string };

/** True for files that hold an article. */
export function isArticleFile(name: string): boolean {
  return /\.(?:md|txt)$/i.test(name) && !/^readme/i.test(name) && !name.startsWith(".");
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes a file as UTF-8, or says it is not text. */
function decode(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: string } {
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, error: "not UTF-8 text (binary file or another encoding)" };
  }
}

/** Loads, cleans and splits the articles in `dir`, sorted by file name. */
export async function loadArticles(dir: string): Promise<LoadArticlesResult> {
  let names: string[];
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    names = entries
      .filter((e) => e.isFile() && isArticleFile(e.name))
      .map((e) => e.name)
      .sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      ok: false,
      error: `cannot read the articles folder "${dir}" (${code}); set SEEDS_DIR to a folder of articles`,
    };
  }
  if (names.length === 0) {
    return {
      ok: false,
      error: `no articles in "${dir}": expected .md or .txt files (front matter optional)`,
    };
  }
  const articles: Article[] = [];
  const errors: LoadError[] = [];
  const fileOfId = new Map<string, string>();
  for (const name of names) {
    const file = join(dir, name);
    const fail = (message: string): void => {
      errors.push({ file, message: message.startsWith(`${file}: `) ? message : `${file}: ${message}` });
    };
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      fail(`cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      continue;
    }
    const decoded = decode(bytes);
    if (!decoded.ok) {
      fail(decoded.error);
      continue;
    }
    const parsed = parseArticle(decoded.text, file);
    if (!parsed.ok) {
      fail(parsed.error);
      continue;
    }
    const id = parsed.article.meta.id;
    const earlier = fileOfId.get(id);
    if (earlier) {
      fail(`id: duplicate id "${id}" (already used by ${earlier})`);
      continue;
    }
    fileOfId.set(id, file);
    articles.push(parsed.article);
  }
  if (articles.length === 0) {
    return {
      ok: false,
      error: `no article in "${dir}" could be loaded:\n${errors.map((e) => `  ${e.message}`).join("\n")}`,
    };
  }
  return { ok: true, articles, errors };
}
