import { describe, expect, it } from "vitest";
import { articleFigures } from "../../src/answer/article-figures.js";
import { corroborate, sameFact, statedElsewhere } from "../../src/answer/corroborate.js";
import { article, ranker } from "./support.js";

const ids = (list: readonly { ip: { article: { meta: { id: string } } } }[]) =>
  list.map((c) => c.ip.article.meta.id);

describe("corroborate", () => {
  // The outlier comes first and says it with the question's own words; four sources say otherwise.
  const corpus = ranker([
    article("a", "The deal is worth $3.8 billion, the company said."),
    article("b", "The deal is valued at $38 billion."),
    article(
      "c",
      "Analysts put the deal's value at $38 billion.\nThe deal value is $38 billion, they repeat.",
    ),
    article("d", "People close to the deal value it at $38 billion."),
    article("e", "Chips dominate the agreement, whose value is $38 billion."),
  ]);

  it("chooses the value more sources state over a single source's", () => {
    const { analysis, good } = corpus.rank("how much is the deal worth?");
    const { chosen } = corroborate(good, analysis, 5);
    expect(chosen.values[0]?.text).toBe("$38 billion");
  });

  it("lists one supporting passage for each other source stating the same value", () => {
    const { analysis, good } = corpus.rank("how much is the deal worth?");
    const { chosen, supporting } = corroborate(good, analysis, 5);
    const all = [chosen, ...supporting];
    expect(new Set(ids(all))).toEqual(new Set(["b", "c", "d", "e"]));
    expect(ids(all)).toHaveLength(4);
    expect(supporting.every((c) => c.key === chosen.key)).toBe(true);
  });

  it("counts a less relevant passage from another source when it states the same value", () => {
    const weaker = ranker([
      article("f", "The AWS cloud deal with OpenAI is worth $38 billion."),
      article("g", "It is valued at $38 billion."),
      article("h", "It is valued at $50 billion."),
    ]);
    const { analysis, ranked, good } = weaker.rank("what is the AWS cloud deal with OpenAI worth?");
    const related = ranked.filter((c) => c.key && !good.includes(c));
    expect(ids(good)).toEqual(["f"]);
    expect(ids(related).sort()).toEqual(["g", "h"]);
    expect(ids(corroborate(good, analysis, 3).supporting)).toEqual([]);
    // Only the matching value agrees; h's $50 billion is neither support nor the answer.
    const { chosen, supporting } = corroborate(good, analysis, 3, related);
    expect(chosen.ip.article.meta.id).toBe("f");
    expect(ids(supporting)).toEqual(["g"]);
  });

  it("counts a vague amount as the same fact as an exact one inside it, not one outside", () => {
    // Microsoft's stake in OpenAI, 2023: reported as "tens of billions" and as $13 billion.
    const { analysis, ranked } = ranker([
      article("a", "Microsoft has invested tens of billions of dollars in OpenAI."),
      article("b", "Microsoft has invested $13 billion in OpenAI."),
      article("c", "Microsoft has invested $6 billion in OpenAI."),
    ]).rank("how much has Microsoft invested in OpenAI?");
    const of = (id: string) => ranked.find((c) => c.ip.article.meta.id === id)!;
    expect(of("a").values[0]?.text).toBe("tens of billions of dollars");
    expect(sameFact(of("a"), of("b"), analysis)).toBe(true);
    expect(sameFact(of("a"), of("c"), analysis)).toBe(false);
    expect(sameFact(of("b"), of("c"), analysis)).toBe(false);
  });

  it("matches list answers on any name they share", () => {
    const lists = ranker([
      article("x", "OpenAI signed agreements with Google Cloud and Oracle."),
      article("y", "OpenAI also signed agreements with Oracle."),
      article("z", "OpenAI signed agreements with CoreWeave as well."),
    ]);
    const { analysis, good } = lists.rank("who signed agreements with OpenAI?");
    const { chosen, supporting } = corroborate(good, analysis, 3);
    expect(ids(good)).toContain("z");
    // x and y share Oracle; z names another company.
    expect(ids([chosen, ...supporting]).sort()).toEqual(["x", "y"]);
  });

  it("treats untyped answers as the same fact when they share most words", () => {
    const prose = ranker([
      article("p", "The restructuring freed OpenAI from exclusive reliance on Microsoft cloud services."),
      article(
        "q",
        "After the restructuring, OpenAI no longer relies exclusively on Microsoft cloud services.",
      ),
      article("r", "The restructuring was announced on a busy news day with little fanfare."),
    ]);
    const { analysis, good } = prose.rank("what happened with the restructuring and Microsoft?");
    const p = good.find((c) => c.ip.article.meta.id === "p")!;
    const q = good.find((c) => c.ip.article.meta.id === "q")!;
    const r = prose
      .rank("what happened with the restructuring?")
      .good.find((c) => c.ip.article.meta.id === "r")!;
    expect(sameFact(p, q, analysis)).toBe(true);
    expect(sameFact(p, r, analysis)).toBe(false);
  });
});

describe("statedElsewhere", () => {
  // A chip supply deal: only one source's sentence holds the question's words; two others give the same
  // figure in their own words, one in another sentence.
  const corpus = ranker([
    article("k1", "Kestrel's chip supply deal with Nomura Labs is worth $6.5 billion."),
    article(
      "k2",
      "Kestrel will ship accelerators to Nomura Labs.\nNomura Labs will pay $6.5 billion over four years.",
    ),
    article("k3", "Kestrel shares rose 4% after it agreed to supply Nomura Labs for $6.5bn."),
    article("k4", "Kestrel said the supply deal with Nomura Labs starts next year."),
  ]);
  const byId = new Map(corpus.passages.map((ip) => [ip.passage.id, ip]));
  const figuresOf = (id: string) => articleFigures(corpus.passages.filter((ip) => ip.article.meta.id === id));

  it("finds each other source's passage stating the chosen figure, once per source", () => {
    const { analysis, good, ranked } = corpus.rank("how much is the Kestrel Nomura deal worth?");
    const { chosen, supporting } = corroborate(good, analysis, 4);
    const more = statedElsewhere(chosen, [chosen, ...supporting], ranked, figuresOf);
    const all = [chosen, ...supporting, ...more];
    expect(new Set(ids(all))).toEqual(new Set(["k1", "k2", "k3"]));
    expect(ids(all)).toHaveLength(3);
    expect(more.every((c) => c.key === chosen.key && byId.has(c.ip.passage.id))).toBe(true);
  });

  it("looks for figures only, never a name or a year", () => {
    const { ranked } = corpus.rank("who is Kestrel's partner?");
    const named = { ...ranked[0]!, key: "name:nomura labs" };
    expect(statedElsewhere(named, [named], ranked, figuresOf)).toEqual([]);
  });
});
