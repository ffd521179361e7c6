import { describe, expect, it } from "vitest";
import { isFurnitureLine, removeFurniture } from "../../src/corpus/clean-furniture.js";

describe("isFurnitureLine", () => {
  it.each([
    "Share- Nishadil",
    "Share this article",
    "Share on Facebook",
    "- November 04, 2025",
    "4 Nov 2025",
    "Updated: 2025-11-04",
    "- 0 Comments",
    "12 comments",
    "- 2 minutes read",
    "5 min read",
    "- 6 Views",
    "1.2K shares",
    "Read More Articles Click Here. Read Previous Article Click Here.",
    "Also read: OpenAI signs with Oracle",
    "To see all our coverage, click here.",
    "Leave your thoughts",
    "Leave a Reply",
    "Post a comment",
    "Join the discussion",
    "Advertisement",
    "Subscribe to our newsletter",
    "Follow us on Google News",
  ])("recognises %j as furniture", (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it.each([
    "Amazon shares jumped 5% following the news.",
    "- Share of revenue: cloud sales rose 20% in the quarter.",
    "The deal was announced on November 3, 2025, in Seattle.",
    "Breakdown",
    "Read the fine print before you sign, analysts say, because the terms matter.",
    "Investors left their thoughts about the deal on social media.",
    "Subscribers to the service will get GPT-5 first.",
    "Follow the money, analysts say.",
    "- Enhanced Access: Indian developers may gain more reliable access.",
  ])("keeps %j as article text", (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });
});

describe("removeFurniture", () => {
  it("drops the furniture lines and keeps the story in order", () => {
    const blocks = [
      "Title",
      "Share- Nishadil",
      "- November 04, 2025",
      "- 0 Comments",
      "First sentence.",
      "- 6 Views",
    ];
    expect(removeFurniture(blocks)).toEqual(["Title", "First sentence."]);
  });
});
