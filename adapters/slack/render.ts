/**
 * Pure rendering: a core `Reply` in, a Slack message (`text` fallback + Block Kit `blocks`) out. Every piece
 * of text from a person or an article goes through `escape.ts`, and every mrkdwn object is `verbatim`, so
 * `<!channel>` in a question or an article can never ping anyone.
 */
import type { Reply, SourceListing } from "../../src/commands/reply.js";
import type { AnswerResult, Quote, SourceRef } from "../../src/types.js";
import {
  type Block,
  context,
  fitBlocks,
  MAX_FALLBACK_CHARS,
  MAX_SECTION_CHARS,
  section,
  sectionsFromLines,
} from "./blocks.js";
import { MORE_SOURCES_ACTION, SHARE_ACTION } from "./button-value.js";
import { clip, escapeClip, escapeMrkdwn, mrkdwnLink, quoteLines } from "./escape.js";
import { renderDigest } from "./render-digest.js";

/** What `chat.postMessage` and `respond` take. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

export interface RenderOptions {
  /** Value of the "More sources" button; without it (or with nothing more to show) there is no button. */
  moreSources?: string;
  /** Value of the "Share in channel" button (ephemeral answers only). */
  share?: string;
  /** Set when an answer is shared publicly: who shared it (a Slack user ID from the payload) and what they asked. */
  sharedBy?: { userId: string; question: string };
}

const TONE_EMOJI = {
  info: ":information_source:",
  success: ":white_check_mark:",
  warning: ":warning:",
  error: ":x:",
};

/** How a source is named in a link: publisher, else title, else its id. */
export function sourceName(ref: SourceRef): string {
  return ref.publisher ?? ref.title ?? ref.label ?? ref.articleId;
}

/** "publisher · 2025-11-04 · AI-generated", with the name linked to `url`. */
export function sourceLine(ref: SourceRef, url: string | undefined): string {
  const parts = [mrkdwnLink(url, sourceName(ref))];
  if (ref.published) parts.push(escapeMrkdwn(ref.published.slice(0, 10)));
  if (ref.aiGenerated) parts.push(":robot_face: the publisher says this is AI-generated");
  return parts.join(" · ");
}

function agreementLine(result: AnswerResult): string {
  const { sources, of } = result.agreement;
  return `:white_check_mark: *${sources} of ${of}* sources agree`;
}

function conflictBlocks(result: AnswerResult): Block[] {
  return result.conflicts.slice(0, 3).map((conflict) => {
    const head = `:warning: *Sources disagree on ${escapeClip(conflict.about, 100)}:* `;
    const values = conflict.values.slice(0, 4);
    // Article URLs can be long: each side gets an equal share of the section and drops whole links,
    // never half of one, when its share runs out.
    const budget = Math.floor((MAX_SECTION_CHARS - head.length - 60) / values.length);
    const sides = values.map((v) => {
      const lead = `*${escapeClip(v.value, 100)}* in `;
      const ai = v.aiGenerated ? " (AI-generated source)" : "";
      const names: string[] = [];
      for (const q of v.quotes) {
        const link = mrkdwnLink(q.url, sourceName(q), 60);
        const used = lead.length + names.join(", ").length + ai.length + 20;
        if (names.length && used + link.length + 2 > budget) break;
        names.push(
          link.length + lead.length + ai.length + 20 > budget ? escapeClip(sourceName(q), 60) : link,
        );
      }
      const more = v.quotes.length > names.length ? ` and ${v.quotes.length - names.length} more` : "";
      return `${lead}${names.join(", ")}${more}${ai}`;
    });
    return section(`${head}${sides.join(" vs ")}`);
  });
}

function buttons(result: AnswerResult, options: RenderOptions): Block[] {
  const elements = [];
  const hasMore = result.quotes.length > 1 || result.conflicts.length > 0;
  if (options.moreSources && hasMore) {
    elements.push({
      type: "button" as const,
      action_id: MORE_SOURCES_ACTION,
      text: { type: "plain_text" as const, text: "More sources" },
      value: options.moreSources,
    });
  }
  if (options.share) {
    elements.push({
      type: "button" as const,
      action_id: SHARE_ACTION,
      style: "primary" as const,
      text: { type: "plain_text" as const, text: "Share in channel" },
      value: options.share,
    });
  }
  return elements.length ? [{ type: "actions", elements }] : [];
}

function sharedByBlocks(options: RenderOptions): Block[] {
  if (!options.sharedBy) return [];
  // Only a well-formed user ID from Slack's payload becomes a mention; anything else is dropped.
  const { userId, question } = options.sharedBy;
  const who = /^[UW][A-Z0-9]{1,20}$/.test(userId) ? `Shared by <@${userId}>` : "Shared";
  return [context(`${who} · asked: “${escapeClip(question, 500)}”`)];
}

function fallbackText(result: AnswerResult): string {
  const best = result.quotes[0];
  const { sources, of } = result.agreement;
  let text: string;
  if (result.status === "no_answer") {
    text = `I couldn't find that in the articles. ${result.reason}`;
  } else {
    const lead = result.answer ? `${result.answer}: ` : "";
    text = `${lead}“${best?.text ?? ""}” (${best ? sourceName(best) : "source"}; ${sources} of ${of} sources agree)`;
    if (result.conflicts.length) text += ` Sources disagree on ${result.conflicts[0]?.about}.`;
  }
  return escapeClip(text, MAX_FALLBACK_CHARS);
}

