import { describe, expect, it } from "vitest";
import { slackTextToPlain } from "../../adapters/slack/escape.js";
import { unwrapUrl } from "../../src/commands/unwrap-url.js";

describe("unwrapUrl", () => {
  it("takes the address out of Slack's and Discord's link markup", () => {
    expect(unwrapUrl("<https://x.example/a|x.example/a>")).toBe("https://x.example/a");
    expect(unwrapUrl(" <https://x.example/a> ")).toBe("https://x.example/a");
    expect(unwrapUrl("[the story](https://x.example/a?b=1)")).toBe("https://x.example/a?b=1");
    expect(unwrapUrl("this story (https://x.example/a)")).toBe("https://x.example/a");
    expect(unwrapUrl("https://x.example/a.")).toBe("https://x.example/a");
  });

  it("gives an address typed without a scheme https://, and leaves anything else for the fetcher to refuse", () => {
    expect(unwrapUrl("x.example/news/a")).toBe("https://x.example/news/a");
    expect(unwrapUrl("<x.example/news/a>")).toBe("https://x.example/news/a");
    expect(unwrapUrl("ftp://x.example/a")).toBe("ftp://x.example/a");
    expect(unwrapUrl("not an address")).toBe("not an address");
  });

  // An address keeps every character it has: Slack's <…> delimits it exactly, and parentheses that
  // balance belong to it; a code span (typed to stop Discord's preview) is markup, not address.
  it.each([
    ["<https://en.wikipedia.org/wiki/Deal_(finance)>", "https://en.wikipedia.org/wiki/Deal_(finance)"],
    [
      "<https://news.example.com/2025/(update)/deal|news.example.com/2025/(update)/deal>",
      "https://news.example.com/2025/(update)/deal",
    ],
    [
      "<https://en.wikipedia.org/wiki/Deal_(finance)|the article>",
      "https://en.wikipedia.org/wiki/Deal_(finance)",
    ],
  ])("keeps the parentheses of the Slack link %s", (text, url) => {
    expect(unwrapUrl(slackTextToPlain(text, "UBOT"))).toBe(url);
  });

  it.each([
    ["https://en.wikipedia.org/wiki/Deal_(finance)", "https://en.wikipedia.org/wiki/Deal_(finance)"],
    ["<https://en.wikipedia.org/wiki/Deal_(finance)>", "https://en.wikipedia.org/wiki/Deal_(finance)"],
    [
      "[the deal](https://en.wikipedia.org/wiki/Deal_(finance))",
      "https://en.wikipedia.org/wiki/Deal_(finance)",
    ],
    ["(see https://en.wikipedia.org/wiki/Deal_(finance)).", "https://en.wikipedia.org/wiki/Deal_(finance)"],
    ["`https://news.example.com/deal`", "https://news.example.com/deal"],
    ["```https://news.example.com/deal```", "https://news.example.com/deal"],
    ["`news.example.com/deal`", "https://news.example.com/deal"],
  ])("reads the Discord text %s as %s", (text, url) => {
    expect(unwrapUrl(text)).toBe(url);
  });
});
