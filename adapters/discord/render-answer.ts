/**
 * Answer embeds: the short answer as the title (linked to the quoted sentence), the quote as a block quote,
 * sources as linked fields with publisher and date, "N of M sources agree" in the footer, and each
 * conflict in its own warning-coloured embed naming every value and its sources. What to say is the core's
 * answer view (`src/view/answer-view.ts`); this file only lays it out as embeds.
 */

import type { APIEmbed, APIEmbedField } from "discord.js";
import { countOf } from "../../src/count-text.js";
import type { AnswerResult } from "../../src/types.js";
import {
  type AnsweredView,
  answerView,
  type ConflictView,
  moreSourcesView,
  type NoAnswerView,
  type QuoteView,
  type SourceView,
} from "../../src/view/answer-view.js";
import { joinLinesWithin, LIMITS, truncate } from "./limits.js";
import { blockQuote, escapeText, link, safeUrl } from "./markdown.js";

export const COLORS = {
  answer: 0x3b82f6,
  warning: 0xf59e0b,
  noAnswer: 0x9ca3af,
  success: 0x22c55e,
  error: 0xef4444,
} as const;

/** Sources shown as fields under an answer; the More sources button lists all of them. */
export const INLINE_SOURCES = 3;

const AI_NOTE = "AI-generated text";

/** "publisher · date": the source's credit and the day it was published, where known. */
export function creditLine(source: SourceView): string {
  return source.day ? `${source.credit} · ${source.day}` : source.credit;
}

/** A source as an embed field: credit and date as the name, the linked title as the value. */
export function sourceField(quote: QuoteView, index: number): APIEmbedField {
  const { source } = quote;
  const ai = source.aiGenerated ? ` · ⚠️ ${AI_NOTE}` : "";
  return {
    name: truncate(`${index + 1}. ${escapeText(creditLine(source))}`, LIMITS.fieldName),
    value: `${link(truncate(source.title, 200), source.url)}${ai}`,
  };
}

/** The embed warning that sources disagree: every value, with links to the sources stating it. */
export function conflictEmbed(conflict: ConflictView): APIEmbed {
  const lines = conflict.sides.map((side) => {
    const sources = side.quotes.map(({ source }) => link(source.credit, source.url));
    const ai = side.aiGenerated ? ` (⚠️ ${AI_NOTE})` : "";
    const count = `${side.articles} source${side.articles === 1 ? "" : "s"}`;
    return `**${escapeText(side.value)}** — ${count}: ${sources.join(", ")}${ai}`;
  });
  return {
    title: truncate(`⚠️ Sources disagree about ${escapeText(conflict.about)}`, LIMITS.title),
    color: COLORS.warning,
    description: joinLinesWithin(lines, LIMITS.description),
  };
}

/** "N of M sources agree", the story where there is one, and how many sources wait under More sources. */
function footerText(view: AnsweredView, hidden: number): string {
  const { sources, of, alone } = view.agreement;
  const parts = [alone ? "Only this source states it" : `${sources} of ${of} sources agree`];
  if (hidden > 0) parts.push(`${hidden} more under More sources`);
  if (view.story) parts.push(view.story.title);
  return truncate(parts.join(" · "), LIMITS.footer);
}

function answeredEmbed(view: AnsweredView): APIEmbed {
  const { quote } = view;
  const ai = quote.source.aiGenerated ? ` (⚠️ ${AI_NOTE})` : "";
  const quoted = `${blockQuote(quote.text)}\n— ${link(creditLine(quote.source), quote.source.url)}${ai}`;
  const all = [quote, ...view.supporting];
  const fields = all.slice(0, INLINE_SOURCES).map(sourceField);
  return {
    author: { name: truncate(view.question, LIMITS.author) },
    title: truncate(view.answer ? escapeText(view.answer) : "From the sources", LIMITS.title),
    url: safeUrl(quote.source.url),
    color: COLORS.answer,
    description: truncate(quoted, LIMITS.description),
    fields,
    footer: { text: footerText(view, all.length - fields.length) },
  };
}

function noAnswerEmbed(view: NoAnswerView): APIEmbed {
  const tries = view.followUp.tryCommands.map((s) => `\`/deal ${s}\``).join(" · ");
  const description = [escapeText(view.reason), tries && `Try ${tries}`].filter(Boolean).join("\n\n");
  const footer = [`Searched ${countOf(view.agreement.of, "source")}`, view.story?.title]
    .filter(Boolean)
    .join(" · ");
  return {
    author: { name: truncate(view.question, LIMITS.author) },
    title: "Not found in the sources",
    color: COLORS.noAnswer,
    description: truncate(description, LIMITS.description),
    fields: view.closest.slice(0, INLINE_SOURCES).map((q, i) => ({
      ...sourceField(q, i),
      value: truncate(`${blockQuote(q.text)}\n${sourceField(q, i).value}`, LIMITS.fieldValue),
    })),
    footer: { text: truncate(footer, LIMITS.footer) },
  };
}

/** The embeds for an answer: the answer itself, then one warning embed per conflict. */
export function answerEmbeds(result: AnswerResult): APIEmbed[] {
  const view = answerView(result);
  if (view.status === "no_answer") return [noAnswerEmbed(view)];
  return [answeredEmbed(view), ...view.conflicts.map(conflictEmbed)];
}

/** Every source behind an answer, for the More sources button: quotes and both sides of each conflict. */
export function moreSourcesEmbeds(result: AnswerResult): APIEmbed[] {
  const view = moreSourcesView(result);
  const unique = [...view.quotes, ...view.instead.flatMap((side) => side.quotes)];
  if (unique.length === 0) {
    return [
      { title: "No sources to show", color: COLORS.noAnswer, description: "This answer quotes nothing." },
    ];
  }
  const fields = unique.map((q, i) => ({
    name: truncate(`${i + 1}. ${escapeText(creditLine(q.source))}`, LIMITS.fieldName),
    value: truncate(
      `${blockQuote(q.text)}\n${link("Open the sentence in context", q.source.url)}${q.source.aiGenerated ? ` · ⚠️ ${AI_NOTE}` : ""}`,
      LIMITS.fieldValue,
    ),
  }));
  const title = truncate(`Sources for: ${escapeText(view.question)}`, LIMITS.title);
  // Pack whole fields while they fit in the 6,000 total, keeping room for the "showing N of M" footer.
  let budget = LIMITS.total - title.length - 60;
  const shown: APIEmbedField[] = [];
  for (const field of fields) {
    budget -= field.name.length + field.value.length;
    if (budget < 0) break;
    shown.push(field);
  }
  const embeds: APIEmbed[] = [];
  for (let i = 0; i < shown.length && embeds.length < LIMITS.embeds; i += LIMITS.fields) {
    embeds.push({ color: COLORS.answer, fields: shown.slice(i, i + LIMITS.fields) });
  }
  embeds[0]!.title = title;
  if (shown.length < fields.length) {
    embeds.at(-1)!.footer = { text: `Showing ${shown.length} of ${fields.length} sources` };
  }
  return embeds;
}
