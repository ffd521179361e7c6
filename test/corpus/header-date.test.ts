import { describe, expect, it } from "vitest";
import { headerDate } from "../../src/corpus/header-date.js";
import { parseArticle } from "../../src/corpus/parse-article.js";

const HEADLINE = "Harbor Bancorp to buy Northwind for $4.2 billion";

describe("headerDate", () => {
  it("reads a date line above the first sentence, with a label, a byline or a time stamp", () => {
    for (const [line, day] of [
      ["date 2025-09-09", "2025-09-09"],
      ["2025/09/09 18:16", "2025-09-09"],
      ["Writing Team : May 27, 2025 1:29:34 PM", "2025-05-27"],
      ["Published 12 Jan 2026, 09:14 GMT", "2026-01-12"],
      ["Updated: Tue 3 March 2026", "2026-03-03"],
      ["March 3, 2026", "2026-03-03"],
      ["Posted July 14, 2026 by ledger_larry", "2026-07-14"],
    ] as const) {
      expect(headerDate([HEADLINE, line])).toBe(day);
    }
  });

  it("reads the date field of a masthead line", () => {
    expect(headerDate([HEADLINE, "Quarry & Aggregates Weekly | Deals | August 4, 2026"])).toBe("2026-08-04");
    expect(
      headerDate(["Orlin Shipyards wins frigate order", "By Tove Marrak · 2 February 2027 · Defence"]),
    ).toBe("2027-02-02");
  });

  it("reads a date line below a photo caption and its credit", () => {
    expect(
      headerDate([
        "Vellbrook mill sold to Castaway Paper",
        "By Imke Durrant, Valley Gazette",
        "PHOTO: Workers leave the Vellbrook mill after the last shift before the sale.",
        "(Gazette photo by Rune Hasselt)",
        "September 30, 2026",
        "The Vellbrook paper mill has a new owner.",
      ]),
    ).toBe("2026-09-30");
  });

  it("reads a wire dateline opening the first paragraph, after a headline long enough to read as prose", () => {
    expect(
      headerDate([
        "Teskel Foods Completes Sale of Its Frozen Desserts Division to Pallin Brands for $610 Million in Cash and Stock",
        "NORTH BRANFORD, Conn. and TOLEDO, Ohio, May 12, 2026 (WIRE SERVICE) -- Teskel Foods today announced the sale.",
      ]),
    ).toBe("2026-05-12");
    expect(
      headerDate([HEADLINE, "HALIFAX, Nova Scotia, January 8, 2027 -- Northwind said on Monday it agreed."]),
    ).toBe("2027-01-08");
  });

  it("takes no date from a headline, a sentence, or a date without its day or year", () => {
    expect(headerDate(["Dunravel deal to close by March 3, 2026"])).toBeUndefined();
    expect(headerDate(["March 3, 2026 deadline looms for Zephra bid"])).toBeUndefined();
    expect(headerDate(["Published March 2026"])).toBeUndefined();
    expect(headerDate([HEADLINE, "Quarry Weekly | Deals | Aug 4"])).toBeUndefined();
    expect(headerDate(["Arlen Foods to buy Mossgiel — March 3, 2026"])).toBeUndefined();
    // A wire dateline without its year dates nothing: the year is not the reader's.
    expect(headerDate([HEADLINE, "OSLO, April 6 (Wire) - Northwind agreed to be bought."])).toBeUndefined();
    // Below the first sentence a date line is part of the text, not the page's header.
    expect(headerDate(["Teralith agreed to be bought for $48 a share.", "2026-02-10"])).toBeUndefined();
    // A sentence opening with a date is no dateline.
    expect(headerDate([HEADLINE, "On March 3, 2026 -- the vote -- shareholders said yes."])).toBeUndefined();
  });
});

describe("parseArticle with a header date", () => {
  it("dates an article without front matter from its date line, and front matter wins over it", () => {
    const body =
      "Mistral raises €1.7 billion\ndate 2025-09-09\nBy: Newswire\n\nMistral AI said on Tuesday that it raised €1.7 billion.\n";
    const plain = parseArticle(body, "503.txt");
    expect(plain.ok && plain.article.meta.published).toBe("2025-09-09");
    const fronted = parseArticle(`---\nid: x\npublished: 2025-09-10\n---\n${body}`, "x.md");
    expect(fronted.ok && fronted.article.meta.published).toBe("2025-09-10");
  });

  it("dates it from a bare date line, though cleaning drops that line as furniture", () => {
    const parsed = parseArticle(
      "Corlan Rail orders 40 trains\nBy Mira Oss\nOctober 2, 2026\n\nCorlan Rail ordered 40 trains on Thursday.\n",
      "corlan.txt",
    );
    expect(parsed.ok && parsed.article.meta.published).toBe("2026-10-02");
    expect(parsed.ok && parsed.article.passages.some((p) => p.text === "October 2, 2026")).toBe(false);
  });
});
