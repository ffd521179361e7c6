/**
 * YAML front matter of an article file: `---`, YAML, `---`, then the text exactly as published.
 * Parsed with `yaml` and validated with `ArticleMetaSchema`; errors name the field and what it expects.
 */
import { parse as parseYaml } from "yaml";
import { type ArticleMeta, ArticleMetaSchema } from "../types.js";

/** The parts of an article file. */
export type FrontMatterSplit = { ok: true; yaml: string; body: string } | { ok: false; error: string };

/** Front matter opens the file and closes with a line of `---`; the body starts right after that line. */
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)(?:^|\r?\n)---[ \t]*(?:\r?\n|$)/m;

/** What each field expects, in words fit for an error message. */
const EXPECTED: Record<keyof ArticleMeta, string> = {
  id: "expected letters, digits, _ and - only (at most 120), e.g. 000_b87e36a32958507a",
  title: "expected a non-empty text",
  publisher: "expected a non-empty text",
  published: "expected a date YYYY-MM-DD (or an ISO date-time)",
  url: "expected an http(s) address",
  added: "expected an ISO date-time, e.g. 2025-11-04T09:00:00Z",
  story: "expected a story id: lower-case letters, digits and - only, e.g. acme-widgets",
};

/**
 * Splits a file into its front matter and its body. A file without front matter is an article as it was
 * collected (plain text, nothing known about it): all of it is the body, and its file name its id.
 */
export function splitFrontMatter(fileText: string): FrontMatterSplit {
  const text = fileText.replace(/^\uFEFF/, "");
  if (!/^---[ \t]*\r?\n/.test(text)) return { ok: true, yaml: "", body: text };
  const match = FRONT_MATTER.exec(text);
  if (match?.index !== 0) {
    return { ok: false, error: "front matter is not closed: add a line '---' after it" };
  }
  return { ok: true, yaml: match[1] ?? "", body: text.slice(match[0].length) };
}

/** Parses and validates front matter YAML; `defaultId` fills a missing id. */
export function parseMeta(
  yamlText: string,
  defaultId: string,
): { ok: true; meta: ArticleMeta } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = parseYaml(yamlText) ?? {};
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, error: `front matter is not valid YAML: ${message}` };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, error: "front matter must be YAML fields (key: value)" };
  }
  const fields = Object.keys(ArticleMetaSchema.shape);
  const unknown = Object.keys(data).filter((key) => !fields.includes(key));
  if (unknown.length > 0) {
    return { ok: false, error: `${unknown[0]}: unknown field (expected one of ${fields.join(", ")})` };
  }
  const candidate: Record<string, unknown> = { id: defaultId, ...data };
  // YAML reads `published: 2025-11-04` as a string, but a date-time written unquoted may come back as a Date.
  for (const [key, value] of Object.entries(candidate)) {
    if (value instanceof Date) candidate[key] = value.toISOString();
  }
  const parsed = ArticleMetaSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? "front matter") as keyof ArticleMeta;
    const got = JSON.stringify(candidate[field]);
    return { ok: false, error: `${field}: ${EXPECTED[field] ?? issue?.message}, got ${got}` };
  }
  return { ok: true, meta: parsed.data };
}
