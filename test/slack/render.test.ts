import { describe, expect, it } from "vitest";
import type { Block } from "../../adapters/slack/blocks.js";
import { renderAnswer, renderMoreSources, renderReply } from "../../adapters/slack/render.js";
import type { Answered } from "../../src/types.js";
import { answered, noAnswer, overLong, quote003, withConflict } from "../fixtures/answers.js";
import {
  digestReply,
  GOLDEN_REPLIES,
  oneArticleDigest,
  quoteOnly,
  quoteUntitled,
} from "../fixtures/replies.js";
import { markupOnly, shownTexts } from "./shown.js";

const QUOTE003_URL = quote003.url;
const rich = (...elements: unknown[]) => ({
  type: "rich_text",
  elements: [{ type: "rich_text_section", elements }],
});
const t = (text: string, style?: Record<string, boolean>) =>
  style ? { type: "text", text, style } : { type: "text", text };

/** Every text a message carries (mrkdwn, rich text, plain_text), for limit checks. */
function texts(blocks: Block[]): string[] {
  return JSON.stringify(blocks)
    .match(/"text":"(?:[^"\\]|\\.)*"/g)!
    .map((t) => JSON.parse(`{${t}}`).text as string);
}

/** Characters a block holds: its texts plus link URLs, as the rich text limit counts them. */
function blockSize(block: Block): number {
  return (JSON.stringify(block).match(/"(text|url)":"(?:[^"\\]|\\.)*"/g) ?? [])
    .map((m) => Object.values(JSON.parse(`{${m}}`) as Record<string, string>)[0] ?? "")
    .reduce((n, v) => n + v.length, 0);
}

/** What a rich text or mrkdwn block shows, per block (see shown.ts). */
const shownOf = (blocks: Block[]) => shownTexts(blocks);

describe("renderAnswer", () => {
  it("pins an answer: bold short answer, the quote, a linked source with date, agreement", () => {
    expect(renderAnswer(answered, { moreSources: "V" })).toEqual({
      text: "seven years: “The company has signed a seven-year, $38 billion cloud services agreement with Amazon, securing access to hundreds of thousands of Nvidia chips to train and deploy its next generation of AI models.” (makhanamornings.in; 2 of 5 sources agree)",
      blocks: [
        rich(t("seven years", { bold: true })),
        { type: "rich_text", elements: [{ type: "rich_text_quote", elements: [t(quote003.text)] }] },
        rich(
          { type: "link", url: QUOTE003_URL, text: "makhanamornings.in" },
          t(" · 2025-11-04"),
          t("\n"),
          { type: "emoji", name: "white_check_mark" },
          t(" "),
          t("2 of 5", { bold: true }),
          t(" sources agree"),
        ),
        // One quote and no conflict: no "More sources" button, there is nothing more.
      ],
    });
  });

  it("pins an answer with a conflict: names both values, their sources, and flags the AI-generated one", () => {
    const { blocks, text } = renderAnswer(withConflict, { moreSources: "V" });
    expect(text).toBe(
      "$38 billion: “This partnership is valued at $38 billion.” (article 001＿d560d490478c0a15; 4 of 5 sources agree) Sources disagree on deal value.",
    );
    expect(blocks.map((b) => b.type)).toEqual([
      "rich_text",
      "rich_text",
      "rich_text",
      "rich_text",
      "actions",
    ]);
    expect(shownOf(blocks)[3]).toBe(
      ":warning: *Sources disagree on deal value:* *$38 billion* in " +
        "<http://localhost:3000/sources/001_d560d490478c0a15#p-2|article 001_d560d490478c0a15>, " +
        `<${QUOTE003_URL}|makhanamornings.in> vs *$3.8 billion* in ` +
        "<https://nishadil.com/news/a-cloud-giant-rises-openais-3-8-billion-bet-on-amazon-web-services/34f371564ae86d19bb2ba7be9aeede32#:~:text=And%20honestly%2C%20it's%20not,appetite%20for%20AI%20computing.|Nishadil> (AI-generated source)",
    );
    expect(blocks[4]).toEqual({
      type: "actions",
      elements: [
        {
          type: "button",
          action_id: "deal_more_sources",
          text: { type: "plain_text", text: "More sources" },
          value: "V",
        },
      ],
    });
  });

  it("pins a no_answer: says so, gives the reason and suggests commands, never echoing <!channel>", () => {
    const message = renderAnswer(noAnswer);
    expect(message.text).toBe(
      "I couldn't find that in the articles. None of the 5 articles gives an interest rate.",
    );
    expect(message.blocks).toEqual([
      rich(
        { type: "emoji", name: "mag" },
        t(" "),
        t("I couldn't find that in the articles.", { bold: true }),
        t(" None of the 5 articles gives an interest rate."),
      ),
      rich(
        t("Try "),
        t("/deal value", { code: true }),
        t(", "),
        t("/deal timeline", { code: true }),
        t(", "),
        t("/deal help", { code: true }),
        t("."),
      ),
    ]);
  });

  it("keeps an over-long answer within 50 blocks and 3,000 characters a text, escaping its mentions", () => {
    const { blocks, text } = renderAnswer(overLong, { moreSources: "V", share: "S" });
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const t of texts(blocks)) expect(t.length).toBeLessThanOrEqual(3000);
    expect(text.length).toBeLessThanOrEqual(3000);
    for (const block of blocks) expect(blockSize(block)).toBeLessThanOrEqual(3000);
    // Mentions in the article are shown as written in rich text, and are never markup Slack parses.
    const live = JSON.stringify(markupOnly({ blocks, text }));
    expect(live).not.toContain("<@U123>");
    expect(live).not.toContain("<!here>");
    expect(live).not.toMatch(/"type":"(user|broadcast)"/);
    expect(text).toContain("&lt;@U123&gt;");
    expect(shownOf(blocks).join("\n")).toContain("<@U123>");
    expect(blocks.at(-1)?.type).toBe("actions");
  });

  it("shows an article's *, _, ~, ` and a line-start > as written: in rich text, never in mrkdwn", () => {
    const sentence = "Shares *rose* _20%_ ~fell~ `up`\n> and <https://evil.example|here> <!channel>";
    const hostile = { ...quote003, text: sentence, title: "*T*", publisher: "_P_" };
    const { blocks } = renderAnswer({ ...(answered as Answered), answer: "*$1*", quotes: [hostile] });
    expect(blocks[0]).toEqual(rich(t("*$1*", { bold: true })));
    expect(blocks[1]).toEqual({
      type: "rich_text",
      elements: [{ type: "rich_text_quote", elements: [t(sentence)] }],
    });
    expect(JSON.stringify(blocks)).not.toContain('"mrkdwn"');
    expect(JSON.stringify(blocks)).not.toContain('"url":"https://evil');
  });

  it("adds Share only when asked and attributes a shared answer to a well-formed user ID alone", () => {
    const shared = renderAnswer(answered, { sharedBy: { userId: "U0ABC", question: "/deal <!here> years" } });
    expect(shared.blocks.at(-1)).toEqual(
      rich(t("Shared by "), { type: "user", user_id: "U0ABC" }, t(" · asked: “/deal <!here> years”")),
    );
    const forged = renderAnswer(answered, { sharedBy: { userId: "U1> <!channel", question: "q" } });
    expect(JSON.stringify(forged)).not.toContain("<!channel");
    expect(JSON.stringify(forged)).not.toContain('"type":"user"');
  });
});

