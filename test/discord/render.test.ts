import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { embedsLength, LIMITS } from "../../adapters/discord/limits.js";
import {
  answerButtons,
  COLORS,
  type RenderedMessage,
  renderMoreSources,
  renderReply,
} from "../../adapters/discord/render.js";
import type { Reply } from "../../src/commands/reply.js";
import type { Answered, AnswerResult } from "../../src/types.js";
import { answered, noAnswer, overLong, quote003, quote004, withConflict } from "../fixtures/answers.js";
import {
  digestReply,
  GOLDEN_REPLIES,
  oneArticleDigest,
  quoteOnly,
  quoteUntitled,
} from "../fixtures/replies.js";

const answer = (result: AnswerResult): Reply => ({ type: "answer", result });

/** Asserts every Discord limit on a rendered message. */
function expectWithinLimits(message: RenderedMessage): void {
  expect(message.embeds.length).toBeGreaterThan(0);
  expect(message.embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
  expect(embedsLength(message.embeds)).toBeLessThanOrEqual(LIMITS.total);
  expect((message.content ?? "").length).toBeLessThanOrEqual(LIMITS.content);
  for (const embed of message.embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.title);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
    expect(embed.author?.name.length ?? 0).toBeLessThanOrEqual(LIMITS.author);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
  }
}

describe("renderReply for answers", () => {
  it("pins an answer: short answer as linked title, block-quoted sentence, source fields, agreement", () => {
    expect(renderReply(answer(answered))).toEqual({
      embeds: [
        {
          author: { name: "how many years is the agreement?" },
          title: "seven years",
          url: quote003.url,
          color: COLORS.answer,
          description:
            "> The company has signed a seven-year, $38 billion cloud services agreement with Amazon, securing " +
            "access to hundreds of thousands of Nvidia chips to train and deploy its next generation of AI models." +
            `\n— [makhanamornings.in · 2025-11-04](${quote003.url})`,
          fields: [
            {
              name: "1. makhanamornings.in · 2025-11-04",
              value: `[Open AI Strikes $38 Billion Cloud Deal With Amazon To Power The Next Wave Of AI](${quote003.url})`,
            },
          ],
          footer: { text: "2 of 5 sources agree" },
        },
      ],
    });
  });

  it("pins a conflict: a warning-coloured embed naming both values and their sources", () => {
    const { embeds } = renderReply(answer(withConflict));
    expect(embeds).toHaveLength(2);
    expect(embeds[0]).toMatchObject({ title: "$38 billion", color: COLORS.answer });
    expect(embeds[0]!.footer).toEqual({ text: "4 of 5 sources agree" });
    expect(embeds[1]).toEqual({
      title: "⚠️ Sources disagree about deal value",
      color: COLORS.warning,
      description:
        "**$38 billion** — 2 sources: " +
        "[article 001\\_d560d490478c0a15](http://localhost:3000/sources/001_d560d490478c0a15#p-2), " +
        `[makhanamornings.in](${quote003.url})\n` +
        `**$3.8 billion** — 1 source: [Nishadil](${quote004.url}) (⚠️ AI-generated text)`,
    });
  });

  it("pins a no_answer: the reason, commands to try, the question as typed", () => {
    expect(renderReply(answer(noAnswer))).toEqual({
      embeds: [
        {
          author: { name: "<!channel> what is the interest rate?" },
          title: "Not found in the sources",
          color: COLORS.noAnswer,
          description:
            "None of the 5 articles gives an interest rate.\n\nTry `/deal value` · `/deal timeline`",
          fields: [],
          footer: { text: "Searched 5 sources" },
        },
      ],
    });
  });

  it("fits an over-long answer within every limit, cutting with an ellipsis", () => {
    const message = renderReply(answer(overLong));
    expectWithinLimits(message);
    const [embed] = message.embeds;
    expect(embed!.title!.length).toBeLessThanOrEqual(LIMITS.title);
    expect(embed!.title!.endsWith("…")).toBe(true);
    expect(embed!.author!.name.endsWith("…")).toBe(true);
    expect(embed!.fields).toHaveLength(3);
    expect(embed!.footer!.text).toBe("5 of 5 sources agree · 37 more under More sources");
  });

  it("escapes markdown in article text so it renders as written", () => {
    const result = { ...answered, quotes: [{ ...quote003, text: "Shares *jumped* 5% on __Monday__." }] };
    const { embeds } = renderReply(answer(result));
    expect(embeds[0]!.description).toMatch(/^> Shares \\\*jumped\\\* 5% on \\_\\_Monday\\_\\_\./);
  });
});

