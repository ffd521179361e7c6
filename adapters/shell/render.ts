/**
 * The terminal renderer: a `Reply` in, text for a person out. Pure, so every reply shape is pinned in
 * tests without a terminal. Colour (ANSI) only when asked for, i.e. when the output is a TTY.
 */
import type { Digest, Reply, SourceListing } from "../../src/commands/reply.js";
import type { AnswerResult, Conflict, Quote, SourceRef } from "../../src/types.js";

export interface RenderOptions {
  color: boolean;
}

/** Supporting quotes shown under the best one; the rest are counted, not printed. */
const MAX_SUPPORTING = 3;
/** A short answer longer than this (a list run wild) is cut. */
const MAX_ANSWER_CHARS = 300;

const INDENT = "  ";

type Paint = (text: string) => string;

interface Palette {
  bold: Paint;
  dim: Paint;
  link: Paint;
  warn: Paint;
  good: Paint;
  bad: Paint;
}

function palette(color: boolean): Palette {
  const sgr =
    (open: number, close: number): Paint =>
    (text) =>
      color ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    link: sgr(36, 39),
    warn: sgr(33, 39),
    good: sgr(32, 39),
    bad: sgr(31, 39),
  };
}

/**
 * Article text and user input are untrusted: a control character (an escape sequence) could rewrite the
 * terminal, so every one becomes a space before it is printed.
 */
