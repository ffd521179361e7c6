import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/parse-article.js";
import { profileArticle } from "../../src/stories/article-profile.js";

function profile(text: string, meta = "id: a\n") {
  const parsed = parseArticle(`---\n${meta}---\n${text}`, "a.md");
  if (!parsed.ok) throw new Error(parsed.error);
  return profileArticle(parsed.article);
}

describe("profileArticle", () => {
  it("counts names with their short forms and initials, and weighs names in the lead", () => {
    const p = profile(
      "Contoso Web Services signed a $12 billion hosting deal with Fabrikam.\nMuch later, Northwind was named once.\n" +
        "x.\ny.\nA paragraph far down names Northwind again.\n",
    );
    expect(p.names.get("contoso web services")).toBe(3);
    expect(p.names.get("cws")).toBe(3);
    expect(p.names.get("contoso")).toBe(3);
    expect(p.names.get("northwind")).toBe(4);
    expect(p.lead.has("fabrikam")).toBe(true);
    expect(p.figures.get("money:usd:12000000000")).toBe(1);
    expect(p.figureWords.get("money:usd:12000000000")).toEqual(["hosting deal"]);
  });

  it("does not take a capitalised sentence opener the article also writes in lower case for a name", () => {
    const p = profile("Analysts cheered the deal. Several analysts said Fabrikam overpaid.\n");
    expect(p.names.has("analysts")).toBe(false);
    expect(p.proper.has("fabrikam")).toBe(true);
  });

  it("takes a name that only opens sentences for proper when no dictionary has it", () => {
    const p = profile(
      "Forecasters expect rain. Harvestline agreed to buy Tidewater Kelp.\nHarvestline said the kelp farms grow.\n",
    );
    expect(p.proper.has("harvestline")).toBe(true);
    expect(p.proper.has("forecasters")).toBe(false);
  });

  it("keeps a round's series whole in what a figure is of, not a bare 'series'", () => {
    const p = profile("Lumora has closed a $600 million Series C, led by Brightwater.\n");
    expect(p.figureWords.get("money:usd:600000000")).toEqual(["Series C"]);
    const q = profile("Pellan sold $40 million Class B shares and took a $9 million loan.\n");
    expect(q.figureWords.get("money:usd:40000000")).toEqual(["Class B shares"]);
    expect(q.figureWords.get("money:usd:9000000")).toEqual(["loan"]);
  });

  it("takes no short form of a designation such as a round's series", () => {
    const p = profile("Quanta Robotics raised $300 million in a Series D round led by Pinecrest Capital.\n");
    expect(p.names.has("series")).toBe(false);
    expect(p.names.has("pinecrest")).toBe(true);
  });

  it("keeps the front matter's story and publication day", () => {
    const p = profile("Text.\n", "id: a\nstory: my-deal\npublished: 2025-09-10\n");
    expect(p.story).toBe("my-deal");
    expect(p.day).toBe(Date.parse("2025-09-10") / 86_400_000);
  });
});
