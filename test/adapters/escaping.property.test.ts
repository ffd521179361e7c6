/**
 * One property over every renderer: outside text (questions, answers, article sentences, titles, publishers,
 * conflict values, notices echoing a user) never becomes a link, a mention or formatting on any platform.
 * Each reply is rendered twice — once with hostile text, once with the same text made of plain letters —
 * and the markup that is live in the output must be the same: whatever markup there is came from the bot.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  renderReply as renderDiscord,
  renderMoreSources as renderDiscordMore,
} from "../../adapters/discord/render.js";
import { renderReply as renderShell } from "../../adapters/shell/render.js";
import { renderReply as renderSlack } from "../../adapters/slack/render.js";
import type { Reply } from "../../src/commands/reply.js";
import { parseDigestArgs } from "../../src/digest/parse-digest-args.js";
import { addedReply } from "../../src/ingest/added-reply.js";
import type { AnswerResult, Quote } from "../../src/types.js";
import { markupOnly } from "../slack/shown.js";

/** Pieces people and pages use to smuggle markup in, mixed with ordinary text. */
const HOSTILE = [
  "[Official statement](https://evil.example/login)",
  "[a] [b](https://evil.example/x)",
  "https://evil.example/bare",
  "<https://evil.example|click>",
  "<@U123>",
  "<@123456789012345678>",
  "<#C1>",
  "<!channel>",
  "<!here>",
  "@everyone",
  "@here",
  "<@&42>",
  "<t:1700000000:R>",
  "<:emoji:123>",
  "**bold**",
  "*it*",
  "__under__",
  "_it_",
  "~~gone~~",
  "||spoiler||",
  "`code`",
  "```block```",
  "\n# Heading",
  "\n> quote",
  "\n- item",
  "\n1. item",
  "&amp;",
  "&lt;@U1&gt;",
  "\\",
  "\u001b[31mred\u001b[0m",
  "\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007",
];

const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join(" "));

/** The same text with every visible character a plain letter: same lines and spaces, no markup. */
const plain = (text: string) => text.replace(/\S/gu, "x");

const URL_A = "https://news.example/a#p-1";
const URL_B = "https://news.example/b";

function quote(text: string, t: (s: string) => string): Quote {
  return {
    text: t(text),
    articleId: "a1",
    passageId: "a1:1",
    url: URL_A,
    title: t(`${text} title`),
    publisher: t(`${text} pub`),
    published: "2025-11-04",
    articleUrl: URL_B,
    aiGenerated: false,
  };
}

/** Every reply type, each outside-text field filled from `text` through `t`. */
function replies(text: string, t: (s: string) => string): Reply[] {
  const q = quote(text, t);
  const answered: AnswerResult = {
    question: t(`${text}?`),
    status: "answered",
    answerType: "money",
    answer: t(text),
    quotes: [q, { ...q, passageId: "a1:2" }],
    agreement: { sources: 1, of: 2 },
    conflicts: [
      {
        about: t(`${text} about`),
        values: [
          { value: t(text), articleIds: ["a1"], quotes: [q], aiGenerated: false },
          { value: t(`${text}2`), articleIds: ["a2"], quotes: [q], aiGenerated: true },
        ],
      },
    ],
  };
  const noAnswer: AnswerResult = {
    ...answered,
    status: "no_answer",
    answer: "",
    conflicts: [],
    reason: t(text),
    suggestions: ["value"],
  };
  const source = { ...q, url: URL_B, passages: 3, label: t(text) };
  return [
    { type: "answer", result: answered },
    { type: "answer", result: noAnswer },
    { type: "did_you_mean", input: t(text), suggestions: ["value"] },
    // Notices as the core builds them around what a user typed or a page answered.
    addedReply(
      { ok: false, code: "fetch", error: `could not fetch ${t(text)}` },
      { listing: () => undefined, storyOf: () => undefined },
      URL_B,
    ),
    {
      type: "notice",
      tone: "warning",
      text: (() => {
        const parsed = parseDigestArgs([`9${t(text)}`]);
        return parsed.ok ? "ok" : parsed.error;
      })(),
    },
    { type: "sources", sources: [source] },
    {
      type: "stories",
      stories: [{ id: "s1", title: t(text), sources: 2, latest: "2025-11-04", followed: true }],
    },
    { type: "added", source, keySentence: q },
    {
      type: "digest",
      digest: {
        date: "2025-11-05",
        timezone: "UTC",
        newArticles: [{ source, gist: q }],
        changedFacts: [{ label: t(text), change: t(text), result: answered }],
        factCard: [{ label: t(text), result: answered }],
        empty: false,
      },
    },
  ];
}

/** Discord: the text left live once escaped characters and code spans' contents (shown literally) are set aside. */
function discordLive(markdown: string): string {
  // Left to right, as Discord reads it: a backslash escapes the next punctuation; a backtick opens a code
  // span, inside which a backslash is just a backslash.
  // An escaped character shows as itself, plain: a letter stands in for it.
  return markdown.replace(/\\[^A-Za-z0-9\s]|`[^`]*`/g, (token) => (token.startsWith("`") ? "``" : "x"));
}

