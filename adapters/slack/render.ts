/**
 * Pure rendering: a core `Reply` in, a Slack message (`text` fallback + Block Kit `blocks`) out. What to say
 * is decided by the core's answer view (`src/view/`); this file only lays it out as Block Kit. Every piece
 * of text from a person or an article is a rich text `text` element (`rich-text.ts`) or `plain_text`, shown
 * as written; mrkdwn carries only the bot's own words (labels, counts, the command table). The `text`
 * fallback (notifications) is escaped (`escape.ts`), so `<!channel>` in a question or an article can never
 * ping anyone.
 */

import type { Reply } from "../../src/commands/reply.js";
import { countOf } from "../../src/count-text.js";
import type { AnswerResult } from "../../src/types.js";
import {
  type AgreementView,
  type AnswerView,
  answerView,
  type ConflictView,
  type ListingView,
  listingView,
  moreSourcesView,
  type QuoteView,
  quoteView,
  type SourceView,
} from "../../src/view/answer-view.js";
import { storyPlacement } from "../../src/view/story-placement.js";
import { type Block, context, fitBlocks, MAX_FALLBACK_CHARS, section, sectionsFromLines } from "./blocks.js";
import { MORE_SOURCES_ACTION, SHARE_ACTION } from "./button-value.js";
import { clip, escapeClip, fallbackClip, noMarkup } from "./escape.js";
import { renderDigest } from "./render-digest.js";
import {
  bold,
  code,
  emoji,
  type Inline,
  inlineLength,
  line,
  link,
  MAX_RICH_TEXT_CHARS,
  type Part,
  quote,
  richBlocks,
  richText,
  text,
  user,
} from "./rich-text.js";
import { encodeStoryPick, STORY_PICK_ACTION } from "./story-pick-value.js";

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
  info: "information_source",
  success: "white_check_mark",
  warning: "warning",
  error: "x",
};

/** "publisher · 2025-11-04 · AI-generated", with the source's credit linked to where its link goes. */
export function sourceLine(source: SourceView): Inline[] {
  const parts: Inline[] = [link(source.url, source.credit)];
  if (source.day) parts.push(text(` · ${source.day}`));
  if (source.aiGenerated) {
    parts.push(text(" · "), emoji("robot_face"), text(" the publisher says this is AI-generated"));
  }
  return parts;
}

function agreementLine({ sources, of, alone }: AgreementView): Inline[] {
  if (alone) return [emoji("white_check_mark"), text(" Only this source states it")];
  return [emoji("white_check_mark"), text(" "), bold(`${sources} of ${of}`), text(" sources agree")];
}

function storyLine(view: AnswerView): Part[] {
  return view.story ? [line(emoji("newspaper"), text(` ${clip(view.story.title, 200)}`))] : [];
}

/** A quote, then the line naming its source. */
function quoteBlocks(q: QuoteView, max = 2900): Block[] {
  return [richText(quote(q.text, max)), richText(line(...sourceLine(q.source)))];
}

function conflictBlocks(conflicts: readonly ConflictView[]): Block[] {
  return conflicts.slice(0, 3).map((conflict) => {
    const head = [
      emoji("warning"),
      text(" "),
      bold(`Sources disagree on ${clip(conflict.about, 100)}:`),
      text(" "),
    ];
    const sides = conflict.sides.slice(0, 4);
    const size = (elements: readonly Inline[]) => elements.reduce((n, e) => n + inlineLength(e), 0);
    // Article URLs can be long: each side gets an equal share of the block and drops whole links,
    // never half of one, when its share runs out.
    const budget = Math.floor((MAX_RICH_TEXT_CHARS - size(head) - 60) / sides.length);
    const elements = [...head];
    sides.forEach((side, i) => {
      if (i > 0) elements.push(text(" vs "));
      const lead = [bold(clip(side.value, 100)), text(" in ")];
      const ai = side.aiGenerated ? " (AI-generated source)" : "";
      const names: Inline[] = [];
      for (const { source } of side.quotes) {
        const named = link(source.url, source.credit, 60);
        const used = size(lead) + size(names) + 2 * names.length + ai.length + 20;
        if (names.length && used + inlineLength(named) + 2 > budget) break;
        names.push(
          inlineLength(named) + size(lead) + ai.length + 20 > budget ? text(clip(source.credit, 60)) : named,
        );
      }
      const more = side.quotes.length > names.length ? ` and ${side.quotes.length - names.length} more` : "";
      elements.push(...lead, ...names.flatMap((n, j) => (j ? [text(", "), n] : [n])), text(`${more}${ai}`));
    });
    return richText(line(...elements));
  });
}