describe("renderMoreSources", () => {
  it("lists every quote of an answer and of its conflict, once each", () => {
    const { embeds } = renderMoreSources(answer(withConflict));
    expect(embeds[0]!.title).toBe("Sources for: how much is the deal worth?");
    expect(embeds[0]!.fields!.map((f) => f.name)).toEqual([
      "1. article 001\\_d560d490478c0a15",
      "2. makhanamornings.in · 2025-11-04",
      "3. Nishadil · 2025-11-04",
    ]);
    expect(embeds[0]!.fields![2]!.value).toContain("⚠️ AI-generated text");
  });

  it("shows as many of 40 sources as fit and says how many", () => {
    const message = renderMoreSources(answer(overLong));
    expectWithinLimits(message);
    const shown = message.embeds.flatMap((e) => e.fields ?? []).length;
    expect(shown).toBeGreaterThan(5);
    expect(message.embeds.at(-1)!.footer!.text).toBe(`Showing ${shown} of 40 sources`);
  });
});

describe("renderReply for other replies", () => {
  it("renders a notice in its tone's colour, markdown kept", () => {
    expect(renderReply({ type: "notice", tone: "error", text: "Use `/deal add <url>`." })).toEqual({
      embeds: [{ color: COLORS.error, description: "Use `/deal add <url>`." }],
    });
  });

  it("renders did-you-mean with the suggested commands, in words that fit a command or a story's name", () => {
    const { embeds } = renderReply({ type: "did_you_mean", input: "markt", suggestions: ["market"] });
    expect(embeds[0]!.description).toBe("I don't know `markt`. Did you mean `/deal market`?");
    const story = renderReply({ type: "did_you_mean", input: "acme-bx", suggestions: ["follow acme-b"] });
    expect(story.embeds[0]!.description).toBe("I don't know `acme-bx`. Did you mean `/deal follow acme-b`?");
  });

  it("renders the source list with links, publishers and AI flags", () => {
    const { embeds } = renderReply({
      type: "sources",
      sources: [{ ...quote004, url: quote004.articleUrl!, passages: 12 }],
    });
    expect(embeds[0]!.title).toBe("Sources (1)");
    expect(embeds[0]!.description).toBe(
      `1. [A Cloud Giant Rises: OpenAI's $3.8 Billion Bet on Amazon Web Services](${quote004.articleUrl}) — ` +
        "Nishadil · 2025-11-04 · ⚠️ AI-generated text",
    );
  });

  it("escapes a story's title in embed titles (a title made of an article's headline is outside text)", () => {
    const title = "**pwned** ||hidden|| __under__ ~~struck~~ `code`";
    const sources = renderReply({ type: "sources", sources: [], story: { id: "pwned", title } });
    const digest = renderReply({
      type: "digest",
      digest: {
        date: "2025-11-05",
        timezone: "UTC",
        story: { id: "pwned", title },
        newArticles: [],
        changedFacts: [],
        factCard: [],
        empty: true,
      },
    });
    for (const shown of [sources.embeds[0]!.title!, digest.embeds[0]!.title!]) {
      expect(shown).toContain("pwned");
      // With every escaped character taken out, no markup is left for Discord to format.
      expect(shown.replace(/\\[^A-Za-z0-9\s]/g, "")).not.toMatch(/\*\*|\|\||__|~~|`/);
    }
  });

  it("renders an empty digest and a digest with news within limits", () => {
    const empty = renderReply({
      type: "digest",
      digest: {
        date: "2025-11-05",
        timezone: "UTC",
        newArticles: [],
        changedFacts: [],
        factCard: [],
        empty: true,
      },
    });
    expect(empty.embeds[0]!.description).toBe("Nothing new since the last digest.");

    const full = renderReply({
      type: "digest",
      digest: {
        date: "2025-11-05",
        timezone: "Europe/Berlin",
        newArticles: Array.from({ length: 60 }, () => ({
          source: { ...quote003, url: quote003.articleUrl!, passages: 9 },
        })),
        changedFacts: [{ label: "deal value", change: "now 4 of 5 sources agree", result: withConflict }],
        factCard: [{ label: "deal value", result: withConflict }],
        empty: false,
      },
    });
    expectWithinLimits(full);
    const [news, changed, card] = full.embeds[0]!.fields!;
    expect(news!.value).toMatch(/…and \d+ more$/);
    expect(changed!.value).toBe("**deal value**: now 4 of 5 sources agree");
    expect(card!.value).toBe(
      "**deal value**: $38 billion (4 of 5 agree) — " +
        "[article 001\\_d560d490478c0a15](http://localhost:3000/sources/001_d560d490478c0a15#p-2) · ⚠️ sources disagree",
    );
  });
});

describe("answerButtons", () => {
  it("offers Share in channel only where asked, with custom ids within 100 characters", () => {
    const [row] = answerButtons("zz9", { share: true });
    expect(row!.components.map((b) => ("custom_id" in b ? b.custom_id : ""))).toEqual([
      "deal:share:zz9",
      "deal:more:zz9",
    ]);
    expect(answerButtons("zz9", { share: false })[0]!.components).toHaveLength(1);
  });
});

describe("any answer", () => {
  const text = fc.string({ maxLength: 3000, unit: "grapheme" });
  const quote = fc.record({
    text: fc.string({ maxLength: 400 }),
    publisher: fc.option(text, { nil: undefined }),
    title: fc.option(text, { nil: undefined }),
  });
  it("renders within Discord's limits", () => {
    fc.assert(
      fc.property(text, text, fc.array(quote, { minLength: 1, maxLength: 60 }), (question, short, quotes) => {
        const result: Answered = {
          ...(withConflict as Answered),
          question,
          answer: short,
          quotes: quotes.map((q, i) => ({ ...quote003, ...q, passageId: `p:${i}` })),
        };
        expectWithinLimits(renderReply(answer(result)));
        expectWithinLimits(renderMoreSources(answer(result)));
      }),
      { numRuns: 150 },
    );
  });
});

describe("the shared reply set (golden)", () => {
  it("renders every reply of the shared set within limits, as pinned in golden/render.json", async () => {
    const rendered = GOLDEN_REPLIES.map(({ name, reply }) => ({ name, message: renderReply(reply) }));
    for (const { message } of rendered) expectWithinLimits(message);
    await expect(`${JSON.stringify(rendered, null, 2)}\n`).toMatchFileSnapshot("./golden/render.json");
  });

  it("shows the quote of a digest fact found with no short answer", () => {
    const card = renderReply(digestReply).embeds[0]!.fields!.find((f) => f.name === "Fact card")!;
    expect(card.value).toContain(`**Said**: “${quoteUntitled.text}” (2 of 5 agree)`);
  });

  it("names an untitled source by its opening words", () => {
    const [embed] = renderReply({ type: "answer", result: quoteOnly }).embeds;
    expect(embed!.description).toContain(`[${quoteUntitled.label}](`);
  });
});

describe("a one-article story's digest", () => {
  it("shows the fact without an agreement count (no '1 of 1')", () => {
    const out = JSON.stringify(renderReply(oneArticleDigest));
    expect(out).toContain("seven years");
    expect(out).not.toMatch(/1 of 1|of 1 source/);
  });
});
