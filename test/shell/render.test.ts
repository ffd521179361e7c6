import { describe, expect, it } from "vitest";
import { renderAnswer, renderReply, sanitize } from "../../adapters/shell/render.js";
import type { Reply } from "../../src/commands/reply.js";
import { COMMANDS } from "../../src/commands/table.js";
import { helpReply } from "../../src/commands/utility.js";
import type { Answered, AnswerResult, SourceListing } from "../../src/types.js";
import { answered, noAnswer, overLong, quote003, quote004, withConflict } from "../fixtures/answers.js";
import {
  digestReply,
  GOLDEN_REPLIES,
  oneArticleDigest,
  quoteOnly,
  quoteUntitled,
} from "../fixtures/replies.js";

const plain = { color: false };
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for ANSI escapes is the point
const ANSI = /\u001b\[/;

const listing004: SourceListing = {
  articleId: quote004.articleId,
  title: quote004.title,
  publisher: quote004.publisher,
  published: quote004.published,
  articleUrl: quote004.articleUrl,
  aiGenerated: true,
  url: quote004.articleUrl ?? "",
  passages: 12,
};

describe("renderAnswer", () => {
  it("renders a plain answer: short answer, quote, source, link, agreement", () => {
    expect(renderAnswer(answered, plain)).toBe(
      [
        "seven years",
        `  “${quote003.text}”`,
        "  — makhanamornings.in, 2025-11-04",
        `    ${quote003.url}`,
        "  2 of 5 sources agree.",
      ].join("\n"),
    );
  });

  it("says only this source states it when no other source says anything on it", () => {
    const lone = renderAnswer({ ...answered, agreement: { sources: 1, of: 5 }, conflicts: [] }, plain);
    expect(lone).toContain("  Only this source states it.");
    expect(lone).not.toContain("1 of 5");
  });

  it("renders a conflict naming both values, their sources and the AI flag", () => {
    expect(renderAnswer(withConflict, plain)).toBe(
      [
        "$38 billion",
        "  “This partnership is valued at $38 billion.”",
        "  — article 001_d560d490478c0a15",
        "    http://localhost:3000/sources/001_d560d490478c0a15#p-2",
        "  4 of 5 sources agree.",
        "  ⚠ Sources disagree on deal value:",
        "    $38 billion — article 001_d560d490478c0a15; makhanamornings.in, 2025-11-04",
        "    $3.8 billion — Nishadil, 2025-11-04 [AI-generated, says the publisher]",
        "  Also:",
        `    “${quote003.text}”`,
        "    — makhanamornings.in, 2025-11-04",
        `      ${quote003.url}`,
      ].join("\n"),
    );
  });

  it("renders no answer with its reason and suggestions, without echoing the question's markup", () => {
    const text = renderAnswer(noAnswer, plain);
    expect(text).toBe(
      [
        "No answer: None of the 5 articles gives an interest rate.",
        "  Try: /deal value, /deal timeline",
      ].join("\n"),
    );
    expect(text).not.toContain("<!channel>");
  });

  it("caps an over-long answer: the short answer is cut and supporting quotes are counted", () => {
    const text = renderAnswer(overLong, plain);
    const lines = text.split("\n");
    expect(lines[0]?.length).toBeLessThanOrEqual(300);
    expect(lines[0]?.endsWith("…")).toBe(true);
    expect(text).toContain("…and 36 more.");
    // Best quote plus three supporting ones, each three lines.
    expect(text.match(/“/g)).toHaveLength(4);
    expect(lines.length).toBeLessThan(20);
  });

  it("uses colour only when asked", () => {
    expect(renderAnswer(withConflict, plain)).not.toMatch(ANSI);
    const coloured = renderAnswer(withConflict, { color: true });
    expect(coloured).toMatch(ANSI);
    expect(coloured).toContain("\u001b[1m$38 billion\u001b[22m");
  });

  it("turns control characters in article text into spaces so they cannot drive the terminal", () => {
    const evil: AnswerResult = {
      ...(answered as Answered),
      answer: "x\u001b[2Jy",
      quotes: [{ ...quote003, text: "a\u0007b\rc" }],
    };
    const text = renderAnswer(evil, plain);
    expect(text).not.toMatch(ANSI);
    expect(text).toContain("x [2Jy");
    expect(text).toContain("“a b c”");
  });
});

describe("renderReply", () => {
  it("renders help from the command table, one command a line", () => {
    const text = renderReply(helpReply(COMMANDS), plain);
    for (const command of COMMANDS)
      expect(text).toMatch(new RegExp(`^  ${command.name}\\b.*${command.description.slice(0, 20)}`, "m"));
    expect(text).toContain("/deal how many GPUs?");
    expect(text).not.toContain("`");
  });

  it("renders did-you-mean with the suggestions", () => {
    expect(renderReply({ type: "did_you_mean", input: "chipz", suggestions: ["chips"] }, plain)).toBe(
      "Unknown command “chipz”. Did you mean chips?",
    );
  });

  it.each([
    ["info", "ℹ"],
    ["success", "✓"],
    ["warning", "!"],
    ["error", "✗"],
  ] as const)("marks a %s notice with %s and drops code backticks", (tone, mark) => {
    expect(renderReply({ type: "notice", tone, text: "Use `/deal help`." }, plain)).toBe(
      `${mark} Use /deal help.`,
    );
  });

  it("numbers the sources with their links and AI flag", () => {
    expect(renderReply({ type: "sources", sources: [listing004] }, plain)).toBe(
      [
        `1. ${quote004.title} — Nishadil, 2025-11-04 [AI-generated, says the publisher]`,
        `   ${quote004.articleUrl} (12 passages)`,
      ].join("\n"),
    );
    expect(renderReply({ type: "sources", sources: [] }, plain)).toBe("No articles are loaded.");
  });

  it("renders an added article with its key sentence", () => {
    const text = renderReply({ type: "added", source: listing004, keySentence: quote004 }, plain);
    expect(text.split("\n")[0]).toBe("✓ Added:");
    expect(text).toContain(`Key sentence: “${quote004.text}”`);
  });

  it("renders a digest: new articles, changed facts and the fact card", () => {
    const reply: Reply = {
      type: "digest",
      digest: {
        date: "2025-11-05",
        timezone: "Europe/Berlin",
        newArticles: [{ source: listing004, gist: quote004 }],
        changedFacts: [{ label: "deal value", change: "now 4 of 6 sources agree", result: withConflict }],
        factCard: [
          { label: "Value", result: withConflict },
          { label: "Rate", result: noAnswer },
        ],
        empty: false,
      },
    };
    const text = renderReply(reply, plain);
    expect(text).toContain("Digest for 2025-11-05 (Europe/Berlin)");
    expect(text).toContain(`“${quote004.text}”`);
    expect(text).toContain("deal value: now 4 of 6 sources agree");
    expect(text).toContain("Value: $38 billion (4 of 5 agree) ⚠ sources disagree");
    expect(text).toContain("Rate: not in the sources");
  });

  it("says an empty digest has nothing new", () => {
    const reply: Reply = {
      type: "digest",
      digest: {
        date: "2025-11-05",
        timezone: "UTC",
        newArticles: [],
        changedFacts: [],
        factCard: [],
        empty: true,
      },
    };
    expect(renderReply(reply, plain)).toBe(
      "Digest for 2025-11-05 (UTC)\n  Nothing new since the last digest.",
    );
  });
});

describe("sanitize", () => {
  it("keeps emoji and punctuation", () => {
    expect(sanitize("🚀 $38 — “ok”")).toBe("🚀 $38 — “ok”");
  });
});

describe("renderReply on any text", () => {
  it("never throws and never lets a control character through (colour off)", async () => {
    const fc = await import("fast-check");
    const anyText = fc.string({ unit: "binary", maxLength: 200 });
    fc.assert(
      fc.property(anyText, anyText, anyText, (answer, text, about) => {
        const result: AnswerResult = {
          ...(withConflict as Answered),
          answer,
          quotes: [{ ...quote003, text }],
          conflicts: [{ ...withConflict.conflicts[0]!, about }],
        };
        const out = renderReply({ type: "answer", result }, plain);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
        expect(out.replace(/\n/g, "")).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      }),
    );
  });
});

describe("the shared reply set (golden)", () => {
  it("renders every reply of the shared set as pinned in golden/render.txt", async () => {
    const rendered = GOLDEN_REPLIES.map(({ name, reply }) => `=== ${name}\n${renderReply(reply, plain)}\n`);
    await expect(rendered.join("\n")).toMatchFileSnapshot("./golden/render.txt");
  });

  it("shows the quote of a digest fact found with no short answer", () => {
    expect(renderReply(digestReply, plain)).toContain(`  Said: “${quoteUntitled.text}” (2 of 5 agree)`);
  });

  it("names an untitled source by its opening words", () => {
    expect(renderReply({ type: "answer", result: quoteOnly }, plain)).toContain(`  — ${quoteUntitled.label}`);
  });
});

describe("a one-article story's digest", () => {
  it("shows the fact without an agreement count (no '1 of 1')", () => {
    const out = renderReply(oneArticleDigest, plain);
    expect(out).toContain("seven years");
    expect(out).not.toMatch(/1 of 1|of 1 source/);
  });
});
