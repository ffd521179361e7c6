/**
 * The terminal renderer: a `Reply` in, text for a person out. Pure, so every reply shape is pinned in
 * tests without a terminal. Colour (ANSI) only when asked for, i.e. when the output is a TTY.
 */

import type { Digest, Reply } from "../../src/commands/reply.js";
import { countOf } from "../../src/count-text.js";
import type { AnswerResult } from "../../src/types.js";
import {
  type AnswerView,
  answerView,
  type ConflictView,
  factAgreementNote,
  type ListingView,
  listingView,
  type QuoteView,
  type SourceView,
} from "../../src/view/answer-view.js";
import { alsoNewLine, digestView, type FactView } from "../../src/view/digest-view.js";
import { storyPlacement } from "../../src/view/story-placement.js";

export interface RenderOptions {
  color: boolean;
  /** The chat takes a story's number as the next line: say so under a "which story?" list. */
  pickByNumber?: boolean;
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

/** "Nishadil, 2025-11-04": the source's credit and day, made safe for a terminal. */
export function sourceLabel(source: SourceView): string {
  return sanitize(source.day ? `${source.credit}, ${source.day}` : source.credit);
}

function aiFlag(aiGenerated: boolean, p: Palette): string {
  return aiGenerated ? ` ${p.warn("[AI-generated, says the publisher]")}` : "";
}

function renderQuote(quote: QuoteView, p: Palette): string[] {
  const lines = [
    `${INDENT}“${sanitize(quote.text)}”`,
    `${INDENT}— ${sourceLabel(quote.source)}${aiFlag(quote.source.aiGenerated, p)}`,
  ];
  if (quote.source.url) lines.push(`${INDENT}${INDENT}${p.link(sanitize(quote.source.url))}`);
  return lines;
}

function renderConflict(conflict: ConflictView, p: Palette): string[] {
  const lines = [`${INDENT}${p.warn(`⚠ Sources disagree on ${sanitize(conflict.about)}:`)}`];
  for (const side of conflict.sides) {
    const sources = side.quotes.length
      ? side.quotes.map(({ source }) => `${sourceLabel(source)}${aiFlag(source.aiGenerated, p)}`).join("; ")
      : side.articleIds.map((id) => `article ${sanitize(id)}`).join("; ");
    const flag = side.quotes.length === 0 && side.aiGenerated ? aiFlag(true, p) : "";
    lines.push(`${INDENT}${INDENT}${p.bold(sanitize(side.value))} — ${sources}${flag}`);
  }
  return lines;
}

function storyLines(view: AnswerView, p: Palette): string[] {
  return view.story ? [`${INDENT}${p.dim(`Story: ${sanitize(view.story.title)}`)}`] : [];
}

/** An answer: short answer, the best quote with its link, agreement, conflicts, then supporting quotes. */
export function renderAnswer(result: AnswerResult, options: RenderOptions): string {
  const p = palette(options.color);
  const view = answerView(result);
  if (view.status === "no_answer") {
    // The question itself is not echoed: it is the user's own text and adds nothing.
    const lines = [p.warn(`No answer: ${sanitize(view.reason)}`)];
    view.storyChoices.forEach((story, i) => {
      lines.push(`${INDENT}${p.bold(`${i + 1}.`)} ${sanitize(story.title)}`);
    });
    if (view.storyChoices.length && options.pickByNumber) {
      lines.push(`${INDENT}${p.dim("Type a number to answer within that story.")}`);
    }
    const tries = view.followUp.tryCommands;
    if (tries.length) {
      lines.push(`${INDENT}Try: ${tries.map((s) => p.link(`/deal ${sanitize(s)}`)).join(", ")}`);
    }
    lines.push(...storyLines(view, p));
    return lines.join("\n");
  }
  const lines: string[] = [];
  if (view.answer) lines.push(p.bold(cut(sanitize(view.answer), MAX_ANSWER_CHARS)));
  lines.push(...renderQuote(view.quote, p));
  const { sources, of, alone } = view.agreement;
  lines.push(`${INDENT}${alone ? "Only this source states it." : `${sources} of ${of} sources agree.`}`);
  for (const conflict of view.conflicts) lines.push(...renderConflict(conflict, p));
  if (view.supporting.length) {
    lines.push(`${INDENT}${p.dim("Also:")}`);
    for (const quote of view.supporting.slice(0, MAX_SUPPORTING)) {
      lines.push(...renderQuote(quote, p).map((l) => `${INDENT}${l}`));
    }
    const more = view.supporting.length - MAX_SUPPORTING;
    if (more > 0) lines.push(`${INDENT}${INDENT}${p.dim(`…and ${more} more.`)}`);
  }
  lines.push(...storyLines(view, p));
  return lines.join("\n");
}

function renderListing(source: ListingView, p: Palette): string[] {
  // The title leads; the credit follows unless it is the title itself (an article with no publisher).
  const credit = source.credit === source.title ? source.day : sourceLabel(source);
  const name = sanitize(source.title);
  return [
    `${credit ? `${name} — ${sanitize(credit)}` : name}${aiFlag(source.aiGenerated, p)}`,
    `${INDENT}${source.url ? `${p.link(sanitize(source.url))} ` : ""}${p.dim(`(${countOf(source.passages, "passage")})`)}`,
  ];
}

function renderFact(fact: FactView, p: Palette): string[] {
  const value = fact.value ? sanitize(fact.value.text) : "not in the sources";
  const shown = fact.value?.kind === "quote" ? `“${value}”` : value;
  const note = fact.agreement && factAgreementNote(fact.agreement);
  const agree = note ? ` (${note})` : "";
  const flag = fact.disagree ? ` ${p.warn("⚠ sources disagree")}` : "";
  const lines = [`${INDENT}${sanitize(fact.label)}: ${p.bold(shown)}${agree}${flag}`];
  if (fact.quote?.source.url) lines.push(`${INDENT}${INDENT}${p.link(sanitize(fact.quote.source.url))}`);
  return lines;
}

function renderDigest(digest: Digest, p: Palette): string {
  const view = digestView(digest);
  const story = view.story ? ` · ${sanitize(view.story.title)}` : "";
  const lines = [p.bold(`Digest for ${sanitize(view.date)} (${sanitize(view.timezone)})${story}`)];
  if (view.empty) lines.push(`${INDENT}Nothing new since the last digest.`);
  if (view.newArticles.length) {
    lines.push("New articles:");
    for (const { source, gist } of view.newArticles) {
      lines.push(...renderListing(source, p).map((l) => `${INDENT}${l}`));
      if (gist) lines.push(`${INDENT}${INDENT}“${sanitize(gist)}”`);
    }
  }
  if (view.changedFacts.length) {
    lines.push("Changed:");
    for (const fact of view.changedFacts) {
      lines.push(`${INDENT}${sanitize(fact.label)}: ${sanitize(fact.change)}`);
    }
  }
  if (view.facts.length) {
    lines.push("Facts:");
    for (const fact of view.facts) lines.push(...renderFact(fact, p));
  }
  for (const more of view.moreStories) {
    lines.push(p.bold(sanitize(more.story.title)));
    for (const { source, gist } of more.newArticles) {
      lines.push(...renderListing(source, p).map((l) => `${INDENT}${l}`));
      if (gist) lines.push(`${INDENT}${INDENT}“${sanitize(gist)}”`);
    }
    for (const fact of more.changedFacts)
      lines.push(`${INDENT}${sanitize(fact.label)}: ${sanitize(fact.change)}`);
  }
  const also = alsoNewLine(view);
  if (also) lines.push(sanitize(also));
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
    case "stories":
      if (reply.stories.length === 0) return "No articles are loaded.";
      return reply.stories
        .map(
          (s, i) =>
            `${i + 1}. ${sanitize(s.title)}${s.followed ? p.good(" (followed)") : ""}\n${INDENT}${p.dim(
              `${s.sources} source${s.sources === 1 ? "" : "s"}${s.latest ? ` · latest ${s.latest}` : ""} · ${sanitize(s.id)}`,
            )}`,
        )
        .join("\n");
    case "sources":
      if (reply.sources.length === 0) return "No articles are loaded.";
      return (
        (reply.story ? `${p.dim(`Story: ${sanitize(reply.story.title)}`)}\n` : "") +
        reply.sources
          .flatMap((s, i) =>
            renderListing(listingView(s), p).map((l, j) => (j === 0 ? `${i + 1}. ${l}` : ` ${l}`)),
          )
          .join("\n")
      );
    case "added": {
      const lines = [
        p.good("✓ Added:"),
        ...renderListing(listingView(reply.source), p).map((l) => `${INDENT}${l}`),
      ];
      if (reply.story) lines.push(`${INDENT}${sanitize(storyPlacement(reply.story))}`);
      if (reply.keySentence) lines.push(`${INDENT}Key sentence: “${sanitize(reply.keySentence.text)}”`);
      if (reply.note) lines.push(`${INDENT}${p.dim(sanitize(reply.note))}`);
      return lines.join("\n");
    }
    case "digest":
      return renderDigest(reply.digest, p);
  }
}
