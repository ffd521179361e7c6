import { describe, expect, it } from "vitest";
import { indexArticle } from "../../src/answer/indexed-passage.js";
import { listSpeakers } from "../../src/answer/list-speakers.js";
import type { Article } from "../../src/types.js";
import { article } from "./support.js";

const passagesOf = (articles: readonly Article[]) => articles.flatMap((a) => indexArticle(a));
const speakers = (articles: readonly Article[]) =>
  listSpeakers(passagesOf(articles)).map((s) => [s.person, s.remark.text, s.articleIds.size]);

describe("listSpeakers", () => {
  it("reads the subject of the speech verb, past an appositive clause naming someone else", () => {
    // An IPO: the chief executive speaks; the co-founder is only in her clause.
    const ipo = article(
      "i1",
      "Chief executive Maria Lund, who rang the opening bell with co-founder Pavel Hron, said in an interview that the company would spend the money on new robots.",
    );
    expect(speakers([ipo])).toEqual([["Maria Lund", "the company would spend the money on new robots", 1]]);
  });

  it("reads a name after the verb and a surname alone once the story has named the person whole", () => {
    // A hostile bid and a chip contract, both quoting one person twice.
    const bid = article(
      "h1",
      "Talbot Group chief executive Owen Pryce defended the offer on Monday.\n“Our offer is full and fair and will not be raised,” said Owen Pryce.",
    );
    const again = article("h2", "“We will not chase this at any price,” Pryce said after the vote.");
    const result = speakers([bid, again]);
    expect(result).toHaveLength(1);
    expect(result[0]).toEqual(["Owen Pryce", expect.stringMatching(/full and fair|any price/), 2]);
  });

  it("orders speakers by how many articles quote them, and keeps the remark most of them carry", () => {
    // A funding round: the founder is quoted in three articles, once in other words; an analyst in one.
    const said = "“Compute is the easy part; talent is what we are buying,” said founder Amara Osei.";
    const a = article("f1", said);
    const b = article(
      "f2",
      `${said} Lead investor Tomas Berg said the round was oversubscribed by three times.`,
    );
    const c = article(
      "f3",
      "Founder Amara Osei said the company planned to double its staff in Lagos next year.",
    );
    const d = article(
      "f4",
      "“This is a full price for a company with no revenue,” said analyst Ruth Kagame.",
    );
    const result = speakers([a, b, c, d]);
    expect(result.map((s) => s[0])).toEqual(["Amara Osei", "Tomas Berg", "Ruth Kagame"]);
    expect(result[0]).toEqual(["Amara Osei", "Compute is the easy part; talent is what we are buying", 3]);
  });

  it("names nobody for a remark whose sentence names no person near it", () => {
    const unnamed = article(
      "u1",
      "“The numbers work,” he said, adding that Harbor Freightways would keep its name.",
    );
    expect(speakers([unnamed])).toEqual([]);
  });
});
