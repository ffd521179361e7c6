/**
 * The pure Discord renderer: a core `Reply` in, message JSON (embeds, buttons) out, always within
 * Discord's limits. No network; the handlers and the digest poster send what this returns.
 */
import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from "discord.js";
import type { Digest, Reply } from "../../src/commands/reply.js";
import { fitEmbeds, joinLinesWithin, LIMITS, truncate } from "./limits.js";
import { blockQuote, escapeText, link, safeUrl } from "./markdown.js";
import { answerEmbeds, COLORS, moreSourcesEmbeds, sourceName } from "./render-answer.js";

export { COLORS };

/** A message body as Discord's API takes it (minus `allowed_mentions`, which the sender adds). */
export interface RenderedMessage {
  content?: string;
  embeds: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
}

const NOTICE_COLORS = {
  info: COLORS.answer,
  success: COLORS.success,
  warning: COLORS.warning,
  error: COLORS.error,
} as const;

/** Button custom_id prefixes; the rest of the id is a short key into the adapter's answer memory. */
export const BUTTON = { share: "deal:share:", more: "deal:more:" } as const;

function digestEmbed(digest: Digest): APIEmbed {
  const title = `Daily digest · ${digest.date}`;
  if (digest.empty) {
    return { title, color: COLORS.answer, description: "Nothing new since the last digest." };
  }
  const fields = [
    {
      name: "New articles",
      lines: digest.newArticles.map(
        ({ source }) =>
          `${link(source.title ?? source.label ?? source.articleId, source.url)} — ${escapeText(sourceName(source))}`,
      ),
    },
    {
      name: "What changed",
      lines: digest.changedFacts.map((f) => `**${escapeText(f.label)}**: ${escapeText(f.change)}`),
    },
    {
      name: "Fact card",
      lines: digest.factCard.map(({ label, result }) => {
        const [quote] = result.quotes;
        const value = result.status === "answered" && result.answer ? result.answer : "not in the sources";
        const where = quote ? ` — ${link(sourceName(quote), quote.url)}` : "";
        const agree = `(${result.agreement.sources} of ${result.agreement.of} agree)`;
        return `**${escapeText(label)}**: ${escapeText(value)} ${agree}${where}`;
      }),
    },
  ]
    .filter((f) => f.lines.length > 0)
    .map((f) => ({ name: f.name, value: joinLinesWithin(f.lines, LIMITS.fieldValue) }));
  return { title, color: COLORS.answer, fields, footer: { text: `Times in ${digest.timezone}` } };
}

function embedsFor(reply: Reply): APIEmbed[] {
  switch (reply.type) {
    case "answer":
      return answerEmbeds(reply.result);
    case "help": {
      const lines = reply.commands.map(
        (c) => `\`/deal ${c.name}${c.usage ? ` ${c.usage}` : ""}\` — ${escapeText(c.description)}`,
      );
      return [
        {
          title: "deal-bot",
          color: COLORS.answer,
          // The intro is written by the core in markdown, so it is not escaped.
          description: joinLinesWithin([reply.intro, "", ...lines], LIMITS.description),
        },
      ];
    }
    case "did_you_mean": {
      const names = reply.suggestions.map((s) => `\`/deal ${s}\``).join(" or ");
      return [
        {
          color: COLORS.warning,
          description: truncate(
            `\`${escapeText(reply.input)}\` is not a command. Did you mean ${names}?`,
            LIMITS.description,
          ),
        },
      ];
    }
    case "notice":
      // Notices are written by the core in markdown (`/deal add …`), so they are not escaped.
      return [{ color: NOTICE_COLORS[reply.tone], description: reply.text }];
    case "sources": {
      const lines = reply.sources.map(
        (s, i) =>
          `${i + 1}. ${link(s.title ?? s.label ?? s.articleId, s.url)} — ${escapeText(sourceName(s))}` +
          `${s.aiGenerated ? " · ⚠️ AI-generated text" : ""}`,
      );
      return [
        {
          title: `Sources (${reply.sources.length})`,
          color: COLORS.answer,
          description: lines.length ? joinLinesWithin(lines, LIMITS.description) : "No articles are loaded.",
        },
      ];
    }
    case "added": {
      const { source, keySentence } = reply;
      return [
        {
          title: `Added: ${source.title ?? source.label ?? source.articleId}`,
          url: safeUrl(source.url),
          color: COLORS.success,
          description: keySentence ? blockQuote(keySentence.text) : undefined,
          footer: { text: `${sourceName(source)} · ${source.passages} passages` },
        },
      ];
    }
    case "digest":
      return [digestEmbed(reply.digest)];
  }
}

/** Renders any reply as embeds within Discord's limits. */
export function renderReply(reply: Reply): RenderedMessage {
  return { embeds: fitEmbeds(embedsFor(reply)) };
}

/** Renders the More sources view of an answer reply (every quote, with its link). */
export function renderMoreSources(reply: Reply): RenderedMessage {
  if (reply.type !== "answer") return renderReply(reply);
  return { embeds: fitEmbeds(moreSourcesEmbeds(reply.result)) };
}

/** The buttons under an answer: Share in channel (for ephemeral answers) and More sources. */
export function answerButtons(
  key: string,
  options: { share: boolean },
): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  const more = {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: "More sources",
    custom_id: `${BUTTON.more}${key}`,
  } as const;
  const share = {
    type: ComponentType.Button,
    style: ButtonStyle.Primary,
    label: "Share in channel",
    custom_id: `${BUTTON.share}${key}`,
  } as const;
  return [{ type: ComponentType.ActionRow, components: options.share ? [share, more] : [more] }];
}

/** Plain message content cut to Discord's 2,000 characters. */
export function fitContent(text: string): string {
  return truncate(text, LIMITS.content);
}