describe("renderMoreSources", () => {
  it("lists the supporting quotes and then the disagreeing ones", () => {
    const all = shownOf(renderMoreSources(withConflict).blocks).join("\n");
    expect(all).toContain(">This partnership is valued at $38 billion.");
    expect(all).toContain("*Stating $3.8 billion instead:*");
    expect(all.indexOf("$38 billion cloud services")).toBeLessThan(all.indexOf("colossal $3.8 billion"));
  });

  it("truncates 40 quotes to 50 blocks and says how many passages are not shown", () => {
    const { blocks } = renderMoreSources(overLong);
    expect(blocks).toHaveLength(50);
    expect(texts(blocks).at(-1)).toBe("…32 more passages not shown");
    for (const block of blocks) expect(blockSize(block)).toBeLessThanOrEqual(3000);
    expect(JSON.stringify(markupOnly(blocks))).not.toContain("<!here>");
  });
});

describe("renderReply", () => {
  it("renders help with one line per command, usage escaped", () => {
    const { blocks } = renderReply({
      type: "help",
      intro: "Ask me anything.",
      commands: [
        { name: "value", description: "What the deal is worth" },
        { name: "ask", description: "Ask a question", usage: "<question>" },
      ],
    });
    expect(texts(blocks)).toContain(
      "• `/deal value` — What the deal is worth\n• `/deal ask &lt;question&gt;` — Ask a question",
    );
  });

  it("renders a notice with its tone, as written in the blocks and escaped in the fallback", () => {
    const notice = renderReply({ type: "notice", tone: "warning", text: "a <!channel> & *b*" });
    expect(notice.text).toBe(":warning: a &lt;!channel&gt; &amp; *b*");
    expect(notice.blocks).toEqual([rich({ type: "emoji", name: "warning" }, t(" a <!channel> & *b*"))]);
  });

  it("renders the core's code spans in a notice as code and the rest as written", () => {
    const notice = renderReply({
      type: "notice",
      tone: "success",
      text: "Done. `/deal unfollow` stops *it*.",
    });
    expect(notice.blocks).toEqual([
      rich(
        { type: "emoji", name: "white_check_mark" },
        t(" Done. "),
        t("/deal unfollow", { code: true }),
        t(" stops *it*."),
      ),
    ]);
  });

  it("renders did-you-mean with the suggested commands, the typed input as code", () => {
    const reply = renderReply({ type: "did_you_mean", input: "chip_z*", suggestions: ["chips"] });
    // In the notification text (mrkdwn), the typed markers are look-alikes that format nothing.
    expect(reply.text).toBe("I don't know `chip＿z∗`. Did you mean `/deal chips`?");
    expect(reply.blocks).toEqual([
      rich(
        t("I don't know "),
        t("chip_z*", { code: true }),
        t(". Did you mean "),
        t("/deal chips", { code: true }),
        t("?"),
      ),
    ]);
  });

  it("renders the list of sources with links, publisher, date and the AI flag", () => {
    const { blocks } = renderReply({
      type: "sources",
      sources: [{ ...quote003, url: "https://example.com/a", passages: 12, aiGenerated: true }],
    });
    expect(shownOf(blocks)[1]).toBe(
      `• <https://example.com/a|${quote003.title}> · makhanamornings.in · 2025-11-04 · 12 passages · :robot_face: AI-generated`,
    );
  });

  it("renders an added source with its key sentence", () => {
    const { blocks } = renderReply({
      type: "added",
      source: { ...quote003, url: "https://example.com/a", passages: 3 },
      keySentence: quote003,
    });
    expect(shownOf(blocks)[0]).toBe(
      `:white_check_mark: Added <https://example.com/a|${quote003.title}> (3 passages).`,
    );
    expect(shownOf(blocks)[1]).toBe(`>${quote003.text}`);
  });

  it("renders a digest with a header, new articles, changes and the fact card", () => {
    const { blocks, text } = renderReply({
      type: "digest",
      digest: {
        date: "2025-11-05",
        timezone: "Europe/Berlin",
        newArticles: [{ source: { ...quote003, url: "https://example.com/a", passages: 3 }, gist: quote003 }],
        changedFacts: [{ label: "deal value", change: "now 4 of 6 sources agree", result: withConflict }],
        factCard: [
          { label: "deal value", result: withConflict },
          { label: "rate", result: noAnswer },
        ],
        empty: false,
      },
    });
    expect(blocks[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: "Deal digest · 2025-11-05" },
    });
    const all = shownOf(blocks).join("\n");
    expect(all).toContain(
      `• <https://example.com/a|${quote003.title}> · makhanamornings.in\n>${quote003.text}`,
    );
    expect(all).toContain("• *deal value:* now 4 of 6 sources agree");
    expect(all).toContain("• *deal value:* $38 billion (4 of 5 agree) · :warning: sources disagree");
    expect(all).toContain("• *rate:* _no answer in the articles_");
    expect(text).toBe("Deal digest 2025-11-05: 1 new articles, 1 changed facts.");
  });
});

