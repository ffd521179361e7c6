import { describe, expect, it } from "vitest";
import { holdTogether, isSuperlative, uninformativeTerms } from "../../src/answer/uninformative-terms.js";
import { createPassageIndex } from "../../src/search/passage-index.js";
import { sharedWordNet } from "../../src/search/related-words.js";
import { termsOf } from "../../src/search/terms.js";

/** A corpus's document frequencies: the words of three deals' sentences, each used once. */
const corpus = new Set(
  termsOf(
    [
      "Harbor shareholders will receive $38 a share, a 27% premium to Friday's close.",
      "Quanta Robotics raised $300 million in a Series D round led by Pinecrest Capital.",
      "Voltline signed a 15-year contract to supply Aurora Cloud's data centers with 2 gigawatts of power.",
    ].join(" "),
  ),
);
const df = (t: string) => (corpus.has(t) ? 1 : 0);
const of = (q: string, related = new Map<string, string[]>()) =>
  uninformativeTerms(q, termsOf(q), related, df, sharedWordNet());

describe("uninformativeTerms", () => {
  it("counts an adjective or verb no article uses as no evidence", () => {
    expect([...of("what premium do Harbor's worried shareholders get?")]).toEqual(termsOf("worried"));
    expect([...of("who led Quanta's biggest round?")]).toEqual(termsOf("biggest"));
  });

  it("keeps a noun no article uses: it names what the articles may not cover", () => {
    expect(of("what fee do the underwriters get from Quanta?").size).toBe(0);
  });

  it("keeps a word WordNet does not know (a name, jargon) and one with a related word in the corpus", () => {
    expect(of("what greenshoe does Voltline get?").size).toBe(0);
    const related = new Map([[termsOf("worried")[0]!, termsOf("premium")]]);
    expect(of("what premium do worried shareholders get?", related).size).toBe(0);
  });

  it("counts a word WordNet also knows as a noun as no evidence where the question uses it otherwise", () => {
    // The particle makes a phrasal verb of it.
    expect([...of("when does Quanta's round kick off?")]).toEqual(termsOf("kick"));
    // Mostly used as a modifier (WordNet's sense-tagged counts), and modifying a noun after a determiner.
    expect([...of("what is the whole contract worth to Voltline?")]).toEqual(termsOf("whole"));
    expect([...of("which fund is behind Quanta's round?")]).toEqual(termsOf("behind"));
  });

  it("keeps a word a determiner makes a noun of, with no noun after it", () => {
    expect(of("who has the rest of Harbor?").has(termsOf("rest")[0]!)).toBe(false);
    expect(of("what is the whole of Harbor worth?").has(termsOf("whole")[0]!)).toBe(false);
  });

  it("counts a modifier the articles use only apart from the question's other words as no evidence", () => {
    // "premium" stands beside "harbor" and "share"; "real" only in a sentence of its own.
    const passages = [
      new Set(termsOf("Harbor shareholders will receive $38 a share, a 27% premium to Friday's close.")),
      new Set(termsOf("The real question is whether the board will back it.")),
      new Set(termsOf("Quanta's biggest plant makes 400 robots a month.")),
      new Set(termsOf("Analysts called the outlook modest.")),
    ];
    const together = (t: string, others: readonly string[]) =>
      passages.some((p) => p.has(t) && others.some((o) => p.has(o)));
    const has = new Set(passages.flatMap((p) => [...p]));
    const judged = (q: string) =>
      uninformativeTerms(q, termsOf(q), new Map(), (t) => (has.has(t) ? 1 : 0), sharedWordNet(), together);
    expect([...judged("how much of Harbor's price is real cash?")]).toEqual(termsOf("real"));
    // Beside a word of the question it is the articles' sense; a superlative picks what it modifies.
    expect(judged("what real question does the board face?").size).toBe(0);
    expect(judged("who are Harbor's biggest holders?").size).toBe(0);
    // "modest" ends like a superlative without being one: it colours the question like "real".
    expect([...judged("how much of Harbor's price is modest cash?")]).toEqual(termsOf("modest"));
  });

  it("tells a superlative from a word that only ends in -est", () => {
    const wn = sharedWordNet();
    for (const w of ["biggest", "latest", "happiest", "cheapest", "earliest"])
      expect(isSuperlative(w, wn)).toBe(true);
    for (const w of ["modest", "honest", "interest", "invest", "request", "forest", "west"])
      expect(isSuperlative(w, wn)).toBe(false);
  });

  it("leaves the words the articles use alone", () => {
    expect(of("what premium do Harbor shareholders receive?").size).toBe(0);
  });

  it("finds a modifier beside the question's words in any passage, not only its best-scoring ones", () => {
    // 150 short sentences use "real" on their own; the one that uses it beside "cash" is long, so it
    // scores lowest for "real" alone and would fall outside any top few.
    const texts = [
      ...Array.from({ length: 150 }, (_, i) => `The real question ${i} remains open.`),
      "Pellam Foods said the offer is mostly stock with some real cash, paid in two parts after the vote of holders next spring, subject to approval by the competition agency and the lenders.",
    ];
    const passages = texts.map((text, index) => ({
      id: `a:${index}`,
      articleId: "a",
      index,
      kind: "sentence" as const,
      text,
      paragraph: index,
    }));
    const index = createPassageIndex();
    index.add(passages);
    const terms = new Map(passages.map((p) => [p.id, new Set(termsOf(p.text))]));
    const together = holdTogether(index, (id) => terms.get(id));
    const [real] = termsOf("real");
    expect(index.search([real!], 120).some((h) => h.passageId === "a:150")).toBe(false);
    expect(together(real!, termsOf("cash"))).toBe(true);
    expect(together(real!, termsOf("dividend"))).toBe(false);
  });
});
