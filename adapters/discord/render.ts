/**
 * The pure Discord renderer: a core `Reply` in, message JSON (embeds, buttons) out, always within
 * Discord's limits. What to say is the core's view (`src/view/`); this file only lays it out as embeds. No network; the handlers and the digest poster send what this returns.
 */
import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from "discord.js";
import { codeSpan } from "../../src/commands/notice-text.js";
import type { Digest, Reply } from "../../src/commands/reply.js";
import { factAgreementNote, type ListingView, listingView } from "../../src/view/answer-view.js";
import { alsoNewLine, digestView, type FactView } from "../../src/view/digest-view.js";
import { storyPlacement } from "../../src/view/story-placement.js";
import { fitEmbeds, joinLinesWithin, LIMITS, truncate } from "./limits.js";
import { blockQuote, escapeNotice, escapeText, link, safeUrl } from "./markdown.js";
import { answerEmbeds, COLORS, creditLine, moreSourcesEmbeds } from "./render-answer.js";

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
export const BUTTON = { share: "deal:share:", more: "deal:more:", story: "deal:story:" } as const;

/** Discord's limits for a button: its custom_id and its label. */
export const MAX_CUSTOM_ID = 100;
const MAX_BUTTON_LABEL = 80;

/** What follows a listed source's title: its credit and day, or just the day when the title is the credit. */
function creditBesideTitle(source: ListingView): string | undefined {
  return source.credit === source.title ? source.day : creditLine(source);
}

/** " — Nishadil · 2025-11-04" after a linked title, escaped; nothing when there is nothing to add. */
function byline(source: ListingView): string {
  const credit = creditBesideTitle(source);
  return credit ? ` — ${escapeText(credit)}` : "";
}

function factLine(fact: FactView): string {
  const value = fact.value?.kind === "quote" ? `“${truncate(fact.value.text, 200)}”` : fact.value?.text;
  const head = `**${escapeText(fact.label)}**: ${escapeText(value ?? "not in the sources")}`;
  if (!fact.agreement) return head;
  const note = factAgreementNote(fact.agreement);
  const agree = note ? ` (${note})` : "";
  const where = fact.quote ? ` — ${link(creditLine(fact.quote.source), fact.quote.source.url)}` : "";
  const conflict = fact.disagree ? " · ⚠️ sources disagree" : "";
  return `${head}${agree}${where}${conflict}`;
}

function digestEmbed(digest: Digest): APIEmbed {
  const view = digestView(digest);
  const title = view.story
    ? `Daily digest · ${escapeText(view.story.title, LIMITS.title)} · ${view.date}`
    : `Daily digest · ${view.date}`;
  if (view.empty) {
    return { title, color: COLORS.answer, description: "Nothing new since the last digest." };
  }
  const fields = [
    {
      name: "New articles",
      lines: view.newArticles.map(({ source }) => `${link(source.title, source.url)}${byline(source)}`),
    },
    {
      name: "What changed",
      lines: view.changedFacts.map((f) => `**${escapeText(f.label)}**: ${escapeText(f.change)}`),
    },
    { name: "Fact card", lines: view.facts.map(factLine) },
    { name: "Other stories", lines: [alsoNewLine(view)].flatMap((l) => (l ? [escapeText(l)] : [])) },
    // The channel's other followed stories with news: one field each, its new articles then its changes.
    ...view.moreStories.map((more) => ({
      name: escapeText(truncate(more.story.title, 200)),
      lines: [
        ...more.newArticles.map(({ source }) => `${link(source.title, source.url)}${byline(source)}`),
        ...more.changedFacts.map((f) => `**${escapeText(f.label)}**: ${escapeText(f.change)}`),
      ],
    })),
  ]
    .filter((f) => f.lines.length > 0)
    .map((f) => ({ name: f.name, value: joinLinesWithin(f.lines, LIMITS.fieldValue) }));
  return { title, color: COLORS.answer, fields, footer: { text: `Times in ${view.timezone}` } };
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
            `I don't know ${codeSpan(truncate(reply.input, 200))}. Did you mean ${names}?`,
            LIMITS.description,
          ),
        },
      ];
    }
    case "notice":
      // The core's code spans (`/deal add …`) stay; the rest may echo a user or a page, so it is escaped.
      return [{ color: NOTICE_COLORS[reply.tone], description: escapeNotice(reply.text) }];
    case "stories": {
      // Numbered as /deal follow, /deal sources and /deal unfollow take them ("/deal follow 2").
      const lines = reply.stories.map(
        (s, i) =>
          `${i + 1}. **${escapeText(s.title)}** — ${s.sources} source${s.sources === 1 ? "" : "s"}` +
          `${s.latest ? ` · latest ${s.latest}` : ""} · \`${s.id}\`${s.followed ? " · 📌 followed here" : ""}`,
      );
      return [
        {
          title: `Stories (${reply.stories.length})`,
          color: COLORS.answer,
          description: lines.length ? joinLinesWithin(lines, LIMITS.description) : "No articles are loaded.",
          footer: {
            text: "/deal follow <story> (its id or number) answers this channel's questions from one story by default.",
          },
        },
      ];
    }
    case "sources": {
      const lines = reply.sources
        .map(listingView)
        .map(
          (s, i) =>
            `${i + 1}. ${link(s.title, s.url)}${byline(s)}` +
            `${s.aiGenerated ? " · ⚠️ AI-generated text" : ""}`,
        );
      return [
        {
          title: truncate(
            `Sources${reply.story ? ` of ${escapeText(reply.story.title, LIMITS.title)}` : ""} (${reply.sources.length})`,
            LIMITS.title,
          ),
          color: COLORS.answer,
          description: lines.length ? joinLinesWithin(lines, LIMITS.description) : "No articles are loaded.",
        },
      ];
    }
    case "added": {
      const { keySentence } = reply;
      const source = listingView(reply.source);
      return [
        {
          title: truncate(`Added: ${escapeText(source.title)}`, LIMITS.title),
          url: safeUrl(source.url),
          color: COLORS.success,
          description:
            [
              reply.story ? escapeText(storyPlacement(reply.story)) : "",
              keySentence ? blockQuote(keySentence.text) : "",
              reply.note ? escapeText(reply.note) : "",
            ]
              .filter(Boolean)
              .join("\n\n") || undefined,
          footer: {
            text: [creditBesideTitle(source), `${source.passages} passages`].filter(Boolean).join(" · "),
          },
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

/**
 * The buttons under a reply: for a "which story?" answer one per candidate story (`deal:story:<key>:<n>`,
 * the key of the remembered answer and the story's position in its choices, so the custom_id stays far
 * under Discord's 100 characters whatever the story id); for any other answer Share and More sources.
 */
export function replyButtons(
  reply: Reply,
  key: string | undefined,
  options: { share: boolean },
): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  if (!key || reply.type !== "answer") return [];
  const result = reply.result;
  const choices = result.status === "no_answer" ? (result.storyChoices ?? []) : [];
  if (!choices.length) return answerButtons(key, options);
  const components = choices.slice(0, 5).map((story, i) => ({
    type: ComponentType.Button as const,
    style: ButtonStyle.Secondary as const,
    // A label is plain text: markdown and mentions are never parsed in it, so it is only cut to size.
    label: truncate(story.title, MAX_BUTTON_LABEL),
    custom_id: `${BUTTON.story}${key}:${i}`.slice(0, MAX_CUSTOM_ID),
  }));
  return [{ type: ComponentType.ActionRow, components }];
}

/** Plain message content cut to Discord's 2,000 characters. */
export function fitContent(text: string): string {
  return truncate(text, LIMITS.content);
}
