import { describe, expect, it } from "vitest";
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
});