describe("conflict warnings", () => {
  it("drop whole links rather than cut one when long URLs would pass 3,000 characters", () => {
    const longUrl = `https://example.com/${"a".repeat(900)}`;
    const value = (v: string) => ({
      value: v,
      articleIds: ["x"],
      quotes: [1, 2, 3, 4].map((n) => ({ ...quote003, passageId: `x:${n}`, url: longUrl })),
      aiGenerated: false,
    });
    const result = {
      ...withConflict,
      conflicts: [{ about: "deal value", values: [value("$1"), value("$2"), value("$3")] }],
    };
    const { blocks } = renderAnswer(result);
    const index = shownOf(blocks).findIndex((t) => t.startsWith(":warning:"));
    const warning = shownOf(blocks)[index] ?? "";
    expect(blockSize(blocks[index]!)).toBeLessThanOrEqual(3000);
    expect(warning).toContain("*$3* in ");
    expect(warning).toMatch(/ and \d more/);
    // Every link that was started is closed.
    expect(warning.split("<").length).toBe(warning.split(">").length);
  });
});

describe("the shared reply set (golden)", () => {
  it("renders every reply of the shared set as pinned in golden/render.json", async () => {
    const rendered = GOLDEN_REPLIES.map(({ name, reply }) => ({ name, message: renderReply(reply) }));
    await expect(`${JSON.stringify(rendered, null, 2)}\n`).toMatchFileSnapshot("./golden/render.json");
  });

  it("shows the quote of a digest fact found with no short answer", () => {
    const card = shownOf(renderReply(digestReply).blocks).find((t) => t.includes("*Said:*"));
    expect(card).toContain(`*Said:* “${quoteUntitled.text}” (2 of 5 agree)`);
  });

  it("names an untitled source by its opening words in listings and quotes alike", () => {
    const all = shownOf(renderReply({ type: "answer", result: quoteOnly }).blocks).join("\n");
    expect(all).toContain(`|${quoteUntitled.label}>`);
  });
});

describe("a one-article story's digest", () => {
  it("shows the fact without an agreement count (no '1 of 1')", () => {
    const out = JSON.stringify(renderReply(oneArticleDigest));
    expect(out).toContain("seven years");
    expect(out).not.toMatch(/1 of 1|of 1 source/);
  });
});
