/**
 * Pure rendering: a core `Reply` in, a Slack message (`text` fallback + Block Kit `blocks`) out. What to say
 * is decided by the core's answer view (`src/view/`); this file only lays it out as Block Kit. Every piece
 * of text from a person or an article goes through `escape.ts`, and every mrkdwn object is `verbatim`, so
 * `<!channel>` in a question or an article can never ping anyone.
 */
import type { Reply } from "../../src/commands/reply.js";
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
  info: ":information_source:",
  success: ":white_check_mark:",
  warning: ":warning:",
  error: ":x:",
};

/** "publisher · 2025-11-04 · AI-generated", with the source's credit linked to where its link goes. */
export function sourceLine(source: SourceView): string {
  const parts = [mrkdwnLink(source.url, source.credit)];
  if (source.day) parts.push(escapeMrkdwn(source.day));
  if (source.aiGenerated) parts.push(":robot_face: the publisher says this is AI-generated");
  return parts.join(" · ");
}

function agreementLine({ sources, of }: AgreementView): string {
  return `:white_check_mark: *${sources} of ${of}* sources agree`;
}

function storyLine(view: AnswerView): string[] {
  return view.story ? [`:newspaper: ${escapeClip(view.story.title, 200)}`] : [];
}

function conflictBlocks(conflicts: readonly ConflictView[]): Block[] {
  return conflicts.slice(0, 3).map((conflict) => {
    const head = `:warning: *Sources disagree on ${escapeClip(conflict.about, 100)}:* `;
    const sides = conflict.sides.slice(0, 4);
    // Article URLs can be long: each side gets an equal share of the section and drops whole links,
    // never half of one, when its share runs out.
    const budget = Math.floor((MAX_SECTION_CHARS - head.length - 60) / sides.length);
    const texts = sides.map((side) => {
      const lead = `*${escapeClip(side.value, 100)}* in `;
      const ai = side.aiGenerated ? " (AI-generated source)" : "";
      const names: string[] = [];
      for (const { source } of side.quotes) {
        const link = mrkdwnLink(source.url, source.credit, 60);
        const used = lead.length + names.join(", ").length + ai.length + 20;
        if (names.length && used + link.length + 2 > budget) break;
        names.push(
          link.length + lead.length + ai.length + 20 > budget ? escapeClip(source.credit, 60) : link,
        );
      }
      const more = side.quotes.length > names.length ? ` and ${side.quotes.length - names.length} more` : "";
      return `${lead}${names.join(", ")}${more}${ai}`;
    });
    return section(`${head}${texts.join(" vs ")}`);
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
    // plain_text never becomes a mention or a link; escaped all the same, like every article text.
    text: { type: "plain_text" as const, text: escapeClip(story.title, MAX_BUTTON_LABEL) },
    value: encodeStoryPick({ s: story.id, q: view.question }),
  }));
  return [{ type: "actions", elements }];
}

function sharedByBlocks(options: RenderOptions): Block[] {
  if (!options.sharedBy) return [];
  // Only a well-formed user ID from Slack's payload becomes a mention; anything else is dropped.
  const { userId, question } = options.sharedBy;
  const who = /^[UW][A-Z0-9]{1,20}$/.test(userId) ? `Shared by <@${userId}>` : "Shared";
  return [context(`${who} · asked: “${escapeClip(question, 500)}”`)];
}

function fallbackText(view: AnswerView): string {
  let text: string;
  if (view.status === "no_answer") {
    text = `I couldn't find that in the articles. ${view.reason}`;
  } else {
    const { sources, of } = view.agreement;
    const lead = view.answer ? `${view.answer}: ` : "";
    text = `${lead}“${view.quote.text}” (${view.quote.source.credit}; ${sources} of ${of} sources agree)`;
    if (view.conflicts.length) text += ` Sources disagree on ${view.conflicts[0]?.about}.`;
  }
  return escapeClip(text, MAX_FALLBACK_CHARS);
}