/** An answer: the short answer in bold, the quote, its source, agreement, conflicts and buttons. */
export function renderAnswer(result: AnswerResult, options: RenderOptions = {}): SlackMessage {
  const blocks: Block[] = [];
  if (result.status === "answered") {
    const best = result.quotes[0] as Quote;
    if (result.answer) blocks.push(section(`*${escapeClip(result.answer, 2900)}*`));
    blocks.push(section(quoteLines(best.text, 2900)));
    blocks.push(context(sourceLine(best, best.url), agreementLine(result)));
    blocks.push(...conflictBlocks(result));
  } else {
    blocks.push(section(`:mag: *I couldn't find that in the articles.* ${escapeClip(result.reason, 2500)}`));
    const closest = result.quotes[0];
    if (closest) {
      blocks.push(section(`Closest passage:\n${quoteLines(closest.text, 2800)}`));
      blocks.push(context(sourceLine(closest, closest.url)));
    }
    const tries = [...result.suggestions, "help"].map((s) => `\`/deal ${escapeClip(s, 40)}\``);
    blocks.push(context(`Try ${tries.join(", ")}.`));
  }
  blocks.push(...buttons(result, options), ...sharedByBlocks(options));
  return { text: fallbackText(result), blocks: fitBlocks(blocks) };
}

/** The "More sources" view: every supporting quote, then the quotes that state a different value. */
export function renderMoreSources(result: AnswerResult): SlackMessage {
  const blocks: Block[] = [section(`*Sources for:* ${escapeClip(result.question, 500)}`)];
  const quoteBlocks = (q: Quote) => [section(quoteLines(q.text, 2900)), context(sourceLine(q, q.url))];
  for (const q of result.quotes) blocks.push(...quoteBlocks(q));
  const shown = new Set(result.quotes.map((q) => q.passageId));
  for (const conflict of result.conflicts) {
    for (const value of conflict.values) {
      const others = value.quotes.filter((q) => !shown.has(q.passageId));
      if (!others.length) continue;
      blocks.push(section(`:warning: *Stating ${escapeClip(value.value, 100)} instead:*`));
      for (const q of others) blocks.push(...quoteBlocks(q));
    }
  }
  const count = result.quotes.length;
  return {
    text: escapeClip(`${count} source${count === 1 ? "" : "s"} for: ${result.question}`, MAX_FALLBACK_CHARS),
    blocks: fitBlocks(blocks, "more passages not shown"),
  };
}

function sourceListingLine(s: SourceListing): string {
  const parts = [mrkdwnLink(s.url, s.title ?? s.label ?? s.articleId)];
  if (s.publisher) parts.push(escapeClip(s.publisher, 100));
  if (s.published) parts.push(escapeMrkdwn(s.published.slice(0, 10)));
  parts.push(`${s.passages} passages`);
  if (s.aiGenerated) parts.push(":robot_face: AI-generated");
  return `• ${parts.join(" · ")}`;
}

/** A one-line message (apologies, rate limits), escaped. */
export function renderPlain(text: string): SlackMessage {
  const escaped = escapeClip(text, MAX_FALLBACK_CHARS);
  return { text: escaped, blocks: [section(escaped)] };
}

/** Renders any core reply. */
export function renderReply(reply: Reply, options: RenderOptions = {}): SlackMessage {
  switch (reply.type) {
    case "answer":
      return renderAnswer(reply.result, options);
    case "help": {
      const lines = reply.commands.map(
        (c) =>
          `• \`/deal ${escapeClip(c.name, 40)}${c.usage ? ` ${escapeClip(c.usage, 80)}` : ""}\` — ${escapeClip(c.description, 200)}`,
      );
      const blocks = [section(escapeClip(reply.intro, 2900)), ...sectionsFromLines(lines)];
      blocks.push(context("You can also mention me in a channel or send me a direct message."));
      return { text: escapeClip(reply.intro, MAX_FALLBACK_CHARS), blocks: fitBlocks(blocks) };
    }
    case "did_you_mean": {
      const options = reply.suggestions.map((s) => `\`/deal ${escapeClip(s, 40)}\``).join(" or ");
      const text = `I don't know \`${escapeClip(reply.input, 100)}\`. Did you mean ${options}?`;
      return { text, blocks: [section(text)] };
    }
    case "notice": {
      const text = `${TONE_EMOJI[reply.tone]} ${escapeClip(reply.text, 2900)}`;
      return { text, blocks: [section(text)] };
    }
    case "sources": {
      const n = reply.sources.length;
      const head = `*I answer from ${n} article${n === 1 ? "" : "s"}:*`;
      const blocks = [section(head), ...sectionsFromLines(reply.sources.map(sourceListingLine))];
      return { text: `I answer from ${n} articles.`, blocks: fitBlocks(blocks, "more sources not shown") };
    }
    case "added": {
      const s = reply.source;
      const text = `:white_check_mark: Added ${mrkdwnLink(s.url, s.title ?? s.label ?? s.articleId)} (${s.passages} passages).`;
      const blocks = [section(text)];
      if (reply.keySentence) {
        blocks.push(section(quoteLines(reply.keySentence.text, 2900)));
        blocks.push(context(sourceLine(reply.keySentence, reply.keySentence.url)));
      }
      return {
        text: escapeClip(`Added ${clip(s.title ?? s.label ?? s.articleId, 200)}.`, MAX_FALLBACK_CHARS),
        blocks,
      };
    }
    case "digest":
      return renderDigest(reply.digest);
  }
}