function buttons(view: AnswerView, options: RenderOptions): Block[] {
  const elements = [];
  if (options.moreSources && view.followUp.moreSources) {
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

/** Slack's limit for a button's label. */
const MAX_BUTTON_LABEL = 75;

/** "Which story?": one button per candidate story, each carrying the story and the question to ask again. */
function storyPickBlocks(view: AnswerView): Block[] {
  if (view.status !== "no_answer" || view.storyChoices.length === 0) return [];
  const elements = view.storyChoices.slice(0, 5).map((story, i) => ({
    type: "button" as const,
    action_id: `${STORY_PICK_ACTION}${i}`,
    // plain_text is shown as written: never a mention, a link or formatting.
    text: { type: "plain_text" as const, text: clip(story.title, MAX_BUTTON_LABEL) },
    value: encodeStoryPick({ s: story.id, q: view.question }),
  }));
  return [{ type: "actions", elements }];
}

function sharedByBlocks(options: RenderOptions): Block[] {
  if (!options.sharedBy) return [];
  // Only a well-formed user ID from Slack's payload becomes a mention; anything else is dropped.
  const { userId, question } = options.sharedBy;
  const who = /^[UW][A-Z0-9]{1,20}$/.test(userId) ? [text("Shared by "), user(userId)] : [text("Shared")];
  return [richText(line(...who, text(` · asked: “${clip(question, 500)}”`)))];
}

function fallbackText(view: AnswerView): string {
  let text: string;
  if (view.status === "no_answer") {
    text = `I couldn't find that in the articles. ${view.reason}`;
  } else {
    const { sources, of, alone } = view.agreement;
    const lead = view.answer ? `${view.answer}: ` : "";
    const agree = alone ? "only this source states it" : `${sources} of ${of} sources agree`;
    text = `${lead}“${view.quote.text}” (${view.quote.source.credit}; ${agree})`;
    if (view.conflicts.length) text += ` Sources disagree on ${view.conflicts[0]?.about}.`;
  }
  return fallbackClip(text, MAX_FALLBACK_CHARS);
}

/** An answer: the short answer in bold, the quote, its source, agreement, conflicts and buttons. */
export function renderAnswer(result: AnswerResult, options: RenderOptions = {}): SlackMessage {
  const view = answerView(result);
  const blocks: Block[] = [];
  if (view.status === "answered") {
    if (view.answer) blocks.push(richText(line(bold(clip(view.answer, 2900)))));
    blocks.push(richText(quote(view.quote.text, 2900)));
    blocks.push(
      richText(
        line(...sourceLine(view.quote.source), text("\n"), ...agreementLine(view.agreement)),
        ...storyLine(view),
      ),
    );
    blocks.push(...conflictBlocks(view.conflicts));
  } else {
    blocks.push(
      richText(
        line(
          emoji("mag"),
          text(" "),
          bold("I couldn't find that in the articles."),
          text(` ${clip(view.reason, 2500)}`),
        ),
      ),
    );
    const closest = view.closest[0];
    if (closest) {
      blocks.push(richText(line(text("Closest passage:")), quote(closest.text, 2800)));
      blocks.push(richText(line(...sourceLine(closest.source))));
    }
    const tries = [...view.followUp.tryCommands, "help"].flatMap((s, i) => [
      text(i ? ", " : "Try "),
      code(`/deal ${clip(s, 40)}`),
    ]);
    blocks.push(richText(line(...tries, text(".")), ...storyLine(view)));
    blocks.push(...storyPickBlocks(view));
  }
  blocks.push(...buttons(view, options), ...sharedByBlocks(options));
  return { text: fallbackText(view), blocks: fitBlocks(blocks) };
}

/** The "More sources" view: every supporting quote, then the quotes that state a different value. */
export function renderMoreSources(result: AnswerResult): SlackMessage {
  const view = moreSourcesView(result);
  const blocks: Block[] = [richText(line(bold("Sources for:"), text(` ${clip(view.question, 500)}`)))];
  for (const q of view.quotes) blocks.push(...quoteBlocks(q));
  for (const { value, quotes } of view.instead) {
    blocks.push(richText(line(emoji("warning"), text(" "), bold(`Stating ${clip(value, 100)} instead:`))));
    for (const q of quotes) blocks.push(...quoteBlocks(q));
  }
  const count = view.quotes.length;
  return {
    text: fallbackClip(`${count} source${count === 1 ? "" : "s"} for: ${view.question}`, MAX_FALLBACK_CHARS),
    blocks: fitBlocks(blocks, "more passages not shown"),
  };
}

function sourceListingLine(s: ListingView): Part {
  const parts: Inline[] = [text("• "), link(s.url, s.title)];
  if (s.publisher) parts.push(text(` · ${clip(s.publisher, 100)}`));
  if (s.day) parts.push(text(` · ${s.day}`));
  parts.push(text(` · ${s.passages} passages`));
  if (s.aiGenerated) parts.push(text(" · "), emoji("robot_face"), text(" AI-generated"));
  return line(...parts);
}

/** A one-line message (apologies, rate limits): rich text in the blocks, escaped in the fallback. */
export function renderPlain(message: string): SlackMessage {
  return {
    text: fallbackClip(message, MAX_FALLBACK_CHARS),
    blocks: [richText(line(text(clip(message, MAX_RICH_TEXT_CHARS))))],
  };
}

/**
 * A notice's text as rich text: the core's own code spans (`` `/deal unfollow` ``) as code, the rest as
 * written. Rich text never parses backticks, so without this they would show as typed; outside text in a
 * notice has its backticks replaced by the core (notice-text.ts), so a span is always the core's.
 */
function noticeParts(value: string): Inline[] {
  return value.split(/`([^`\n]+)`/).flatMap((part, i) => (part ? [i % 2 ? code(part) : text(part)] : []));
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
      const suggestions = reply.suggestions.flatMap((s, i) => [
        ...(i ? [text(" or ")] : []),
        code(`/deal ${clip(s, 40)}`),
      ]);
      const said = [
        text("I don't know "),
        code(clip(reply.input, 100)),
        text(". Did you mean "),
        ...suggestions,
      ];
      const options = reply.suggestions.map((s) => `\`/deal ${s}\``).join(" or ");
      return {
        text: escapeClip(
          `I don't know \`${noMarkup(clip(reply.input, 100))}\`. Did you mean ${options}?`,
          MAX_FALLBACK_CHARS,
        ),
        blocks: [richText(line(...said, text("?")))],
      };
    }
    case "notice": {
      const shown = clip(reply.text, 2900);
      return {
        text: `:${TONE_EMOJI[reply.tone]}: ${escapeClip(reply.text, 2900)}`,
        blocks: [richText(line(emoji(TONE_EMOJI[reply.tone]), ...noticeParts(` ${shown}`)))],
      };
    }
    case "stories": {
      const head = `*I follow ${reply.stories.length} stor${reply.stories.length === 1 ? "y" : "ies"}:*`;
      // Numbered as /deal follow, /deal sources and /deal unfollow take them ("/deal follow 2").
      const lines = reply.stories.map((s, i) =>
        line(
          text(`${i + 1}. `),
          bold(clip(s.title, 200)),
          text(
            ` — ${s.sources} source${s.sources === 1 ? "" : "s"}${s.latest ? ` · latest ${s.latest}` : ""} · `,
          ),
          code(clip(s.id, 80)),
          ...(s.followed ? [text(" · "), emoji("pushpin"), text(" followed here")] : []),
        ),
      );
      const blocks = [section(head), ...richBlocks(lines)];
      blocks.push(
        context(
          "`/deal follow &lt;story&gt;` (its id or number) answers this channel's questions from one story by default.",
        ),
      );
      return {
        text: `I follow ${reply.stories.length} stories.`,
        blocks: fitBlocks(blocks, "more stories not shown"),
      };
    }
    case "sources": {
      const n = reply.sources.length;
      const of = reply.story ? ` of “${clip(reply.story.title, 200)}”` : "";
      const head = richText(line(bold(`I answer${of} from ${n} article${n === 1 ? "" : "s"}:`)));
      const lines = reply.sources.map((s) => sourceListingLine(listingView(s)));
      const blocks = [head, ...richBlocks(lines)];
      return {
        text: `I answer from ${countOf(n, "article")}.`,
        blocks: fitBlocks(blocks, "more sources not shown"),
      };
    }
    case "added": {
      const s = listingView(reply.source);
      const added = line(
        emoji("white_check_mark"),
        text(" Added "),
        link(s.url, s.title),
        text(` (${s.passages} passages).`),
      );
      const parts = [added];
      if (reply.story)
        parts.push(line(emoji("newspaper"), text(` ${clip(storyPlacement(reply.story), 2900)}`)));
      if (reply.note) parts.push(line(emoji("warning"), text(` ${clip(reply.note, 2900)}`)));
      const blocks = [richText(...parts)];
      if (reply.keySentence) blocks.push(...quoteBlocks(quoteView(reply.keySentence)));
      return {
        text: escapeClip(
          reply.story
            ? noMarkup(`${storyPlacement(reply.story)}: ${clip(s.title, 200)}.`)
            : `Added ${noMarkup(clip(s.title, 200))}.`,
          MAX_FALLBACK_CHARS,
        ),
        blocks,
      };
    }
    case "digest":
      return renderDigest(reply.digest);
  }
}
