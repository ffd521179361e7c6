/**
 * Discord's message limits and graceful truncation. Discord answers 400 to a message over any limit, so
 * every message is fitted here before it is sent: text is cut with "…", fields beyond what fits are dropped
 * (the More sources button shows the rest).
 */
import type { APIEmbed } from "discord.js";

/** Limits from Discord's documentation (characters unless noted). */
export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  embeds: 10,
  /** Summed over title, description, field names and values, footer and author of all embeds. */
  total: 6000,
} as const;

/** Cuts `text` to at most `max` characters, ending in "…" when cut, never splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return "…".slice(0, max);
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Joins whole lines while they fit in `max`, then says how many were left out. */
export function joinLinesWithin(lines: readonly string[], max: number, separator = "\n"): string {
  const kept: string[] = [];
  let length = 0;
  for (const [i, line] of lines.entries()) {
    const left = lines.length - i;
    const note = `${separator}…and ${left} more`;
    const added = (kept.length ? separator.length : 0) + line.length;
    const roomForNote = i === lines.length - 1 ? 0 : note.length;
    if (length + added + roomForNote > max) {
      if (kept.length === 0) return truncate(line, max);
      return `${kept.join(separator)}${separator}…and ${left} more`;
    }
    kept.push(line);
    length += added;
  }
  return kept.join(separator);
}

/** The characters of an embed that count toward Discord's 6,000 total. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

/** Total counted characters over all embeds of one message. */
export function embedsLength(embeds: readonly APIEmbed[]): number {
  return embeds.reduce((sum, e) => sum + embedLength(e), 0);
}

function fitOne(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = truncate(embed.title, LIMITS.title);
  if (embed.description !== undefined) fitted.description = truncate(embed.description, LIMITS.description);
  if (embed.footer) fitted.footer = { ...embed.footer, text: truncate(embed.footer.text, LIMITS.footer) };
  if (embed.author) fitted.author = { ...embed.author, name: truncate(embed.author.name, LIMITS.author) };
  if (embed.fields) {
    fitted.fields = embed.fields.slice(0, LIMITS.fields).map((f) => ({
      ...f,
      name: truncate(f.name, LIMITS.fieldName) || "\u200b",
      value: truncate(f.value, LIMITS.fieldValue) || "\u200b",
    }));
  }
  return fitted;
}

/**
 * Fits embeds within every limit: each part cut to its own limit, then, while the total is over 6,000,
 * fields dropped from the last embed backwards, then descriptions shortened, then trailing embeds dropped.
 */
export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const fitted = embeds.slice(0, LIMITS.embeds).map(fitOne);
  let excess = embedsLength(fitted) - LIMITS.total;
  for (const embed of [...fitted].reverse()) {
    while (excess > 0 && embed.fields?.length) {
      const dropped = embed.fields.pop()!;
      excess -= dropped.name.length + dropped.value.length;
    }
  }
  for (const embed of [...fitted].reverse()) {
    if (excess <= 0 || !embed.description) continue;
    const before = embed.description.length;
    embed.description = truncate(embed.description, Math.max(1, before - excess));
    excess -= before - embed.description.length;
  }
  while (excess > 0 && fitted.length > 1) excess -= embedLength(fitted.pop()!);
  // An embed left with nothing to show would be refused; the first one always stays.
  return fitted.filter((e, i) => i === 0 || embedLength(e) > 0);
}