export function sanitize(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ");
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** `code` spans in the core's messages: shown plainly (or in colour), without the backticks. */
function inlineCode(text: string, p: Palette): string {
  return text.replace(/`([^`]+)`/g, (_m, code: string) => p.link(code));
}

/** "Nishadil, 2025-11-04", or the title, or the article id: what a person recognises a source by. */
export function sourceLabel(source: SourceRef): string {
  const name = source.publisher ?? source.title ?? source.label ?? `article ${source.articleId}`;
  return sanitize(source.published ? `${name}, ${source.published}` : name);
}

function aiFlag(aiGenerated: boolean, p: Palette): string {
  return aiGenerated ? ` ${p.warn("[AI-generated, says the publisher]")}` : "";
}

function renderQuote(quote: Quote, p: Palette): string[] {
  return [
    `${INDENT}“${sanitize(quote.text)}”`,
    `${INDENT}— ${sourceLabel(quote)}${aiFlag(quote.aiGenerated, p)}`,
    `${INDENT}${INDENT}${p.link(sanitize(quote.url))}`,
  ];
}

function renderConflict(conflict: Conflict, p: Palette): string[] {
  const lines = [`${INDENT}${p.warn(`⚠ Sources disagree on ${sanitize(conflict.about)}:`)}`];
  for (const value of conflict.values) {
    const sources = value.quotes.length
      ? value.quotes.map((q) => `${sourceLabel(q)}${aiFlag(q.aiGenerated, p)}`).join("; ")
      : value.articleIds.map((id) => `article ${sanitize(id)}`).join("; ");
    const flag = value.quotes.length === 0 && value.aiGenerated ? aiFlag(true, p) : "";
    lines.push(`${INDENT}${INDENT}${p.bold(sanitize(value.value))} — ${sources}${flag}`);
  }
  return lines;
}

function agreementLine(result: AnswerResult): string {
  const { sources, of } = result.agreement;
  return `${INDENT}${sources} of ${of} sources agree.`;
}

/** An answer: short answer, the best quote with its link, agreement, conflicts, then supporting quotes. */
export function renderAnswer(result: AnswerResult, options: RenderOptions): string {
  const p = palette(options.color);
  if (result.status === "no_answer") {
    // The question itself is not echoed: it is the user's own text and adds nothing.
    const lines = [p.warn(`No answer: ${sanitize(result.reason)}`)];
    if (result.suggestions.length) {
      lines.push(`${INDENT}Try: ${result.suggestions.map((s) => p.link(`/deal ${sanitize(s)}`)).join(", ")}`);
    }
    return lines.join("\n");
  }
  const [best, ...supporting] = result.quotes;
  const lines: string[] = [];
  if (result.answer) lines.push(p.bold(cut(sanitize(result.answer), MAX_ANSWER_CHARS)));
  if (best) lines.push(...renderQuote(best, p));
  lines.push(agreementLine(result));
  for (const conflict of result.conflicts) lines.push(...renderConflict(conflict, p));
  if (supporting.length) {
    lines.push(`${INDENT}${p.dim("Also:")}`);
    for (const quote of supporting.slice(0, MAX_SUPPORTING)) {
      lines.push(...renderQuote(quote, p).map((l) => `${INDENT}${l}`));
    }
    const more = supporting.length - MAX_SUPPORTING;
    if (more > 0) lines.push(`${INDENT}${INDENT}${p.dim(`…and ${more} more.`)}`);
  }
  return lines.join("\n");
}

function renderListing(source: SourceListing, p: Palette): string[] {
  const title = source.title ? `${sanitize(source.title)} — ` : "";
  return [
    `${title}${sourceLabel(source)}${aiFlag(source.aiGenerated, p)}`,
    `${INDENT}${p.link(sanitize(source.url))} ${p.dim(`(${source.passages} passages)`)}`,
  ];
}

function renderDigest(digest: Digest, p: Palette): string {
  const lines = [p.bold(`Digest for ${sanitize(digest.date)} (${sanitize(digest.timezone)})`)];
  if (digest.empty) lines.push(`${INDENT}Nothing new since the last digest.`);
  if (digest.newArticles.length) {
    lines.push("New articles:");
    for (const { source, gist } of digest.newArticles) {
      lines.push(...renderListing(source, p).map((l) => `${INDENT}${l}`));
      if (gist) lines.push(`${INDENT}${INDENT}“${sanitize(gist.text)}”`);
    }
  }
  if (digest.changedFacts.length) {
    lines.push("Changed:");
    for (const fact of digest.changedFacts) {
      lines.push(`${INDENT}${sanitize(fact.label)}: ${sanitize(fact.change)}`);
    }
  }
  if (digest.factCard.length) {
    lines.push("Facts:");
    for (const { label, result } of digest.factCard) {
      const best = result.quotes[0];
      const value =
        result.status === "answered" ? sanitize(result.answer || best?.text || "") : "not in the sources";
      const flag = result.conflicts.length ? ` ${p.warn("⚠ sources disagree")}` : "";
      const agree =
        result.status === "answered"
          ? ` (${result.agreement.sources} of ${result.agreement.of} sources)`
          : "";
      lines.push(`${INDENT}${sanitize(label)}: ${p.bold(value)}${agree}${flag}`);
      if (best) lines.push(`${INDENT}${INDENT}${p.link(sanitize(best.url))}`);
    }
  }
  return lines.join("\n");
}

/** Any reply the core produces, as terminal text (no trailing newline). */
export function renderReply(reply: Reply, options: RenderOptions): string {
  const p = palette(options.color);
  switch (reply.type) {
    case "answer":
      return renderAnswer(reply.result, options);
    case "help": {
      const width = Math.max(...reply.commands.map((c) => `${c.name} ${c.usage ?? ""}`.trim().length), 0);
      return [
        inlineCode(sanitize(reply.intro), p),
        "Type a question, or one of these (with or without /deal); exit or Ctrl-D leaves.",
        ...reply.commands.map((c) => {
          const usage = sanitize(`${c.name} ${c.usage ?? ""}`.trim());
          return `${INDENT}${p.link(usage)}${" ".repeat(width - usage.length)}  ${sanitize(c.description)}`;
        }),
      ].join("\n");
    }
    case "did_you_mean":
      return `Unknown command “${sanitize(reply.input)}”. Did you mean ${reply.suggestions
        .map((s) => p.link(sanitize(s)))
        .join(" or ")}?`;
    case "notice": {
      const tone = { info: p.dim, success: p.good, warning: p.warn, error: p.bad }[reply.tone];
      const mark = { info: "ℹ", success: "✓", warning: "!", error: "✗" }[reply.tone];
      return tone(`${mark} ${inlineCode(sanitize(reply.text), p)}`);
    }
    case "sources":
      if (reply.sources.length === 0) return "No articles are loaded.";
      return reply.sources
        .flatMap((s, i) => renderListing(s, p).map((l, j) => (j === 0 ? `${i + 1}. ${l}` : ` ${l}`)))
        .join("\n");
    case "added": {
      const lines = [p.good("✓ Added:"), ...renderListing(reply.source, p).map((l) => `${INDENT}${l}`)];
      if (reply.keySentence) lines.push(`${INDENT}Key sentence: “${sanitize(reply.keySentence.text)}”`);
      return lines.join("\n");
    }
    case "digest":
      return renderDigest(reply.digest, p);
  }
}
