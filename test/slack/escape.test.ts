import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  clip,
  escapeClip,
  escapeMrkdwn,
  fallbackClip,
  slackTextToPlain,
} from "../../adapters/slack/escape.js";

describe("escapeMrkdwn", () => {
  it("escapes &, < and > and nothing else", () => {
    expect(escapeMrkdwn(`<!channel> <@U1> a & b "q" 'x'`)).toBe(
      `&lt;!channel&gt; &lt;@U1&gt; a &amp; b "q" 'x'`,
    );
  });
});

describe("escapeClip", () => {
  it("never exceeds the limit, never splits an entity, and never leaves a raw < or >", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.integer({ min: 1, max: 60 }), (text, max) => {
        const out = escapeClip(text, max);
        expect(out.length).toBeLessThanOrEqual(Math.max(max, 1));
        expect(out).not.toMatch(/[<>]/);
        expect(out.replace(/&(amp|lt|gt);/g, "")).not.toContain("&");
      }),
    );
  });

  it("ends a cut text with an ellipsis", () => {
    expect(escapeClip("a<b<c<d", 6)).toBe("a&lt;…");
  });
});

describe("clip", () => {
  it("cuts by characters, not UTF-16 units, and returns nothing for a zero budget", () => {
    expect(clip("😀😀😀", 2)).toBe("😀…");
    expect(clip("abc", 0)).toBe("");
    expect(clip("abc", 3)).toBe("abc");
  });
});

describe("slackTextToPlain", () => {
  it("strips the bot's own mention, reduces links to their address and decodes Slack's entities", () => {
    expect(slackTextToPlain("<@UBOT> what about <https://x.com|x.com> &amp; AT&amp;T &lt;3?", "UBOT")).toBe(
      "what about https://x.com & AT&T <3?",
    );
    expect(slackTextToPlain("add <https://x.com/a|this story> <mailto:a@x.com|a@x.com>")).toBe(
      "add this story (https://x.com/a) a@x.com",
    );
  });

  it("keeps other mentions and specials as typed, for the renderer to escape", () => {
    expect(slackTextToPlain("<@UBOT|bot> <!channel> ask <@U2>", "UBOT")).toBe("<!channel> ask <@U2>");
  });
});

describe("fallbackClip", () => {
  it("leaves no mrkdwn marker in outside text, escapes & < >, and cuts like escapeClip", () => {
    const out = fallbackClip("a *huge* _deal_ ~not~ `code` <!channel> & co", 200);
    expect(out).toBe("a ∗huge∗ ＿deal＿ ∼not∼ ˋcodeˋ &lt;!channel&gt; &amp; co");
    expect(out).not.toMatch(/[*_~`<>]/);
    expect(fallbackClip("*".repeat(50), 10)).toBe(`${"∗".repeat(9)}…`);
  });
});
