import { describe, expect, it } from "vitest";
import { publishedDay, sourceCredit, sourceTitle } from "../../src/view/source-name.js";

const id = "007_untitled";

describe("sourceTitle", () => {
  it("names an article by its title, then its opening words, then its publisher, then its id", () => {
    const label = "Untitled: “A groundbreaking agreement…”";
    expect(sourceTitle({ articleId: id, title: "T", label, publisher: "P" })).toBe("T");
    expect(sourceTitle({ articleId: id, label, publisher: "P" })).toBe(label);
    expect(sourceTitle({ articleId: id, publisher: "P" })).toBe("P");
    expect(sourceTitle({ articleId: id })).toBe("article 007_untitled");
  });
});

describe("sourceCredit", () => {
  it("credits a quote to its publisher, else to the article's name", () => {
    expect(sourceCredit({ articleId: id, title: "T", publisher: "P" })).toBe("P");
    expect(sourceCredit({ articleId: id, title: "T" })).toBe("T");
    expect(sourceCredit({ articleId: id, label: "Untitled: “x”" })).toBe("Untitled: “x”");
  });
});

describe("publishedDay", () => {
  it("keeps the calendar day of a date-time and leaves a missing date missing", () => {
    expect(publishedDay("2025-11-04T08:30:00Z")).toBe("2025-11-04");
    expect(publishedDay("2025-11-04")).toBe("2025-11-04");
    expect(publishedDay(undefined)).toBeUndefined();
  });
});
