/**
 * Answer embeds: the short answer as the title (linked to the quoted sentence), the quote as a block quote,
 * sources as linked fields with publisher and date, "N of M sources agree" in the footer, and each
 * conflict in its own warning-coloured embed naming every value and its sources.
 */
import type { APIEmbed, APIEmbedField } from "discord.js";
import type { AnswerResult, Conflict, Quote, SourceRef } from "../../src/types.js";
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

/** "publisher · date", or the best name there is. */
export function sourceName(source: SourceRef): string {
  const who = source.publisher ?? source.title ?? source.label ?? source.articleId;
  return source.published ? `${who} · ${source.published.slice(0, 10)}` : who;
}

/** A source as an embed field: publisher and date as the name, the linked title as the value. */
export function sourceField(quote: Quote, index: number): APIEmbedField {
  const title = quote.title ?? quote.publisher ?? quote.label ?? quote.articleId;
  const ai = quote.aiGenerated ? ` · ⚠️ ${AI_NOTE}` : "";
  return {
    name: truncate(`${index + 1}. ${sourceName(quote)}`, LIMITS.fieldName),
    value: `${link(truncate(title, 200), quote.url)}${ai}`,
  };
}

/** The embed warning that sources disagree: every value, with links to the sources stating it. */
export function conflictEmbed(conflict: Conflict): APIEmbed {
  const lines = conflict.values.map((v) => {
    const sources = v.quotes.map((q) => link(q.publisher ?? q.title ?? q.label ?? q.articleId, q.url));
    const ai = v.aiGenerated ? ` (⚠️ ${AI_NOTE})` : "";
    const count = `${v.articleIds.length} source${v.articleIds.length === 1 ? "" : "s"}`;
    return `**${escapeText(v.value)}** — ${count}: ${sources.join(", ")}${ai}`;
  });
  return {
    title: truncate(`⚠️ Sources disagree about ${conflict.about}`, LIMITS.title),
    color: COLORS.warning,
    description: joinLinesWithin(lines, LIMITS.description),
  };
}

function answeredEmbed(result: Extract<AnswerResult, { status: "answered" }>): APIEmbed {
  const [best] = result.quotes;
  const quote = best
    ? `${blockQuote(best.text)}\n— ${link(sourceName(best), best.url)}${best.aiGenerated ? ` (⚠️ ${AI_NOTE})` : ""}`
    : "";
  const fields = result.quotes.slice(0, INLINE_SOURCES).map(sourceField);
  const hidden = result.quotes.length - fields.length;
  const { sources, of } = result.agreement;
  return {
    author: { name: truncate(result.question, LIMITS.author) },
    title: truncate(result.answer ? escapeText(result.answer) : "From the sources", LIMITS.title),
    url: safeUrl(best?.url),
    color: COLORS.answer,
    description: truncate(quote, LIMITS.description),
    fields,
    footer: {
      text: `${sources} of ${of} sources agree${hidden > 0 ? ` · ${hidden} more under More sources` : ""}`,
    },
  };
}

function noAnswerEmbed(result: Extract<AnswerResult, { status: "no_answer" }>): APIEmbed {
  const tries = result.suggestions.map((s) => `\`/deal ${s}\``).join(" · ");
  const description = [escapeText(result.reason), tries && `Try ${tries}`].filter(Boolean).join("\n\n");
  return {
    author: { name: truncate(result.question, LIMITS.author) },
    title: "Not found in the sources",
    color: COLORS.noAnswer,
    description: truncate(description, LIMITS.description),
    fields: result.quotes.slice(0, INLINE_SOURCES).map((q, i) => ({
      ...sourceField(q, i),
      value: truncate(`${blockQuote(q.text)}\n${sourceField(q, i).value}`, LIMITS.fieldValue),
    })),
    footer: { text: `Searched ${result.agreement.of} sources` },
  };
}

/** The embeds for an answer: the answer itself, then one warning embed per conflict. */
export function answerEmbeds(result: AnswerResult): APIEmbed[] {
  if (result.status === "no_answer") return [noAnswerEmbed(result)];
  return [answeredEmbed(result), ...result.conflicts.map(conflictEmbed)];
}

/** Every source behind an answer, for the More sources button: quotes and both sides of each conflict. */
export function moreSourcesEmbeds(result: AnswerResult): APIEmbed[] {
  const quotes = [...result.quotes, ...result.conflicts.flatMap((c) => c.values.flatMap((v) => v.quotes))];
  const unique = quotes.filter((q, i) => quotes.findIndex((o) => o.passageId === q.passageId) === i);
  if (unique.length === 0) {
    return [
      { title: "No sources to show", color: COLORS.noAnswer, description: "This answer quotes nothing." },
    ];
  }
  const fields = unique.map((q, i) => ({
    name: truncate(`${i + 1}. ${sourceName(q)}`, LIMITS.fieldName),
    value: truncate(
      `${blockQuote(q.text)}\n${link("Open the sentence in context", q.url)}${q.aiGenerated ? ` · ⚠️ ${AI_NOTE}` : ""}`,
      LIMITS.fieldValue,
    ),
  }));
  const title = truncate(`Sources for: ${result.question}`, LIMITS.title);
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
