import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/parse-article.js";
import { profileArticle } from "../../src/stories/article-profile.js";
import { describeStory, slugify } from "../../src/stories/describe-story.js";

function profile(id: string, text: string, published?: string) {
  const meta = `id: ${id}\n${published ? `published: ${published}\n` : ""}`;
  const parsed = parseArticle(`---\n${meta}---\n${text}`, `${id}.md`);
  if (!parsed.ok) throw new Error(parsed.error);
  return profileArticle(parsed.article);
}

describe("describeStory", () => {
  it("titles a story by its two parties and the amount most articles state, with what it is of", () => {
    const story = describeStory([
      profile(
        "a",
        "Contoso agrees $4 billion takeover of Fabrikam.\nAnalysts said Fabrikam was cheap.\n",
        "2025-05-02",
      ),
      profile(
        "b",
        "Fabrikam accepts a $4 billion takeover from Contoso, with Northwind advising.\n",
        "2025-05-01",
      ),
      profile("c", "Contoso's $4 billion takeover of Fabrikam values it at $25 a share.\n"),
    ]);
    expect(story.parties.sort()).toEqual(["Contoso", "Fabrikam"]);
    expect(story.title).toMatch(/^(Contoso–Fabrikam|Fabrikam–Contoso) · \$4 billion takeover$/);
    expect(story.slug).toMatch(/^(contoso-fabrikam|fabrikam-contoso)$/);
    expect(story).toMatchObject({ first: "2025-05-01", latest: "2025-05-02", articleIds: ["a", "b", "c"] });
    expect(story.names).toContain("Northwind");
  });

  it("takes no acronym WordNet knows only as a common noun ('IPO') nor a plural opening a sentence for a party", () => {
    // A listing: the company and its IPO are named in every lead; only the company is a party.
    const story = describeStory([
      profile(
        "i1",
        "Shares of Corvane Robotics rose 19% after its IPO on Thursday.\nThe IPO raised $1.1 billion.\n",
      ),
      profile(
        "i2",
        "Corvane Robotics raised $1.1 billion in an IPO that priced above its range.\nBankers said the IPO was a test.\n",
      ),
      profile("i3", "The warehouse robot maker Corvane sold shares in its IPO, raising $1.1 billion.\n"),
    ]);
    expect(story.parties).toEqual(["Corvane"]);
  });

  it("suggests no adjective capitalised in passing ('to Neutral'), but one most articles name", () => {
    // A brokerage's rating words beside an acquisition; one party is named by an adjective ("Square").
    const story = describeStory([
      profile(
        "r1",
        "Contoso agreed to buy Fabrikam for $4 billion.\nAn analyst at Tailspin cut Fabrikam to Neutral.\nSquare, a rival, made a bid; Square lost.\n",
      ),
      profile(
        "r2",
        "Contoso's $4 billion takeover of Fabrikam beat a bid from Square.\nTailspin rates Fabrikam Neutral.\n",
      ),
      profile("r3", "Fabrikam rejected Square's earlier offer before agreeing to the Contoso deal.\n"),
    ]);
    expect(story.names).not.toContain("Neutral");
    expect(story.names).toContain("Tailspin");
    expect([...story.parties, ...story.names]).toContain("Square");
  });

  it("takes the deal's whole amount for its title over a per-share price more articles state", () => {
    const story = describeStory([
      profile(
        "p1",
        "Northwind agreed to buy Harbor Distillers for $4.2 billion.\nHarbor holders get $38 a share.\n",
      ),
      profile("p2", "Northwind will pay $38 per share for Harbor Distillers.\n"),
      profile("p3", "Harbor Distillers holders will receive $38 a share from Northwind.\n"),
    ]);
    expect(story.figure).toBe("$4.2 billion");
    // Where only a per-share price is stated, it is still the headline figure.
    expect(
      describeStory([profile("p4", "Northwind will pay $38 a share for Harbor Distillers.\n")]).figure,
    ).toBe("$38");
  });

  it("names a lone article's parties as one company each, the most often named first", () => {
    // "Harbor" and "HCS" both stand for Harbor Cloud Services: one party, not two.
    const cloud = describeStory([
      profile(
        "h",
        "Northwind signs a $12 billion deal with Harbor Cloud Services (HCS).\n" +
          "Northwind will rent HCS servers for seven years, and Northwind said Harbor was the only bidder.\n" +
          "Northwind plans to move every workload by 2027.\n",
      ),
    ]);
    expect(cloud.parties).toHaveLength(2);
    expect(cloud.parties[0]).toBe("Northwind");
    expect(["Harbor Cloud Services", "HCS", "Harbor"]).toContain(cloud.parties[1]);
    // Names that stand only at sentence starts count when written with an inner capital.
    const chips = describeStory([
      profile(
        "v",
        "VoltaCore and Dunravel will build 3 gigawatts of custom chips.\n" +
          "VoltaCore will design them while Dunravel supplies its Ethernet switches.\n" +
          "Dunravel shares rose 9% and Dunravel said production starts in 2026.\n",
      ),
    ]);
    expect(chips.parties).toEqual(["Dunravel", "VoltaCore"]);
  });

  it("takes no title-case headline phrase or possessive phrase for a party", () => {
    const parsed = parseArticle(
      '---\nid: t\ntitle: "Lumo’s $2 Billion Lifeline: The Kestrel Deal Exposes Its Weakness"\n---\n' +
        "Lumo agreed to buy Kestrel for $2 billion in cash.\nKestrel makes payment software, and Lumo's own products have lagged.\n",
      "t.md",
    );
    if (!parsed.ok) throw new Error(parsed.error);
    const story = describeStory([profileArticle(parsed.article)]);
    expect(story.parties.sort()).toEqual(["Kestrel", "Lumo"]);
  });

  it("titles a story without parties by its earliest headline", () => {
    const story = describeStory([
      profile("w", "Heavy rain is expected across the north.\nIt will be windy.\n"),
    ]);
    expect(story).toMatchObject({ parties: [], title: "Heavy rain is expected across the north." });
  });
});

describe("slugify", () => {
  it("keeps lower-case ASCII letters and digits joined by hyphens", () => {
    expect(slugify("Société Générale–AWS · $38 billion")).toBe("societe-generale-aws-38-billion");
  });
});
