/**
 * Writes an article file: YAML front matter (only the fields that are known) above the text exactly as
 * given, so `parseArticle` reads back the same meta and the same text.
 */
import { stringify } from "yaml";
import type { ArticleMeta } from "../types.js";

/** Field order in the file: identity first, then what a reader looks for. */
const FIELD_ORDER: (keyof ArticleMeta)[] = ["id", "title", "publisher", "published", "url", "added", "story"];

/** Serializes meta and text into an article file's content. */
export function serializeArticle(meta: ArticleMeta, text: string): string {
  const ordered: Record<string, string> = {};
  for (const key of FIELD_ORDER) {
    const value = meta[key];
    if (value !== undefined) ordered[key] = value;
  }
  // lineWidth 0: long titles and addresses stay on one line, easy to read and to diff.
  return `---\n${stringify(ordered, { lineWidth: 0 })}---\n${text}`;
}