/** Discord: the live markup alone, in order — markup characters, and what opens a line (heading, list). */
function discordLiveMarkup(markdown: string): string {
  return discordLive(markdown)
    .split("\n")
    .map(
      (line) =>
        `${/^\s*(#{1,3}|-#|[+-]|\d+\.)\s/.exec(line)?.[1] ?? ""}${line.replace(/[^`*_~|<>[\]@]/g, "")}`,
    )
    .join("\n");
}

function discordMarkdownFields(reply: Reply): string[] {
  const out: string[] = [];
  for (const message of [renderDiscord(reply), renderDiscordMore(reply)]) {
    if (message.content) out.push(message.content);
    for (const embed of message.embeds) {
      // Footer and author are shown as plain text by Discord; everything else is markdown.
      out.push(embed.title ?? "", embed.description ?? "");
      for (const field of embed.fields ?? []) out.push(field.name, field.value);
    }
  }
  return out;
}

/** Slack: `<…>` is a link or mention and `&` starts an entity; every other `<`, `>`, `&` must be escaped. */
function slackLive(text: string): string[] {
  const live = [...text.matchAll(/<([^>]*)>/g)].map((m) => m[1]!);
  return live;
}

function slackTexts(reply: Reply): string[] {
  const message = renderSlack(reply);
  const texts = [message.text];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      const o = node as Record<string, unknown>;
      if (o.type === "mrkdwn" && typeof o.text === "string") texts.push(o.text);
      for (const v of Object.values(o)) walk(v);
    }
  };
  walk(message.blocks);
  return texts;
}

/** Slack markup with the bot's code-styled text elements read as plain text, and runs of plain text merged. */
function withoutCodeSpans(node: unknown): unknown {
  if (!node || typeof node !== "object") return node;
  if (!Array.isArray(node)) {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, withoutCodeSpans(v)]));
  }
  const plainText = (n: unknown) => {
    const o = n as { type?: unknown; style?: { code?: boolean } } | null;
    return o?.type === "text" && (!o.style || (o.style.code && Object.keys(o.style).length === 1));
  };
  const out: unknown[] = [];
  for (const n of node) {
    if (plainText(n)) {
      if (!plainText(out.at(-1))) out.push({ type: "text", text: "…" });
    } else out.push(withoutCodeSpans(n));
  }
  return out;
}

describe("every renderer, given outside text", () => {
  it("Discord: keeps exactly the bot's markup, so nothing typed or quoted is a link, mention or formatting", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const hostile = replies(text, (s) => s);
        const benign = replies(text, plain);
        hostile.forEach((reply, i) => {
          // Code spans are the bot's own and inert inside; how many a notice has may depend on what was
          // typed (a reply parsed from the text, such as a bad digest time, takes another branch for plain
          // letters), so they are left out of the comparison. Everything else must be the bot's alone.
          const noSpans = (markup: string) => markup.replace(/`/g, "");
          const got = discordMarkdownFields(reply).map(discordLiveMarkup).map(noSpans);
          const want = discordMarkdownFields(benign[i]!).map(discordLiveMarkup).map(noSpans);
          expect(got).toEqual(want);
          const live = discordMarkdownFields(reply).map(discordLive).join("\n");
          expect(live).not.toMatch(/https?:\/\/evil|<[@#!:t]|@everyone|@here/);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("Slack: only the bot's own links are live, and no mention or special command", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        for (const reply of replies(text, (s) => s)) {
          for (const mrkdwn of slackTexts(reply)) {
            for (const inner of slackLive(mrkdwn)) {
              expect(inner).toMatch(/^https:\/\/news\.example\/[^|]*\|/);
            }
            // Every & starts one of the three entities the bot writes.
            expect(mrkdwn.replace(/&(amp|lt|gt);/g, "")).not.toContain("&");
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("Slack: outside text is only ever rich text or plain_text, never mrkdwn, so it cannot format, link or mention", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const hostile = replies(text, (s) => s);
        const benign = replies(text, plain);
        hostile.forEach((reply, i) => {
          const message = renderSlack(reply);
          // Same markup with hostile text as with plain letters: mrkdwn, styles, links and mentions hold none of it.
          // Code spans are set aside as for Discord: a notice parsed from the text ("9AM …" is a time, "9xx" is
          // not) takes another branch for plain letters, with its own number of the bot's inert code spans.
          expect(withoutCodeSpans(markupOnly(message.blocks))).toEqual(
            withoutCodeSpans(markupOnly(renderSlack(benign[i]!).blocks)),
          );
          const elements = JSON.stringify(message.blocks);
          // Mentions and broadcasts exist only as explicit elements, and the bot adds none here.
          expect(elements).not.toMatch(/"type":"(user|usergroup|channel|broadcast|team)"/);
          for (const [, url] of elements.matchAll(/"type":"link","url":"([^"]*)"/g)) {
            expect(url).toMatch(/^https:\/\/news\.example\//);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it("terminal: no control character reaches the screen, so no colour, cursor move or hyperlink", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        for (const reply of replies(text, (s) => s)) {
          const out = renderShell(reply, { color: false });
          // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
          expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