/** An answer: the short answer in bold, the quote, its source, agreement, conflicts and buttons. */
export function renderAnswer(result: AnswerResult, options: RenderOptions = {}): SlackMessage {
  const view = answerView(result);
  const blocks: Block[] = [];
  if (view.status === "answered") {
    if (view.answer) blocks.push(section(`*${escapeClip(view.answer, 2900)}*`));
    blocks.push(section(quoteLines(view.quote.text, 2900)));
    blocks.push(context(sourceLine(view.quote.source), agreementLine(view.agreement), ...storyLine(view)));
    blocks.push(...conflictBlocks(view.conflicts));
  } else {
    blocks.push(section(`:mag: *I couldn't find that in the articles.* ${escapeClip(view.reason, 2500)}`));
    const closest = view.closest[0];
    if (closest) {
      blocks.push(section(`Closest passage:\n${quoteLines(closest.text, 2800)}`));
      blocks.push(context(sourceLine(closest.source)));
    }
    const tries = [...view.followUp.tryCommands, "help"].map((s) => `\`/deal ${escapeClip(s, 40)}\``);
    blocks.push(context(`Try ${tries.join(", ")}.`, ...storyLine(view)));
    blocks.push(...storyPickBlocks(view));
  }
  blocks.push(...buttons(view, options), ...sharedByBlocks(options));
  return { text: fallbackText(view), blocks: fitBlocks(blocks) };
}

/** The "More sources" view: every supporting quote, then the quotes that state a different value. */
export function renderMoreSources(result: AnswerResult): SlackMessage {
  const view = moreSourcesView(result);
  const blocks: Block[] = [section(`*Sources for:* ${escapeClip(view.question, 500)}`)];
  const quoteBlocks = (q: QuoteView) => [section(quoteLines(q.text, 2900)), context(sourceLine(q.source))];
  for (const q of view.quotes) blocks.push(...quoteBlocks(q));
  for (const { value, quotes } of view.instead) {
    blocks.push(section(`:warning: *Stating ${escapeClip(value, 100)} instead:*`));
    for (const q of quotes) blocks.push(...quoteBlocks(q));
  }
  const count = view.quotes.length;
  return {
    text: escapeClip(`${count} source${count === 1 ? "" : "s"} for: ${view.question}`, MAX_FALLBACK_CHARS),
    blocks: fitBlocks(blocks, "more passages not shown"),
  };
}

function sourceListingLine(s: ListingView): string {
  const parts = [mrkdwnLink(s.url, s.title)];
  if (s.publisher) parts.push(escapeClip(s.publisher, 100));
  if (s.day) parts.push(escapeMrkdwn(s.day));
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
    case "stories": {
      const head = `*I follow ${reply.stories.length} stor${reply.stories.length === 1 ? "y" : "ies"}:*`;
      const lines = reply.stories.map(
        (s) =>
          `• *${escapeClip(s.title, 200)}* — ${s.sources} source${s.sources === 1 ? "" : "s"}` +
          `${s.latest ? ` · latest ${escapeMrkdwn(s.latest)}` : ""} · \`${escapeClip(s.id, 80)}\`` +
          `${s.followed ? " · :pushpin: followed here" : ""}`,
      );
      const blocks = [section(head), ...sectionsFromLines(lines)];
      blocks.push(
        context("`/deal follow <story>` answers this channel's questions from one story by default."),
      );
      return {
        text: `I follow ${reply.stories.length} stories.`,
        blocks: fitBlocks(blocks, "more stories not shown"),
      };
    }
    case "sources": {
      const n = reply.sources.length;
      const of = reply.story ? ` of “${escapeClip(reply.story.title, 200)}”` : "";
      const head = `*I answer${of} from ${n} article${n === 1 ? "" : "s"}:*`;
      const lines = reply.sources.map((s) => sourceListingLine(listingView(s)));
      const blocks = [section(head), ...sectionsFromLines(lines)];
      return { text: `I answer from ${n} articles.`, blocks: fitBlocks(blocks, "more sources not shown") };
    }
    case "added": {
      const s = listingView(reply.source);
      const text = `:white_check_mark: Added ${mrkdwnLink(s.url, s.title)} (${s.passages} passages).`;
      const blocks = [section(text)];
      if (reply.story) blocks.push(section(`:newspaper: ${escapeClip(storyPlacement(reply.story), 2900)}`));
      if (reply.keySentence) {
        const key = quoteView(reply.keySentence);
        blocks.push(section(quoteLines(key.text, 2900)));
        blocks.push(context(sourceLine(key.source)));
      }
      return {
        text: escapeClip(
          reply.story
            ? `${storyPlacement(reply.story)}: ${clip(s.title, 200)}.`
            : `Added ${clip(s.title, 200)}.`,
          MAX_FALLBACK_CHARS,
        ),
        blocks,
      };
    }
    case "digest":
      return renderDigest(reply.digest);
  }
}
